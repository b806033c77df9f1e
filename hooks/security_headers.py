"""The Content-Security-Policy: as a <meta> in every page, and with the other security headers as files for the host.

Only our own script files and the reviewed inline scripts of the theme may run (kennisbank/security_headers.py).
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from kennisbank import security_headers
from kennisbank.session import SESSION

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

log = logging.getLogger("mkdocs.plugins.kennisbank.security_headers")

_serving = False


def on_startup(command: str, dirty: bool) -> None:
    global _serving
    _serving = command == "serve"


def on_config(config: MkDocsConfig) -> None:
    # Material's first inline script names the page's depth ("../..") unless a scope is set; with one scope for
    # the whole site it is the same script on every page, so one reviewed hash covers it.
    config.extra.setdefault("scope", urlsplit(config.site_url or "/").path or "/")
    # `make serve` adds its own inline script for live reloading: the preview goes without the policy.
    config.extra["kb_csp"] = None if _serving else security_headers.content_security_policy(
        security_headers.reviewed_script_hashes(), for_meta=True)


@event_priority(-100)  # last: every step that writes into the pages has run
def on_post_build(config: MkDocsConfig) -> None:
    if SESSION.incremental:  # `make serve` sends no such headers; the files are for the host of the real site
        return
    reviewed = security_headers.reviewed_script_hashes()
    unreviewed = security_headers.unreviewed_scripts(Path(config.site_dir), reviewed)
    if unreviewed:
        for digest, page in unreviewed.items():
            log.error("%s: een inline script met hash %s staat niet in %s. De browser voert het niet uit. Komt het "
                      "uit een nieuwe versie van het thema? Lees het na en zet de hash dan in die lijst.",
                      page, digest, security_headers.REVIEWED_SCRIPTS_FILE.name)
        raise PluginError("De site is niet gebouwd: er staan scripts in de pagina's die niet zijn nagekeken.")
    for path in security_headers.write_host_files(Path(config.site_dir), reviewed):
        log.debug("headers voor de host geschreven: %s", path)
