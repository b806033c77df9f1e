"""What the tests of the ways in (overviews, catalogue, article facts, feed) read from sources and built pages."""
from __future__ import annotations

import html
import json
import re
from urllib.parse import urljoin, urlsplit

from conftest import ROOT
from kennisbank.content import sources, vocabulary

PAGES, _ = sources.load(ROOT)
VOCABULARY = vocabulary.load(ROOT)
SOURCES = {page.file.site_uri: page.source for page in PAGES}


def url_of(site_uri: str) -> str:
    """The address of a page on the site, as MkDocs makes it with use_directory_urls."""
    stem = site_uri.removesuffix(".md")
    stem = "" if stem == "index" else stem.removesuffix("/index")
    return f"/{stem}/" if stem else "/"


def links(page_html: str, page_url: str, css_class: str) -> list[str]:
    """The addresses of the links inside the elements with the given class, resolved from the page's address."""
    found = re.findall(rf'class="{css_class}"[^>]*>\s*<a\b[^>]*?\shref="([^"]+)"', page_html)
    return [urlsplit(urljoin("http://site" + page_url, html.unescape(href))).path for href in found]


def listed(build, url: str) -> list[str]:
    """The pages an overview lists, on its own page and the pages after it (a long overview has pages of 50)."""
    found = []
    while url:
        page_html = build.html(url)
        found += links(page_html, url, "kb-lijst__titel")
        following = re.findall(r'<a href="([^"]+)" rel="next"', page_html)
        url = urlsplit(urljoin("http://site" + url, html.unescape(following[0]))).path if following else None
    return found


def json_ld(page_html: str) -> dict:
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page_html, re.S).group(1))


def meta_property(page_html: str, name: str) -> list[str]:
    return [html.unescape(v) for v in re.findall(rf'<meta property="{re.escape(name)}" content="([^"]*)"', page_html)]
