"""The search index of `make serve`: one Pagefind index kept in memory for the whole session.

After a rebuild of some pages, only those pages go to the index again (Pagefind keeps the last version of a
page at an address), and the index is written anew; a whole build starts a new index. Pagefind's service
answers one message per tenth of a second, so all pages at once go in as one folder, a changed page alone.
`make site` makes its index in one go (indexing.index_pages): the same site gives the same bytes.
"""
from __future__ import annotations

import asyncio
import shutil
import tempfile
from pathlib import Path
from typing import Any, Coroutine

from pagefind.index import IndexConfig, PagefindIndex
from pagefind.service import PagefindService

from kennisbank.search import indexing, stable_files


class LiveIndex:
    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None  # the service answers on the loop it started on
        self._service: PagefindService | None = None
        self._index: PagefindIndex | None = None
        self._pages: set[str] = set()

    def write(self, site_dir: Path, pages: dict[str, str], changed: dict[str, str], whole: bool) -> None:
        """pages: every page's indexed part by its path in the site; changed: those rendered since the last
        write. Writes the index into site_dir's pagefind/ folder, swapped in when complete."""
        site_dir = Path(site_dir).resolve()
        if whole or self._index is None or not changed.keys() <= self._pages:
            self._run(self._new_index(pages))
            self._pages = set(pages)
        elif changed:
            self._run(self._add(changed))
        folder = site_dir / f"{indexing.BUNDLE}.nieuw"
        shutil.rmtree(folder, ignore_errors=True)
        self._run(self._index.write_files(output_path=str(folder)))
        problem = indexing.incomplete(folder, len(pages))
        if problem is not None:
            self._index = None  # made anew next time
            raise indexing.IncompleteIndex(problem)
        stable_files.stabilise(folder)
        old = site_dir / f"{indexing.BUNDLE}.oud"
        shutil.rmtree(old, ignore_errors=True)
        if (site_dir / indexing.BUNDLE).exists():
            (site_dir / indexing.BUNDLE).rename(old)
        folder.rename(site_dir / indexing.BUNDLE)
        shutil.rmtree(old, ignore_errors=True)

    def close(self) -> None:
        if self._service is not None:
            self._run(self._service.close())
        if self._loop is not None:
            self._loop.close()
        self._loop = self._service = self._index = None

    def _run(self, job: Coroutine[Any, Any, None]) -> None:
        if self._loop is None:
            self._loop = asyncio.new_event_loop()
        self._loop.run_until_complete(job)

    async def _new_index(self, pages: dict[str, str]) -> None:
        if self._service is None:
            self._service = await PagefindService().launch()
        if self._index is not None:
            await self._index.delete_index()
        self._index = await self._service.create_index(
            IndexConfig(exclude_selectors=list(indexing.EXCLUDE_SELECTORS)))
        with tempfile.TemporaryDirectory(prefix="kennisbank-zoeken-") as folder:
            indexing.write_pages(pages, Path(folder))
            await self._index.add_directory(folder)

    async def _add(self, pages: dict[str, str]) -> None:
        for path, html in pages.items():
            await self._index.add_html_file(content=html, source_path=path)
