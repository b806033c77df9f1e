"""Stop the build, in Dutch, when a page's front matter or raw HTML is wrong."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from kennisbank import content
from kennisbank.problems import summary

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

log = logging.getLogger("mkdocs.plugins.kennisbank.validation")


@event_priority(-50)  # after hooks/collections.py has added every collection
def on_files(files: Files, config: MkDocsConfig) -> None:
    _, problems = content.load(Path(config.config_file_path).parent)
    if problems:
        for problem in sorted(problems):
            log.error(str(problem))
        raise PluginError(summary(problems))
