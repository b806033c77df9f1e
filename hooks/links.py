"""Stop the build, in Dutch, when a link, anchor or image leads nowhere."""
from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError

from kennisbank.content import sources
from kennisbank.content.links import LinkChecker
from kennisbank.problems import stop_on
from kennisbank.session import SESSION

if TYPE_CHECKING:
    from jinja2 import Environment
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.plugins.kennisbank.links")
_ID = re.compile(r"""\sid=["']([^"']+)["']""")

# Anchors of each rendered page, by site path; a preview rebuild renders only the changed pages and keeps
# the anchors of the others.
anchors: dict[str, set[str]] = {}


def on_pre_build(config: MkDocsConfig) -> None:
    if SESSION.whole:
        anchors.clear()


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> None:
    anchors[page.file.src_uri] = set(_ID.findall(html))


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> None:
    pages, _ = SESSION.pages(sources.repository_root(config.config_file_path))  # hooks/validation.py reported those
    checker = LinkChecker(set(files.src_uris), anchors)
    problems = []
    # Only author pages: a generated page's links (hooks/overviews.py) come from existing files.
    for page in pages:
        problems += checker.check(page.file.site_uri, page.source, page.source.meta.get("gerelateerd", []))
    stop_on(sorted(problems), log, PluginError)
