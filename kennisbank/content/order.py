"""The order of the navigation: the collections in a fixed order, chapters by number, news newest first, the rest
by title."""
from __future__ import annotations

from kennisbank.content.schema import parse_date

# Top-level items of the site, in the order readers see them as tabs.
# "themas" holds the generated overview pages (hooks/overviews.py puts target groups and page types under it).
TOP_LEVEL = ("index.md", "dossiers", "e-book", "praktijkkaarten", "interventies", "actueel", "themas", "begrippen.md",
             "colofon.md")


def order_key(site_path: str, meta: dict, title: str) -> tuple:
    """Sort key for a page (its .md path) or a section (its folder path) among its siblings."""
    name = site_path.rsplit("/", 1)[-1]
    if name == "index.md":
        return (0, 0, "")
    if "/" not in site_path and site_path in TOP_LEVEL:
        return (1, TOP_LEVEL.index(site_path), "")
    chapter = meta.get("hoofdstuk")
    if isinstance(chapter, int):
        return (2, chapter, "")
    day = parse_date(meta.get("datum")) if meta.get("type") == "nieuws" else None
    return (3, -day.toordinal() if day else 0, title.casefold())
