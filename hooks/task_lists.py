"""Give the checkboxes of checklists ("- [ ] ...") the item's text as their name, for screen readers."""
from __future__ import annotations

from typing import TYPE_CHECKING

from kennisbank.html.task_lists import label_checkboxes

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str | None:
    if 'class="task-list-control"' not in html:
        return None
    return label_checkboxes(html)
