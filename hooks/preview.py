"""A fast and correct preview for `make serve` (mkdocs serve --dirty): after a save, only the changed pages
are rendered again, unless the change reaches other pages (kennisbank/preview.py decides); then the whole
site is built. Other hooks read kennisbank.session.SESSION to keep what a rebuild does not redo.
"""
from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import jinja2
from mkdocs.commands import build as engine_build
from mkdocs.plugins import event_priority
from watchdog.observers.polling import PollingObserver

from kennisbank.content import sources
from kennisbank.preview import SHARED_INPUTS
from kennisbank.session import SESSION

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.livereload import LiveReloadServer
    from mkdocs.structure.files import Files

log = logging.getLogger("mkdocs.plugins.kennisbank.preview")

# How often the preview looks for saved files. MkDocs looks every 0.5 s: on average a quarter of a second
# before a rebuild starts. Looking costs about 6 ms at 1,000 pages (a snapshot of the folders' files).
POLL_SECONDS = 0.2

# MkDocs warns before every dirty build that navigation may be wrong; this hook makes it right, and under
# `strict: true` that warning would stop the preview.
_DIRTY_WARNING = "A 'dirty' build is being performed"


class _CompiledTemplates(jinja2.BytecodeCache):
    """Material's templates compiled once per `make serve`, not in every rebuild (half a second each time).
    Jinja checks each template's source against the checksum stored with its code, so an edited
    template in overrides/ is compiled again."""

    def __init__(self):
        self.code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self.code:
            bucket.bytecode_from_string(self.code[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.code[bucket.key] = bucket.bytecode_to_string()


_compiled_templates = _CompiledTemplates()


def on_startup(command: str, dirty: bool) -> None:
    SESSION.incremental = command == "serve" and dirty
    if SESSION.incremental:
        # The build module's logger by its real name: "properdocs.commands.build" when ProperDocs builds.
        logging.getLogger(engine_build.__name__).addFilter(
            lambda record: not record.getMessage().startswith(_DIRTY_WARNING))


@event_priority(100)  # first: the other hooks' on_pre_build read SESSION.whole
def on_pre_build(config: MkDocsConfig) -> None:
    if not SESSION.incremental:
        return
    root = sources.repository_root(config.config_file_path)
    glossary = config.mdx_configs.get("kennisbank.html.glossary_extension", {}).get("bestand")
    glossary_files = (Path(glossary).resolve().relative_to(root).as_posix(),) if glossary else ()
    reason = SESSION.start_preview_build(root, glossary_files)
    if reason is None:
        log.info("Alleen de gewijzigde pagina's opnieuw.")
        return
    log.info("De hele site opnieuw: %s.", reason)
    SESSION.wait_for_background()  # the search index of the previous build writes into the folder
    site_dir = Path(config.site_dir)  # serve's own temporary folder: emptied, so every page is rendered
    for path in site_dir.iterdir() if site_dir.exists() else ():
        shutil.rmtree(path) if path.is_dir() else path.unlink()


def on_serve(server: LiveReloadServer, config: MkDocsConfig, builder) -> LiveReloadServer:
    """Look for saved files every POLL_SECONDS: what MkDocs watches so far moves to a faster observer (the
    rest is watched after this event). MkDocs 1.6 gets no more releases; _watched_paths stays as it is.
    Every shared input is watched too (data/, grenzen.yml, ...): mkdocs.yml's `watch:` can only name folders
    that every site has."""
    if not SESSION.incremental:
        return server
    watched = list(server._watched_paths)
    for path in watched:
        while path in server._watched_paths:
            server.unwatch(path)
    server.observer = PollingObserver(timeout=POLL_SECONDS)
    root = sources.repository_root(config.config_file_path)
    for path in [*watched, *(str(root / name) for name in SHARED_INPUTS if (root / name).exists())]:
        server.watch(path)
    return server


def on_env(env: jinja2.Environment, config: MkDocsConfig, files: Files) -> None:
    if SESSION.incremental:
        env.bytecode_cache = _compiled_templates


@event_priority(-100)  # last: after every hook has added its generated pages
def on_files(files: Files, config: MkDocsConfig) -> Files:
    """MkDocs renders generated pages (overviews, the search page) in every dirty build; skip those whose
    text is the same as in the previous build."""
    if not SESSION.incremental:
        return files
    for file in files.documentation_pages():
        if file.generated_by is None or file.abs_src_path is not None:
            continue
        text = file.content_string
        if SESSION.generated.get(file.src_uri) == text:
            # This instance only: MkDocs asks it whether to render the page.
            file.is_modified = lambda: False  # type: ignore[method-assign]
        SESSION.generated[file.src_uri] = text
    return files


@event_priority(-100)  # last: after hooks/search.py has put the search index in the background
def on_post_build(config: MkDocsConfig) -> None:
    if SESSION.incremental:
        SESSION.in_background(SESSION.collect_garbage)


def on_build_error(error: Exception) -> None:
    SESSION.preview_build_failed()
