"""Related pages: first the ones the author names in `gerelateerd`, then the articles that share the most themes."""
from __future__ import annotations

import functools
import heapq
import itertools
from collections import defaultdict
from collections.abc import Iterator

from kennisbank.content.entries import Entry, SiteContent
from kennisbank.finding.listing import newest_first_key

LIMIT = 5


def related(entry: Entry, site: SiteContent, limit: int = LIMIT) -> list[Entry]:
    """Up to `limit` pages (more only if the author names more), never the page itself, the same on every build.

    By shared themes, then shared target groups, then newest first (listing.newest_first_key): nothing is left to
    chance.
    """
    by_uri = site.by_uri
    chosen: list[Entry] = []
    for uri in entry.related:
        if uri in by_uri and uri != entry.site_uri and all(uri != c.site_uri for c in chosen):
            chosen.append(by_uri[uri])
    excluded = {entry.site_uri, *(c.site_uri for c in chosen)}
    closest = (other for other in _articles(site).closest_first(entry) if other.site_uri not in excluded)
    return chosen + list(itertools.islice(closest, max(0, limit - len(chosen))))


@functools.lru_cache(maxsize=2)  # the site of this build; a SiteContent is hashed by identity
def _articles(site: SiteContent) -> _Articles:
    return _Articles(site.entries)


class _Articles:
    """A site's articles, grouped so that a page is not compared with every article: first the groups that share
    the most themes with it, and of those only as many as are needed."""

    def __init__(self, entries: list[Entry]):
        grouped: defaultdict[frozenset[str], defaultdict[frozenset[str], list[Entry]]] = defaultdict(
            lambda: defaultdict(list))
        for entry in entries:
            if entry.is_article:
                grouped[frozenset(entry.themes)][frozenset(entry.target_groups)].append(entry)
        # themes -> target groups -> the articles with exactly those, newest first
        self.by_themes = {themes: {target_groups: sorted(articles, key=newest_first_key)
                                   for target_groups, articles in by_target_groups.items()}
                          for themes, by_target_groups in grouped.items()}

    def closest_first(self, entry: Entry) -> Iterator[Entry]:
        """The articles that share a theme with `entry`: most shared themes first, then most shared target groups."""
        themes, target_groups = set(entry.themes), set(entry.target_groups)
        by_shared_themes = defaultdict(list)
        for their_themes, by_target_groups in self.by_themes.items():
            shared = len(their_themes & themes)
            if shared:
                by_shared_themes[shared].append(by_target_groups)
        for shared in sorted(by_shared_themes, reverse=True):
            by_shared_target_groups = defaultdict(list)
            for by_target_groups in by_shared_themes[shared]:
                for their_target_groups, articles in by_target_groups.items():
                    by_shared_target_groups[len(their_target_groups & target_groups)].append(articles)
            for shared_target_groups in sorted(by_shared_target_groups, reverse=True):
                yield from heapq.merge(*by_shared_target_groups[shared_target_groups], key=newest_first_key)
