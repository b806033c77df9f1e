"""After the build: write the security headers (CSP with hashes of the theme's inline scripts) for the host."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.plugins import event_priority

from kennisbank import security_headers
from kennisbank.preview import SESSION

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

log = logging.getLogger("mkdocs.plugins.kennisbank.security_headers")


@event_priority(-100)  # last: the hashes must cover every script that other steps write into the pages
def on_post_build(config: MkDocsConfig) -> None:
    if SESSION.incremental:  # `make serve` sends no such headers; the files are for the host of the real site
        return
    for path in security_headers.write_host_files(Path(config.site_dir)):
        log.debug("headers voor de host geschreven: %s", path)
