"""HTML to a tagged PDF with WeasyPrint, offline, with a cache so an unchanged document is not rendered again."""
from __future__ import annotations

import contextlib
import gc
import hashlib
import multiprocessing
import os
import shutil
import zlib
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pydyf
import weasyprint
from weasyprint.document import Document
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import FatalURLFetchingError, URLFetcher

from kennisbank.downloads import pdf_structure

# PDF/UA-1: tagged (structure tree, MarkInfo), with the document language and title, fonts embedded.
PDF_VARIANT = "pdf/ua-1"


def _page_references(pdf: pydyf.PDF) -> tuple[bytes, ...]:
    """pydyf's own property, remembered until a page is added.

    pydyf 0.13 builds the list of all pages anew on every call, and WeasyPrint's tagging (pdf/ua) asks for
    it once per tagged box: time grows with the square of the page count. Measured on the e-book at four
    times its size (236 pages): 3.2 of 10.8 s spent writing the PDF. The result is the same.
    """
    kids = pdf.pages["Kids"]
    remembered = pdf.__dict__.get("_kennisbank_page_references")
    if remembered is None or remembered[0] != len(kids):
        remembered = (len(kids), tuple(f"{number} 0 R".encode("ascii") for number in kids[::3]))
        pdf.__dict__["_kennisbank_page_references"] = remembered
    return remembered[1]


PYDYF_PAGE_REFERENCES = pydyf.PDF.page_references  # pydyf's own, for the test that ours gives the same
pydyf.PDF.page_references = property(_page_references)


class _DeflateAtDefaultLevel:
    """zlib for pydyf, which compresses every page's content at zlib's slowest level (9): level 6 instead,
    zlib's own default. Measured on the e-book (61 pages): 0.05 s instead of 0.23 s (6 % of the whole PDF),
    for 4.5 % more bytes of page content (342 instead of 327 kB)."""
    compress = staticmethod(zlib.compress)

    @staticmethod
    def compressobj(level: int = zlib.Z_DEFAULT_COMPRESSION, *args, **kwargs):
        return zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, *args, **kwargs)


pydyf.zlib = _DeflateAtDefaultLevel


@contextlib.contextmanager
def _without_cycle_collection():
    """Pause Python's cycle collector while WeasyPrint builds a document, and collect once afterwards.

    Laying out makes millions of small objects that live until the PDF is written; the collector keeps
    walking them in vain. Measured on the e-book (61 pages): 4.0 s with the collector, 3.4 s without, the
    same peak memory (184 MB); at four times the size 15.5 s against 13.5 s.
    With the collector paused, everything made during the document stays in the youngest generation, so
    collecting that generation alone frees the document's cycles without walking the rest of the build's
    heap (a full collection after each of 700 article PDFs cost 60 s in a 1,000-page build).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
        gc.collect(0)


class RemoteURLRefused(FatalURLFetchingError):
    """A document asked for something other than our own files; the PDFs are made from the site's files alone."""


class OwnFilesOnly(URLFetcher):
    """Serves files inside the given folders and nothing else: no network, no file elsewhere on the computer
    (a checkout token in .git/config, /proc/self/environ), also not through a symbolic link or '..'."""

    def __init__(self, folders: list[Path]):
        super().__init__()
        self.folders = [Path(folder).resolve() for folder in folders]

    def fetch(self, url, headers=None):
        parts = urlsplit(url)
        local = parts.scheme == "file" and parts.netloc in ("", "localhost")
        path = Path(unquote(parts.path)).resolve() if local else None
        if path is None or not any(path.is_relative_to(folder) for folder in self.folders):
            raise RemoteURLRefused(f"De pdf vraagt om '{url}'. Alleen bestanden van de site zelf zijn toegestaan.")
        return super().fetch(url, headers)


@dataclass(frozen=True)
class Job:
    """One document to write: its HTML, where the PDF goes, its stylesheets and the images it shows."""
    html: str
    target: Path
    stylesheets: tuple[Path, ...]
    images: tuple[Path, ...] = ()


# The writer of the documents that worker processes render; they get it by fork, not by pickling.
_forked_writer: PdfWriter | None = None


def _render_in_worker(arguments: tuple) -> None:
    html, cached, stylesheets = arguments
    if _forked_writer is None:
        raise RuntimeError("only the worker processes of PdfWriter.write_all render, with the writer it gave them")
    _forked_writer._render_into_cache(html, cached, stylesheets)


