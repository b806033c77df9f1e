"""Where each link in a page goes, as a full web address that print CSS can put after the link text."""
from __future__ import annotations

import html
import re
from urllib.parse import urljoin, urlsplit

ATTRIBUTE = "data-print-url"
_LINK = re.compile(r"<a\b(?P<attributes>[^>]*)>", re.IGNORECASE)
_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
# On paper these say nothing: a jump within the page, an e-mail address or phone number (the link text shows it).
_NOT_PRINTED = ("#", "mailto:", "tel:", "javascript:")


def add_print_urls(page_html: str, page_address: str) -> str:
    """Give every link that leads to another page a data-print-url with its full address.

    page_address is the full address of the page itself (site_url plus the page's path), so that
    relative links such as "../abcd/" become "https://kennisbank.example.nl/interventies/abcd/".
    """
    def with_print_url(match: re.Match) -> str:
        attributes = match["attributes"]
        href = _HREF.search(attributes)
        if href is None or ATTRIBUTE in attributes:
            return match[0]
        target = html.unescape(href[1] if href[1] is not None else href[2]).strip()
        if not target or target.lower().startswith(_NOT_PRINTED):
            return match[0]
        address = urljoin(page_address, target)
        if urlsplit(address).scheme not in ("http", "https"):
            return match[0]
        # Last, so that the tag's own attributes stay as they were, href first.
        return f'<a{attributes.rstrip()} {ATTRIBUTE}="{html.escape(address)}">'


    return _LINK.sub(with_print_url, page_html)


def add_print_urls_to_article(page_html: str, page_address: str) -> str:
    """The same, for the links in the page's <article> only (the content, and what the theme adds to it);
    the navigation is not printed."""
    start = page_html.find('<article class="md-content__inner')
    end = page_html.rfind("</article>")
    if start < 0 or end < start:
        return page_html
    return page_html[:start] + add_print_urls(page_html[start:end], page_address) + page_html[end:]
