"""One run of the site generator, shared by every hook: the content of the build under way, and what a preview
(`make serve`) keeps between its builds.

The content is read once per build: the hooks ask the session for the pages, entries and e-book data instead of
each walking the folders and asking Git (seven times per build before). A new build, also a preview's rebuild after
a save, starts with `start_build`, which forgets the content of the previous one; per_file.py keeps the work per
file.
"""
from __future__ import annotations

import gc
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from kennisbank.content import entries, sources
from kennisbank.downloads.bookinfo import BookInfo
from kennisbank.finding import structured_data
from kennisbank.preview import Snapshot, reason_for_full_build, take_snapshot
from kennisbank.problems import Problem


@dataclass
class Session:
    incremental: bool = False  # a preview with dirty builds (`make serve`); False in `make site`
    whole: bool = True  # this build renders every page
    snapshot: Snapshot | None = None  # the preview's previous build
    last_built: Snapshot | None = None  # the snapshot of the preview's last build that succeeded
    generated: dict[str, str] = field(default_factory=dict)  # text of each generated page, by site path
    # Work that the preview need not wait for (the search index), one job at a time, in order.
    background: ThreadPoolExecutor = field(default_factory=lambda: ThreadPoolExecutor(max_workers=1))
    pending: list[Future] = field(default_factory=list)
    _pages: tuple[list[sources.Page], list[Problem]] | None = None
    _site: entries.SiteContent | None = None
    _book: tuple[BookInfo | None] | None = None  # in a tuple: None is a book read (there is none), not unread

    def start_build(self) -> None:
        """A build begins: its content is read anew (once), when a hook first asks for it."""
        self._pages = self._site = self._book = None

    def pages(self, root: Path) -> tuple[list[sources.Page], list[Problem]]:
        """Every page of this build, checked, with the problems an author must fix (sources.load)."""
        if self._pages is None:
            self._pages = sources.load(root)
        return self._pages

    def site(self, root: Path) -> entries.SiteContent:
        """Every page's entry in this build (entries.SiteContent)."""
        if self._site is None:
            self._site = entries.of_pages(root, self.pages(root)[0])
        return self._site

    def book(self, root: Path) -> BookInfo | None:
        """The e-book's data in this build, or None (structured_data.load_book)."""
        if self._book is None:
            self._book = (structured_data.load_book(root),)
        return self._book[0]

    def start_preview_build(self, root: Path, whole_pages: tuple[str, ...]) -> str | None:
        """Take this preview build's snapshot; why it must render every page, or None."""
        snapshot = take_snapshot(root, whole_pages)
        reason = reason_for_full_build(self.snapshot, snapshot)
        self.last_built, self.snapshot, self.whole = self.snapshot, snapshot, reason is not None
        if self.whole:
            self.generated.clear()
        return reason

    def preview_build_failed(self) -> None:
        """A whole build that stopped halfway left pages unwritten: the next build renders them all. A rebuild of
        changed pages that stopped left the others as they were: the next is compared with the last build that
        succeeded, and renders what changed since (the fix, and what the failed build did not write)."""
        self.snapshot = None if self.whole else self.last_built

    def collect_garbage(self) -> None:
        """Python's full garbage collection walks every object the preview keeps: at 3,000 pages it took 0.35 to
        0.65 s of every other rebuild. So it runs here, between builds, in the background; what remains is then
        left out of the collections during the next build (gc.freeze), until this runs again after it."""
        gc.unfreeze()
        gc.collect()
        gc.freeze()

    def in_background(self, job: Callable[[], None]) -> None:
        self.pending = [future for future in self.pending if not future.done()] + [self.background.submit(job)]

    def wait_for_background(self) -> None:
        for future in self.pending:
            future.result()
        self.pending.clear()


# The hooks of one process share it; `mkdocs serve` keeps the process between rebuilds.
SESSION = Session()
