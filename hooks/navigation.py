"""Order the navigation; name pages and sections by their short menu title (`menutitel`) where they have one."""
from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from kennisbank.content import sources
from kennisbank.content.order import order_key
from kennisbank.session import SESSION

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Navigation


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    root = sources.repository_root(config.config_file_path)
    metas = {os.path.join(root, page.file.path): page.source.meta for page in SESSION.pages(root)[0]}
    nav.items = _ordered(nav.items, lambda file: _meta(file, root, metas))
    return nav


def _ordered(items: list, meta_of: Callable) -> list:
    keyed = []
    for item in items:
        if item.is_section:
            item.children = _ordered(item.children, meta_of)
            index = next((child for child in item.children if child.is_page and child.file.name == "index"), None)
            meta = meta_of(index.file) if index else {}
            item.title = _menu_title(meta) or item.title
            path = index.file.src_uri.rsplit("/", 1)[0] if index else item.title
            keyed.append((order_key(path, meta, item.title), item))
        elif item.is_page:
            meta = meta_of(item.file)
            # Named here, not when MkDocs reads the page: a preview rebuild (hooks/preview.py) reads only the
            # changed pages. The page keeps its full title as H1, see overrides/partials/content.html.
            item.title = _menu_title(meta) or item.title
            keyed.append((order_key(item.file.src_uri, meta, _menu_title(meta) or item.file.name), item))
        else:
            keyed.append(((4, 0, item.title or ""), item))
    return [item for _, item in sorted(keyed, key=lambda pair: pair[0])]


def _menu_title(meta: dict) -> str | None:
    return meta.get("menutitel") or meta.get("title")


def _meta(file, root: Path, metas: dict[str, dict]) -> dict:
    """The front matter of the page this build read (a path MkDocs spelled otherwise is read by itself)."""
    if file.abs_src_path in metas:
        return metas[file.abs_src_path]
    source = sources.author_source(root, file.abs_src_path)  # None for a generated page: hooks/overviews.py names it
    return source.meta if source else {}
