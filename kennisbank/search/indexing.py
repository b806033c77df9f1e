"""Pagefind's index of the built site: in pagefind/ next to the pages, made offline by its bundled binary.

Pagefind reads only what search.markup marked (the article, `data-pagefind-body`), but it parses whole
files, and on a large site most of each page is navigation. So each page is handed over as a small page of
its own, its article alone, at the same path: Pagefind gives it the same address. At 1,000 pages that took
indexing from 5.5 s to 1.5 s, with the same index.
"""
from __future__ import annotations

import asyncio
import gzip
import json
import re
import shutil
import tempfile
import time
import zlib
from pathlib import Path

from pagefind.index import IndexConfig
from pagefind.service import PagefindService

from kennisbank.search import stable_files

BUNDLE = "pagefind"  # the folder in the built site; docs/assets/zoeken.js loads pagefind.js from it

# Text inside the indexed article that is no part of what the page says. (Chrome the templates write is
# marked data-pagefind-ignore where it is written; these come from Markdown extensions.)
EXCLUDE_SELECTORS = (
    ".headerlink",  # the ¶ after each heading
    ".kb-begrip__uitleg",  # the glossary's explanation of a term, shown as a tooltip: it belongs to /begrippen/
)
# Pagefind's files that are gzip-compressed: each must decompress to its end.
_COMPRESSED = frozenset({".pagefind", ".pf_meta", ".pf_index", ".pf_fragment", ".pf_filter"})
_LANGUAGE = re.compile(r'<html\b[^>]*\blang="([^"]+)"')
# Pagefind's scripts and stylesheets end a statement, block or comment; one cut off mid-write (seen under load:
# pagefind-modular-ui.js at 8,192 of 14,634 bytes) almost never does.
_TEXT_FILES = frozenset({".js", ".css"})
_WHOLE_ENDINGS = (b"}", b";", b")", b"*/")


def indexed_part(page_html: str) -> str | None:
    """The page as Pagefind needs it: its language and the marked article; None for a page not in the index."""
    marker = page_html.find(" data-pagefind-body")
    if marker < 0:
        return None
    start, end = page_html.rfind("<article", 0, marker), page_html.rfind("</article>")
    language = _LANGUAGE.search(page_html)
    return (f'<!doctype html><html lang="{language[1] if language else "nl"}"><head><meta charset="utf-8"></head>'
            f'<body>{page_html[start:end]}</article></body></html>')


class IncompleteIndex(Exception):
    """Pagefind left an index that a browser cannot load."""


def index_pages(pages: dict[str, str], site_dir: Path) -> None:
    """Index the pages (the indexed part of each, by its path in the built site, "dossiers/x/index.html")
    into the built site's pagefind/ folder.

    Once in a series of 3,000-page builds Pagefind left pagefind-entry.json empty (its process is stopped
    right after it reports the files written), and search failed in the browser. So the index is checked,
    and made once more if it is incomplete; raises IncompleteIndex if that fails too."""
    site_dir = Path(site_dir).resolve()
    for _ in range(2):
        asyncio.run(_index(pages, site_dir))
        problem = incomplete(site_dir / BUNDLE, len(pages))
        if problem is None:
            stable_files.stabilise(site_dir / BUNDLE)  # the same site, the same bytes
            return
    raise IncompleteIndex(problem)


def incomplete(bundle: Path, page_count: int, every_file: bool = True) -> str | None:
    """What is wrong with the index in bundle, which should hold page_count pages; None when nothing is.
    every_file: also decompress every file (a stopped process leaves one cut off)."""
    try:
        entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
        languages = entry["languages"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        return f"pagefind-entry.json is onleesbaar ({error})"
    for language in languages.values():
        meta = bundle / f"pagefind.{language['hash']}.pf_meta"
        if not meta.is_file() or meta.stat().st_size == 0:
            return f"{meta.name} ontbreekt of is leeg"
    indexed = sum(language["page_count"] for language in languages.values())
    if indexed != page_count:
        return f"de index heeft {indexed} pagina's in plaats van {page_count}"
    # Under load, Pagefind's process was once stopped before its WebAssembly file was written to the end.
    for path in sorted(bundle.rglob("*")) if every_file else ():
        if path.suffix in _COMPRESSED and path.is_file():
            try:
                gzip.decompress(path.read_bytes())
            except (OSError, EOFError, zlib.error):
                return f"{path.relative_to(bundle)} is niet compleet"
        elif path.suffix in _TEXT_FILES and path.is_file() and not path.read_bytes().rstrip().endswith(_WHOLE_ENDINGS):
            return f"{path.relative_to(bundle)} is niet compleet"
    return None


WAIT_FOR_FILES = 10  # seconds at most
_LOOK_AGAIN = 0.02  # seconds


async def wait_for_files(bundle: Path, page_count: int, quiet: float = 0.0) -> str | None:
    """Wait until Pagefind has written the index in bundle: what is still wrong after WAIT_FOR_FILES seconds, or None.

    Pagefind answers that it wrote the files before its writes have ended (seen: an empty pagefind-entry.json, and
    under load a script cut off at 8,192 of 14,634 bytes). So this waits until the index can be read (incomplete(),
    without reading every file) and, with `quiet`, until no file has grown for that many seconds. `make site` needs
    both: it stops Pagefind's process next, and that cuts off a file still being written. The preview keeps its
    process, which finishes its files; it reads only the entry and metadata files next, so it waits for those alone
    and no longer."""
    deadline = time.monotonic() + WAIT_FOR_FILES
    sizes, grown_at = None, time.monotonic()
    while True:
        if quiet:
            latest = sorted((str(path), path.stat().st_size) for path in bundle.rglob("*") if path.is_file())
            if latest != sizes:
                sizes, grown_at = latest, time.monotonic()
        problem = incomplete(bundle, page_count, every_file=False)
        if problem is None and time.monotonic() - grown_at >= quiet:
            return None
        if time.monotonic() > deadline:
            return problem or "de bestanden van de index groeien nog"
        await asyncio.sleep(_LOOK_AGAIN)


async def _index(pages: dict[str, str], site_dir: Path) -> None:
    bundle = site_dir / BUNDLE
    # Pagefind names its files by their content; a rebuild of the preview would leave the old ones behind.
    shutil.rmtree(bundle, ignore_errors=True)
    service = await PagefindService().launch()
    try:
        index = await service.create_index(IndexConfig(exclude_selectors=list(EXCLUDE_SELECTORS)))
        with tempfile.TemporaryDirectory(prefix="kennisbank-zoeken-") as folder:
            write_pages(pages, Path(folder))
            await index.add_directory(folder)
            await index.write_files(output_path=str(bundle))
            # What is still wrong then, index_pages finds when it checks every file, and it indexes once more.
            await wait_for_files(bundle, len(pages), quiet=0.05)
    finally:
        await service.close()


def write_pages(pages: dict[str, str], folder: Path) -> None:
    """Each page's indexed part as a file of its own, at its path in the site: Pagefind gives it that address."""
    for path, html in pages.items():
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")
