"""Contact addresses on pages (kennisbank/content/contacts.py): the general one at <!-- contact -->, the contacts
per topic at <!-- contactpersonen -->. While the general address is still an example, `make site` says so, without
stopping."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError

from kennisbank.content import contacts, sources
from kennisbank.problems import stop_on

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.plugins.kennisbank.contacts")
# A notice between INFO and WARNING: shown as "LET OP", and not a warning, which `strict: true` would turn into a
# failed build. An example address must not stop the site; it must not go unnoticed either.
NOTICE = 25
logging.addLevelName(NOTICE, "LET OP")


def on_config(config: MkDocsConfig) -> None:
    general, problem = contacts.general(config.extra)
    if general is None:
        raise PluginError(str(problem))
    if general.placeholder:
        log.log(NOTICE, contacts.placeholder_notice(general))


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str | None:
    if contacts.MARKER not in markdown and contacts.GENERAL_MARKER not in markdown:
        return None
    general, message = contacts.general(config.extra)
    if general is None:  # on_config stopped the build already
        raise PluginError(str(message))
    if contacts.MARKER in markdown:
        found, problems = contacts.load(sources.repository_root(config.config_file_path))
        stop_on(problems, log, PluginError)
        markdown = markdown.replace(contacts.MARKER, contacts.render(found, general))
    return markdown.replace(contacts.GENERAL_MARKER, contacts.general_html(general))
