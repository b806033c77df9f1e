"""Lists the site makes from the front matter, on the page and at the marker that asks for them: the interventions
catalogue (kennisbank/finding/catalogue.py) and the news overview (kennisbank/finding/news.py)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from mkdocs.utils import get_relative_url

from kennisbank.content import addresses, sources
from kennisbank.finding import catalogue, news
from kennisbank.session import SESSION

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

# The page -> (its marker, what makes the list); without the marker the list goes at the end of the page.
LISTS = {addresses.CATALOGUE: (catalogue.MARKER, catalogue.html), addresses.NEWS: (news.MARKER, news.html)}


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str | None:
    if page.file.src_uri not in LISTS:
        return None
    marker, make = LISTS[page.file.src_uri]
    site = SESSION.site(sources.repository_root(config.config_file_path))
    listing = make(site, lambda site_uri: get_relative_url(files.src_uris[site_uri].url, page.url))
    if marker in html:
        return html.replace(marker, listing, 1)
    return f"{html}\n{listing}"
