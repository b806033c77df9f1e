"""Stop the build before anything is rendered, in Dutch, when the content has errors (the same as `make check`)."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from kennisbank.check import data_file_errors, find_errors, sanitiser_errors
from kennisbank.content import sources
from kennisbank.problems import stop_on
from kennisbank.session import SESSION

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

log = logging.getLogger("mkdocs.plugins.kennisbank.validation")


@event_priority(100)  # first: every other hook reads these files
def on_config(config: MkDocsConfig) -> None:
    stop_on(data_file_errors(sources.repository_root(config.config_file_path)), log, PluginError)


@event_priority(-50)  # after the other hooks have added the collections and generated pages
def on_files(files: Files, config: MkDocsConfig) -> None:
    root = sources.repository_root(config.config_file_path)
    pages, problems = find_errors(root, set(files.src_uris), SESSION.pages(root))
    # Then no page is rendered: what the sanitiser would say comes along now, so authors see it all at once.
    if problems:
        problems = sorted(set(problems + sanitiser_errors(root, pages)))
    stop_on(problems, log, PluginError)
