"""The search index of `make serve`: one Pagefind index kept in memory for the whole session.

After a rebuild of some pages, only those pages go to the index again (Pagefind keeps the last version of a
page at an address), and the index is written anew; a whole build starts a new index. Pagefind's service
answers one message per tenth of a second, so all pages at once go in as one folder, a changed page alone.
`make site` makes its index in one go (indexing.index_pages), with its files in a fixed order (stable_files): the
same site gives the same bytes. The preview needs neither.
"""
from __future__ import annotations

import asyncio
import json
import tempfile
from collections.abc import Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

from pagefind.index import IndexConfig, PagefindIndex
from pagefind.service import PagefindService

from kennisbank.search import indexing, stable_files

Result = TypeVar("Result")


class LiveIndex:
    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None  # the service answers on the loop it started on
        self._service: PagefindService | None = None
        self._index: PagefindIndex | None = None
        self._pages: set[str] = set()

    def write(self, site_dir: Path, pages: dict[str, str], changed: dict[str, str], whole: bool) -> None:
        """pages: every page's indexed part by its path in the site; changed: those rendered since the last
        write. Writes the index into site_dir's pagefind/ folder."""
        try:
            self._write(Path(site_dir).resolve() / indexing.BUNDLE, pages, changed, whole)
        except Exception:
            self._stop()  # a new service and index, from every page, next time
            raise

    def _write(self, bundle: Path, pages: dict[str, str], changed: dict[str, str], whole: bool) -> None:
        if whole or self._index is None or not changed.keys() <= self._pages:
            self._run(self._new_index(pages))
            self._pages = set(pages)
        elif changed:
            self._run(self._add(changed))
        # Into the folder as it is: a file Pagefind writes again with the same content costs nearly nothing, a
        # new file much more (at 1,000 pages: 0.8 s against 2.3 s).
        assert self._index is not None  # made above when there was none
        self._run(self._index.write_files(output_path=str(bundle)))
        if (problem := self._run(indexing.wait_for_files(bundle, len(pages)))) is not None:
            raise indexing.IncompleteIndex(problem)
        _remove_older_versions(bundle)

    def close(self) -> None:
        if self._service is not None:
            self._run(self._service.close())
        if self._loop is not None:
            self._loop.close()
        self._loop = self._service = self._index = None

    def _stop(self) -> None:
        """After a failure: the service may be stuck or gone; the error that came first is the one reported."""
        try:
            self.close()
        except Exception:  # the failure that made this necessary is reported, not this one
            self._loop = self._service = self._index = None

    def _run(self, job: Coroutine[Any, Any, Result]) -> Result:
        if self._loop is None:
            self._loop = asyncio.new_event_loop()
        return self._loop.run_until_complete(job)

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
        assert self._index is not None  # _write adds to an index it made before
        for path, html in pages.items():
            await self._index.add_html_file(content=html, source_path=path)


def _remove_older_versions(bundle: Path) -> None:
    """Pagefind names its files after their content: the files of pages and words as they were before stay
    behind. Remove every file in the index's folders that the index no longer names."""
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    named: set[str] = set()
    for language in entry["languages"].values():
        named.add(f"pagefind.{language['hash']}")
        named.update(_strings(stable_files.decode(bundle / f"pagefind.{language['hash']}.pf_meta")))
    for path in [*bundle.glob("pagefind.*.pf_meta"), *bundle.glob("fragment/*"), *bundle.glob("index/*"),
                 *bundle.glob("filter/*")]:
        if path.stem not in named:
            path.unlink()


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, (list, dict)):
        for item in value.values() if isinstance(value, dict) else value:
            yield from _strings(item)
