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
import zlib
from pathlib import Path
from typing import Any

from pagefind.index import IndexConfig, PagefindIndex

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


class _SettledIndex(PagefindIndex):
    """Pagefind answers that it wrote the files before its writes have ended, and closing the index stops its
    process at once: a file could be cut off. So the files are written, and the process is stopped only when
    none of them has grown for a while."""

    async def __aexit__(self, exc_type: Any, exc_value: Any, traceback: Any) -> None:
        if exc_type is None and self._service is not None and self._index_id is not None:
            await self.write_files()
            await _settled(Path(str((self._config or {}).get("output_path"))))
            exc_type = _Written  # written already: the library's own exit only stops the process
        await super().__aexit__(exc_type, exc_value, traceback)


class _Written(Exception):
    """Tells PagefindIndex's exit that the files are written (it writes them only when no exception came)."""


async def _settled(bundle: Path, pause: float = 0.05) -> None:
    """Wait until the sizes of the files in bundle are the same twice in a row."""
    before = None
    while True:
        sizes = sorted((str(path), path.stat().st_size) for path in bundle.rglob("*") if path.is_file())
        if sizes == before:
            return
        before = sizes
        await asyncio.sleep(pause)


async def _index(pages: dict[str, str], site_dir: Path) -> None:
    # Pagefind names its files by their content; a rebuild of the preview would leave the old ones behind.
    shutil.rmtree(site_dir / BUNDLE, ignore_errors=True)
    config = IndexConfig(output_path=str(site_dir / BUNDLE), exclude_selectors=list(EXCLUDE_SELECTORS))
    with tempfile.TemporaryDirectory(prefix="kennisbank-zoeken-") as folder:
        write_pages(pages, Path(folder))
        async with _SettledIndex(config=config) as index:
            await index.add_directory(folder)


def write_pages(pages: dict[str, str], folder: Path) -> None:
    """Each page's indexed part as a file of its own, at its path in the site: Pagefind gives it that address."""
    for path, html in pages.items():
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")
