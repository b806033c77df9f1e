"""Typst documents to tagged PDFs (PDF/UA-1), offline, with a cache so an unchanged document is not rendered again.

Typst reads only what it is given: the document's source as bytes, a fresh folder with a copy of the layout
(print.typ) and copies of the document's own images (its root: a path in the source cannot reach anything else),
and the folder of prepared fonts. No system fonts, no packages (the sources never import one; authors' text is
escaped, see typst_markup.py).
"""
from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Final

import typst

from kennisbank.downloads import documents, typst_fonts
from kennisbank.downloads.documents import Document
from kennisbank.problems import ContentError, Problem

PDF_STANDARD: Final = "ua-1"  # tagged (structure tree, MarkInfo), with the document language and title, fonts embedded
HERE = Path(__file__).parent


@dataclass(frozen=True)
class Job:
    """One document to write: its source and images, where the PDF goes, and the file to name when it fails."""
    document: Document
    target: Path
    origin: str  # "dossiers/buurtkracht/abcd.md"


class PdfWriter:
    """Renders documents; the fonts are prepared and loaded once per build, and only when a document is not in
    the cache (a rebuild with nothing changed loads nothing).

    fonts: the site's font folder; cache_dir: where PDFs (and the prepared fonts) are kept between builds;
    readable: the folders whose images a document may show (the content folders).
    """

    def __init__(self, fonts: Path, cache_dir: Path, readable: list[Path]):
        self.fonts = fonts
        self.readable = [folder.resolve() for folder in readable]
        self.cache_dir = cache_dir
        digest = hashlib.sha256(version("typst").encode())
        # This package's code and layout make the PDF as much as the content does: a PDF cached by older code
        # is not used.
        for code in sorted([*HERE.glob("*.py"), *HERE.glob("*.typ")]):
            digest.update(code.read_bytes())
        for path in typst_fonts.font_files(fonts):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
        self.fingerprint = digest.digest()
        self.used: set[Path] = set()  # cache entries of this build; the rest can go
        self.rendered = 0  # documents of this build that were not in the cache
        self._font_folder: Path | None = None
        self._lock = threading.Lock()
        self._per_thread = threading.local()  # a Typst compiler serves one thread at a time

    def compiler(self) -> typst.Compiler:
        """This thread's compiler, with the prepared fonts and no others (made on first use)."""
        if getattr(self._per_thread, "compiler", None) is None:
            with self._lock:
                if self._font_folder is None:
                    self._font_folder = typst_fonts.prepared(self.fonts, self.cache_dir / "fonts")
            self._per_thread.compiler = typst.Compiler(
                font_paths=typst.Fonts(include_system_fonts=False, include_embedded_fonts=True,
                                       font_paths=[str(self._font_folder)]),
                ignore_system_fonts=True)
        return self._per_thread.compiler

    def write(self, job: Job, check: Callable[[bytes], None] | None = None) -> None:
        """Write the PDF of the job; check may look at the PDF before it is kept and raise ContentError."""
        for path in job.document.images:
            if not any(path.resolve().is_relative_to(folder) for folder in self.readable):
                raise ContentError([Problem(job.origin, None, (
                    f"de afbeelding '{path.name}' ligt buiten de mappen van de site (een snelkoppeling naar een "
                    "ander bestand?). Zet het bestand zelf in de map van de pagina."))])
        cached = self._cache_entry(job)
        if not cached.exists():
            self._render_into_cache(job, cached, check)
            with self._lock:
                self.rendered += 1
        job.target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(cached, job.target)

    def write_all(self, jobs: list[Job]) -> None:
        """Write many documents side by side, a thread per core (Typst lets go of Python's lock while it works; the
        old WeasyPrint code used a process per core); a document that cannot be made is reported, the others are
        still written."""

        def attempt(job: Job) -> list[Problem]:
            try:
                self.write(job)
            except ContentError as error:
                return error.problems
            return []

        with ThreadPoolExecutor(max(1, min(len(jobs), os.cpu_count() or 1))) as pool:
            problems = [problem for found in pool.map(attempt, jobs) for problem in found]
        if problems:
            raise ContentError(problems)

    def _cache_entry(self, job: Job) -> Path:
        digest = hashlib.sha256(self.fingerprint + job.document.source.encode())
        for path, name in sorted(job.document.images.items()):
            digest.update(name.encode() + b"\0" + path.read_bytes())
        cached = self.cache_dir / f"{digest.hexdigest()}.pdf"
        self.used.add(cached)
        return cached

    def _render_into_cache(self, job: Job, cached: Path, check: Callable[[bytes], None] | None) -> None:
        pdf = self.render(job)
        if check:
            check(pdf)
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(f".{os.getpid()}-{threading.get_ident()}.tmp")
        partial.write_bytes(pdf)
        partial.replace(cached)  # a build that stops halfway leaves no broken entry behind

    def render(self, job: Job) -> bytes:
        """The PDF of the job's document, from a folder that holds its images and nothing else."""
        compiler = self.compiler()
        with tempfile.TemporaryDirectory(prefix="kennisbank-pdf-") as root:
            shutil.copyfile(documents.LAYOUT, Path(root, documents.LAYOUT.name))
            for path, name in job.document.images.items():
                shutil.copyfile(path, Path(root, name))
            try:
                pdf, warnings = compiler.compile_with_warnings(
                    input=job.document.source.encode(), root=root, format="pdf", pdf_standards=[PDF_STANDARD],
                    timestamp=_timestamp())
            except typst.TypstError as error:
                messages, pdf = [error.message], None
            else:
                messages = [warning.message for warning in warnings]
        if messages or not isinstance(pdf, bytes):  # a warning is something left out of the PDF: never silently
            raise ContentError([Problem(job.origin, None, (
                f"de pdf {job.target.name} kan niet goed worden gemaakt: {message}. Dit is een fout in de "
                "kennisbank zelf, niet in uw tekst: meld het aan de beheerders van de site.")) for message in messages
                or ["Typst gaf geen pdf"]])
        return pdf

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
