"""The order of the navigation: the collections in a fixed order, chapters by number, news newest first, the rest
by title."""
from __future__ import annotations

import datetime

# Top-level items of the site, in the order readers see them as tabs.
# "themas" holds the generated overview pages (hooks/overviews.py puts target groups and page types under it).
TOP_LEVEL = ("index.md", "dossiers", "e-book", "praktijkkaarten", "interventies", "actueel", "themas", "begrippen.md",
             "colofon.md")


def order_key(site_path: str, title: str, chapter: int | None = None, news_day: datetime.date | None = None) -> tuple:
    """Sort key for a page (its .md path) or a section (its folder path) among its siblings; a chapter by its number
    (Entry.chapter), a news item by its day (Entry.news_day)."""
    name = site_path.rsplit("/", 1)[-1]
    if name == "index.md":
        return (0, 0, "")
    if "/" not in site_path and site_path in TOP_LEVEL:
        return (1, TOP_LEVEL.index(site_path), "")
    if chapter is not None:
        return (2, chapter, "")
    return (3, -news_day.toordinal() if news_day else 0, title.casefold())
