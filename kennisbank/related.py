"""Related pages: first the ones the author names in `gerelateerd`, then the articles that share the most themes."""
from __future__ import annotations

from .entries import Entry, Site

LIMIT = 5


def related(entry: Entry, site: Site, limit: int = LIMIT) -> list[Entry]:
    """Up to `limit` pages (more only if the author names more), never the page itself, the same on every build.

    By shared themes, then shared target groups, then the newest, then by title: nothing is left to chance.
    """
    by_uri = site.by_uri
    chosen = []
    for uri in entry.related:
        if uri in by_uri and uri != entry.site_uri and all(uri != c.site_uri for c in chosen):
            chosen.append(by_uri[uri])
    excluded = {entry.site_uri, *(c.site_uri for c in chosen)}
    candidates = [other for other in site.entries
                  if other.is_article and other.site_uri not in excluded and set(other.themes) & set(entry.themes)]

    def closeness(other: Entry) -> tuple:
        newest = other.dates.newest
        return (-len(set(other.themes) & set(entry.themes)),
                -len(set(other.target_groups) & set(entry.target_groups)),
                -(newest.toordinal() if newest else 0),
                other.title.casefold(), other.site_uri)

    return chosen + sorted(candidates, key=closeness)[:max(0, limit - len(chosen))]
