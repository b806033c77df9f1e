"""The interventions catalogue (kennisbank/catalogue.py) on the interventions page, where <!-- catalogus --> stands."""
from __future__ import annotations

from typing import TYPE_CHECKING

from mkdocs.utils import get_relative_url

from kennisbank import catalogue, content, entries

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str | None:
    if page.file.src_uri != catalogue.PAGE:
        return None
    site = entries.load(content.repository_root(config.config_file_path))
    listing = catalogue.html(site, lambda site_uri: get_relative_url(files.get_file_from_path(site_uri).url, page.url))
    if catalogue.MARKER in html:
        return html.replace(catalogue.MARKER, listing, 1)
    return f"{html}\n{listing}"
