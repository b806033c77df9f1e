"""Pagefind's index of the built site: in pagefind/ next to the pages, made offline by its bundled binary."""
from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

from pagefind.index import IndexConfig, PagefindIndex

BUNDLE = "pagefind"  # the folder in the built site; docs/assets/zoeken.js loads pagefind.js from it

# Text inside the indexed article that is no part of what the page says. (Chrome the templates write is
# marked data-pagefind-ignore where it is written; these come from Markdown extensions.)
EXCLUDE_SELECTORS = (
    ".headerlink",  # the ¶ after each heading
    ".kb-begrip__uitleg",  # the glossary's explanation of a term, shown as a tooltip: it belongs to /begrippen/
)


def index_site(site_dir: Path) -> None:
    """Index every page of the built site that has data-pagefind-body (Pagefind leaves out all others)."""
    asyncio.run(_index(Path(site_dir).resolve()))


async def _index(site_dir: Path) -> None:
    # Pagefind names its files by their content; a rebuild of the preview would leave the old ones behind.
    shutil.rmtree(site_dir / BUNDLE, ignore_errors=True)
    config = IndexConfig(output_path=str(site_dir / BUNDLE), exclude_selectors=list(EXCLUDE_SELECTORS))
    async with PagefindIndex(config=config) as index:
        await index.add_directory(str(site_dir))