class PdfWriter:
    """Renders documents; fonts and stylesheets are loaded once for all documents of a build, and only
    when a document is not in the cache (a rebuild with nothing changed loads nothing).

    dependencies: files that stylesheets load (the fonts); a change to them renders every document again.
    readable: the folders whose files a document may load (stylesheets, fonts, the pages' images).
    """

    def __init__(self, dependencies: list[Path], cache_dir: Path, readable: list[Path]):
        self.fetcher = OwnFilesOnly([*readable, Path(__file__).parent])
        self.fonts: FontConfiguration | None = None
        digest = hashlib.sha256(weasyprint.__version__.encode())
        # This package's code makes the PDF as much as its HTML does (the tag repair, the writer, the notes): a PDF
        # cached by older code is not used.
        for code in sorted(Path(__file__).parent.glob("*.py")):
            digest.update(code.read_bytes())
        for path in sorted(dependencies):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
        self.fingerprint = digest.digest()
        self.cache_dir = cache_dir
        self.used: set[Path] = set()  # cache entries of this build; the rest can go
        self.rendered = 0  # documents of this build that were not in the cache
        self.stylesheets: dict[Path, weasyprint.CSS] = {}

    def _stylesheet(self, path: Path) -> weasyprint.CSS:
        if self.fonts is None:
            self.fonts = FontConfiguration()
        if path not in self.stylesheets:
            self.stylesheets[path] = weasyprint.CSS(filename=str(path), url_fetcher=self.fetcher,
                                                    font_config=self.fonts)
        return self.stylesheets[path]

    def write(self, html: str, target: Path, stylesheets: list[Path], images: Sequence[Path] = (),
              check: Callable[[Document], None] | None = None) -> None:
        """Write the PDF of html to target; check may look at the laid-out pages and raise ContentError."""
        cached = self._cache_entry(Job(html, target, tuple(stylesheets), tuple(images)))
        if not cached.exists():
            self._render_into_cache(html, cached, stylesheets, check)
            self.rendered += 1
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(cached, target)

    def write_all(self, jobs: list[Job]) -> None:
        """Write many documents; those not in the cache are rendered side by side, one process per core.
        (WeasyPrint is pure Python: threads would take turns. A cold build of 700 article PDFs halves on two cores.)"""
        missing = {}
        for job in jobs:
            cached = self._cache_entry(job)
            if not cached.exists():
                missing[cached] = job
        workers = min(len(missing), os.cpu_count() or 1)
        if workers > 1:
            global _forked_writer
            _forked_writer = self  # fork: the workers start with this writer, its fonts and modules loaded
            with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
                list(pool.map(_render_in_worker, [(job.html, cached, job.stylesheets)
                                                  for cached, job in missing.items()]))
        else:
            for cached, job in missing.items():
                self._render_into_cache(job.html, cached, job.stylesheets)
        self.rendered += len(missing)
        for job in jobs:
            job.target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(self._cache_entry(job), job.target)

    def _cache_entry(self, job: Job) -> Path:
        digest = hashlib.sha256(self.fingerprint + job.html.encode())
        for path in [*job.stylesheets, *job.images]:
            digest.update(path.read_bytes())
        cached = self.cache_dir / f"{digest.hexdigest()}.pdf"
        self.used.add(cached)
        return cached

    def _render_into_cache(self, html: str, cached: Path, stylesheets, check=None) -> None:
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(f".{os.getpid()}.tmp")
        with _without_cycle_collection():
            self._render(html, partial, stylesheets, check)
        partial.replace(cached)  # a build that stops halfway leaves no broken entry behind

    def _render(self, html: str, target: Path, stylesheets: list[Path], check) -> None:
        sheets = [self._stylesheet(path) for path in stylesheets]
        document = weasyprint.HTML(string=html, url_fetcher=self.fetcher).render(
            stylesheets=sheets, font_config=self.fonts, pdf_variant=PDF_VARIANT)
        if check:
            check(document)
        document.write_pdf(target, pdf_variant=PDF_VARIANT)
        pdf_structure.repair(target)

    def forget_unused(self) -> None:
        """Remove cache entries this build did not use (old versions of changed documents)."""
        for entry in self.cache_dir.glob("*.pdf"):
            if entry not in self.used:
                entry.unlink()
