"""Put the contacts from data/contacten.yml where a page has the marker <!-- contactpersonen -->."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError

from kennisbank import contacts, content
from kennisbank.problems import summary

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.plugins.kennisbank.contacts")


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str | None:
    if contacts.MARKER not in markdown:
        return None
    found, problems = contacts.load(content.repository_root(config.config_file_path))
    if problems:
        for problem in problems:
            log.error(str(problem))
        raise PluginError(summary(problems))
    return markdown.replace(contacts.MARKER, contacts.render(found))
