"""Typst documents to tagged PDFs (PDF/UA-1), offline, with a cache so an unchanged document is not rendered again.

Typst (in worker processes, typst_worker.py) reads only what it is given: the document's source, a fresh folder
with a copy of the layout (print.typ) and copies of the document's own images (its root: a path in the source
cannot reach anything else), and the folder of prepared fonts. No system fonts, no packages (the sources never
import one; authors' text is escaped, see typst_markup.py).
"""
from __future__ import annotations

import hashlib
import multiprocessing
import os
import shutil
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

from kennisbank.downloads import documents, typst_fonts, typst_worker
from kennisbank.downloads.documents import Document
from kennisbank.problems import ContentError, Problem

HERE = Path(__file__).parent


@dataclass(frozen=True)
class Job:
    """One document to write: its source and images, where the PDF goes, and the file to name when it fails."""
    document: Document
    target: Path
    origin: str  # "dossiers/buurtkracht/abcd.md"


class PdfWriter:
    """Renders documents in worker processes (typst_worker.py), a process per core, each with its own compiler and
    the fonts loaded once, reused until close(); the fonts are prepared and the processes started only when a
    document is not in the cache (a rebuild with nothing changed starts no process). Use it in a `with` block.

    fonts: the site's font folder; cache_dir: where PDFs (and the prepared fonts) are kept between builds;
    readable: the folders whose images a document may show (the content folders); workers: how many processes
    at most (the cores this process may use).
    """

    def __init__(self, fonts: Path, cache_dir: Path, readable: list[Path], workers: int | None = None):
        self.fonts = fonts
        self.readable = [folder.resolve() for folder in readable]
        self.cache_dir = cache_dir
        self.workers = workers or len(os.sched_getaffinity(0))
        digest = hashlib.sha256(version("typst").encode())
        # This package's code and layout make the PDF as much as the content does: a PDF cached by older code
        # is not used.
        for code in sorted([*HERE.glob("*.py"), *HERE.glob("*.typ")]):
            digest.update(code.read_bytes())
        for path in typst_fonts.font_files(fonts):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
        # The PDF's date is in it too: a PDF cached at another commit carries that commit's date.
        digest.update(str(_timestamp()).encode())
        self.fingerprint = digest.digest()
        self.used: set[Path] = set()  # cache entries of this build; the rest can go
        self.rendered = 0  # documents of this build that were not in the cache
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> PdfWriter:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        """End the worker processes: the memory of a big document (the cards) goes back to the system."""
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)  # after an error, the documents not started are not made
            self._pool = None

    def write(self, job: Job, check: Callable[[bytes], None] | None = None) -> None:
        """Write the PDF of the job; check may look at the PDF before it is kept and raise ContentError."""
        self.write_all([job], check)

    def write_all(self, jobs: list[Job], check: Callable[[bytes], None] | None = None) -> None:
        """Write many documents side by side; a document that cannot be made is reported, the others are still
        written."""
        problems: list[Problem] = []
        entries: list[tuple[Job, Path]] = []
        for job in jobs:
            outside = [path.name for path in job.document.images
                       if not any(path.resolve().is_relative_to(folder) for folder in self.readable)]
            if outside:
                problems.append(Problem(job.origin, None, (
                    f"de afbeelding '{outside[0]}' ligt buiten de mappen van de site (een snelkoppeling naar een "
                    "ander bestand?). Zet het bestand zelf in de map van de pagina.")))
                continue
            entries.append((job, self._cache_entry(job)))
        missing = [(job, cached) for job, cached in entries if not cached.exists()]
        if missing:
            problems += self._render_into_cache(missing, check)
        for job, cached in entries:
            if cached.exists():  # not when it failed
                job.target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(cached, job.target)
        if problems:
            raise ContentError(problems)

    def _cache_entry(self, job: Job) -> Path:
        digest = hashlib.sha256(self.fingerprint + job.document.source.encode())
        for path, name in sorted(job.document.images.items()):
            digest.update(name.encode() + b"\0" + path.read_bytes())
        cached = self.cache_dir / f"{digest.hexdigest()}.pdf"
        self.used.add(cached)
        return cached

    def _render_into_cache(self, missing: list[tuple[Job, Path]],
                           check: Callable[[bytes], None] | None) -> list[Problem]:
        if self._pool is None:
            # Processes started with spawn, not fork: a fork would share the build's memory and threads.
            self._pool = ProcessPoolExecutor(
                self.workers, mp_context=multiprocessing.get_context("spawn"), initializer=typst_worker.start,
                initargs=(str(typst_fonts.prepared(self.fonts, self.cache_dir / "fonts")), str(documents.LAYOUT)))
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        problems: list[Problem] = []
        futures = [self._pool.submit(typst_worker.render, job.document.source, job.document.images, _timestamp())
                   for job, _ in missing]
        for (job, cached), future in zip(missing, futures, strict=True):
            try:
                pdf, messages = future.result()
            except BrokenProcessPool:
                problems.append(_stopped(job, sum(1 for other in futures if other.exception() is not None)))
                self.close()  # a next call starts new processes
                break
            if pdf is None:
                problems += [Problem(job.origin, None, (
                    f"de pdf {job.target.name} kan niet goed worden gemaakt: {message}. Dit is een fout in de "
                    "kennisbank zelf, niet in uw tekst: meld het aan de beheerders van de site."))
                    for message in messages]
                continue
            try:
                if check:
                    check(pdf)
            except ContentError as error:
                problems += error.problems
                continue
            partial = cached.with_suffix(f".{os.getpid()}.tmp")
            partial.write_bytes(pdf)
            partial.replace(cached)  # a build that stops halfway leaves no broken entry behind
            self.rendered += 1
        return problems

    def forget_unused(self) -> None:
        """Remove cache entries this build did not use (old versions of changed documents)."""
        if not self.cache_dir.is_dir():
            return
        for entry in self.cache_dir.glob("*.pdf"):
            if entry not in self.used:
                entry.unlink()


def _timestamp() -> int | None:
    """The PDF's date: the last commit's (SOURCE_DATE_EPOCH, set by `make site`), so one commit gives one file."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    return int(epoch) if epoch.isdigit() else None


def _stopped(job: Job, count: int) -> Problem:
    """A worker process that died (killed, out of memory) stops the build with this, not with a traceback."""
    others = f" De {count - 1} pdf's daarna zijn ook niet gemaakt." if count > 1 else ""
    return Problem(job.origin, None, (
        f"de pdf {job.target.name} is niet gemaakt: het proces dat de pdf's maakt, stopte onverwacht (bijvoorbeeld "
        f"omdat de computer te weinig geheugen had).{others} Dit ligt niet aan uw tekst. Bouw de site opnieuw; "
        "gebeurt het weer, meld het dan aan de beheerders van de site."))
