"""A fast and correct preview for `make serve` (mkdocs serve --dirty): after a save, only the changed pages
are rendered again, unless the change reaches other pages (kennisbank/preview.py decides); then the whole
site is built. Other hooks read kennisbank.session.SESSION to keep what a rebuild does not redo.
"""
from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

import jinja2
from mkdocs.commands import build as engine_build
from mkdocs.plugins import event_priority
from watchdog import events
from watchdog.observers import Observer
from watchdog.observers.polling import PollingObserver

from kennisbank.content import sources
from kennisbank.preview import SHARED_INPUTS
from kennisbank.session import SESSION

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.livereload import LiveReloadServer
    from mkdocs.structure.files import Files

log = logging.getLogger("mkdocs.plugins.kennisbank.preview")

# The preview hears of a save from the system (inotify on Linux) the moment it happens. MkDocs looks for
# changed files every 0.5 s instead (on average a quarter of a second before a rebuild starts, and a snapshot of
# every file each time: some 20 ms at 3,000 pages, taken from the rebuild it delays). Where the system cannot
# tell (some network or container folders), the preview looks this often.
POLL_SECONDS = 0.2
# After the first change of a save, how long MkDocs waits for more (an editor may write a file in steps).
# MkDocs waits 0.1 s; the system's events of one save arrive within a few milliseconds of each other.
SETTLE_SECONDS = 0.03

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
    """Hear of saved files at once: what MkDocs watches so far moves to the system's own observer (the rest is
    watched after this event). MkDocs 1.6 gets no more releases; _watched_paths and build_delay stay as they are.
    Every shared input is watched too (data/, grenzen.yml, ...): mkdocs.yml's `watch:` can only name folders
    that every site has."""
    if not SESSION.incremental:
        return server
    watched = list(server._watched_paths)
    for path in watched:
        while path in server._watched_paths:
            server.unwatch(path)
    root = sources.repository_root(config.config_file_path)
    paths = [*watched, *(str(root / name) for name in SHARED_INPUTS if (root / name).exists())]
    server.build_delay = SETTLE_SECONDS
    if _system_tells(paths):
        server.observer = _SavesObserver()
        # A file is watched through its folder: an editor that saves by writing a new file under the old name
        # would leave a watch on the file itself looking at the old one.
        paths = list(dict.fromkeys(path if os.path.isdir(path) else os.path.dirname(path) for path in paths))
    else:
        server.observer = PollingObserver(timeout=POLL_SECONDS)
    for path in paths:
        server.watch(path, recursive=path != str(root))
    return server


class _SavesObserver(Observer):  # type: ignore[misc,valid-type]  # Observer is the system's class, chosen at import
    """The system's observer, told to pass on writes only. It also reports files being opened and read, and the
    build reads every page: each build would start the next."""

    WRITES: ClassVar[list[type[events.FileSystemEvent]]] = [
        events.FileCreatedEvent, events.FileModifiedEvent, events.FileMovedEvent, events.FileDeletedEvent,
        events.FileClosedEvent]

    def schedule(self, event_handler, path, *, recursive=False, event_filter=None, follow_symlink=False):
        return super().schedule(event_handler, path, recursive=recursive, event_filter=event_filter or self.WRITES,
                                follow_symlink=follow_symlink)


def _system_tells(paths: list[str]) -> bool:
    """Whether the system can report changes in these paths (inotify, within its limit of watched folders)."""
    probe = Observer()
    try:
        for path in paths:
            probe.schedule(events.FileSystemEventHandler(), path, recursive=True)
        probe.start()
    except OSError as error:
        log.info("Het systeem meldt opgeslagen bestanden niet (%s); de preview kijkt elke %.1f s.", error,
                 POLL_SECONDS)
        return False
    finally:
        if probe.is_alive():
            probe.stop()
            probe.join()
    return True


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
