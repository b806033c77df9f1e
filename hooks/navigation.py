"""Order the navigation; name pages and sections by their short menu title (`menutitel`) where they have one."""
from __future__ import annotations

from typing import TYPE_CHECKING

from kennisbank.content import sources
from kennisbank.content.entries import Entry
from kennisbank.content.order import order_key
from kennisbank.session import SESSION

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Navigation


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    nav.items = _ordered(nav.items, SESSION.site(sources.repository_root(config.config_file_path)).by_uri)
    return nav


def _ordered(items: list, entries: dict[str, Entry]) -> list:
    keyed = []
    for item in items:
        if item.is_section:
            item.children = _ordered(item.children, entries)
            index = next((child for child in item.children if child.is_page and child.file.name == "index"), None)
            entry = entries.get(index.file.src_uri) if index else None
            item.title = entry.menu_title if entry else item.title
            path = index.file.src_uri.rsplit("/", 1)[0] if index else item.title
            keyed.append((_key(path, entry, item.title), item))
        elif item.is_page:
            entry = entries.get(item.file.src_uri)  # None for a generated page: hooks/overviews.py names it
            # Named here, not when MkDocs reads the page: a preview rebuild (hooks/preview.py) reads only the
            # changed pages. The page keeps its full title as H1, see overrides/partials/content.html.
            item.title = entry.menu_title if entry else item.title
            keyed.append((_key(item.file.src_uri, entry, entry.menu_title if entry else item.file.name), item))
        else:
            keyed.append(((4, 0, item.title or ""), item))
    return [item for _, item in sorted(keyed, key=lambda pair: pair[0])]


def _key(site_path: str, entry: Entry | None, title: str) -> tuple:
    return order_key(site_path, title, entry.chapter, entry.news_day) if entry else order_key(site_path, title)
