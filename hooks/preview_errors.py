"""`make serve`: when a save breaks the build, every page the author opens or has open shows the Dutch messages
(kennisbank/preview_errors.py), and comes back by itself once the file is fixed.

MkDocs itself logs the error and leaves the browser waiting for a build that never comes. Here a failed rebuild
counts as a finished one: the live reload reloads the open pages, and they get the messages until a build
succeeds; then the live reload brings them back. MkDocs 1.6 gets no more releases: the live reload server's
epoch attributes stay as they are.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from mkdocs.exceptions import Abort

from kennisbank import preview_errors

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.livereload import LiveReloadServer

log = logging.getLogger("mkdocs.plugins.kennisbank.preview_errors")

# The messages of the failed build that the browser shows; None while the last build succeeded.
_messages: list[str] | None = None


def on_serve(server: LiveReloadServer, config: MkDocsConfig, builder: Callable) -> LiveReloadServer:
    server.builder = _showing_errors(server.builder)
    app = server.get_app()
    if app is not None:
        server.set_app(_error_page_while_failing(server, app))
    return server


def _showing_errors(build: Callable[[], None]) -> Callable[[], None]:
    def build_or_show_errors() -> None:
        global _messages
        messages = preview_errors.BuildMessages()
        logging.getLogger("mkdocs").addHandler(messages)
        try:
            build()
        except (Exception, SystemExit) as error:  # MkDocs stops a build with Abort, a SystemExit
            if not isinstance(error, Abort):
                log.exception("De build stopte door een fout in de code:")
            _messages = messages.messages or [str(error)]
            log.error("De site is niet gebouwd; de browser toont de meldingen. Los de fout op en sla het bestand "
                      "op: de pagina komt dan vanzelf terug.")
        else:
            _messages = None
        finally:
            logging.getLogger("mkdocs").removeHandler(messages)
    return build_or_show_errors


def _failed_messages() -> list[str] | None:
    return _messages


def _error_page_while_failing(server: LiveReloadServer, serve_file: Callable) -> Callable:
    def serve(environ: dict, start_response: Callable) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        if _messages is None or path.startswith("/livereload/") or not path.endswith(("/", ".html")):
            return serve_file(environ, start_response)
        with server._epoch_cond:  # as MkDocs does: wait for a rebuild under way, it may be the fix
            server._epoch_cond.wait_for(lambda: server._visible_epoch == server._wanted_epoch)
            epoch, shown = server._visible_epoch, _failed_messages()  # the rebuild may have been the fix
        if shown is None:
            return serve_file(environ, start_response)
        body = server._inject_js_into_html(preview_errors.page(shown), epoch)
        start_response("500 Internal Server Error",
                       [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))])
        return [body]
    return serve
