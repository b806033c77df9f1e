"""The fixed sections of a page type (an intervention's databank fields) in its text
(kennisbank/content/sections.py)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from kennisbank.content import sections, sources, vocabulary

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str | None:
    vocab = vocabulary.load(sources.repository_root(config.config_file_path))
    type_name = page.meta.get("type")
    page_type = vocab.types.get(type_name) if isinstance(type_name, str) else None
    if page_type is None or not page_type.sections:
        return None
    return sections.insert(markdown, sections.markdown(page.meta, page_type, vocab))
