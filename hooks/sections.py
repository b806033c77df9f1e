"""The fixed sections of a page type (an intervention's databank fields) in its text
(kennisbank/content/sections.py)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from kennisbank.content import sections, sources
from kennisbank.session import SESSION

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str | None:
    site = SESSION.site(sources.repository_root(config.config_file_path))
    entry = site.by_uri.get(page.file.src_uri)  # None for a generated page
    page_type = site.vocabulary.types.get(entry.type) if entry else None
    if entry is None or page_type is None or not page_type.sections:
        return None
    return sections.insert(markdown, sections.markdown(entry.front_matter, page_type, site.vocabulary))
