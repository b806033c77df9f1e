"""The news overview (/actueel/): every news item, the newest news first, where <!-- nieuws --> stands.

A news item is dated by the day of the news (`datum`), not by its last edit: a correction does not make old news new.
"""
from __future__ import annotations

import datetime

from kennisbank.content.dates import in_words
from kennisbank.content.entries import NEWS, Entry, SiteContent
from kennisbank.finding.listing import Href, item_html, time_html

MARKER = "<!-- nieuws -->"  # where on that page; without it the list goes at the end


def items(site: SiteContent) -> list[tuple[datetime.date, Entry]]:
    """The news with its day, newest first (by title on the same day)."""
    by_title = sorted((e for e in site.entries if e.type == NEWS), key=lambda e: e.title.casefold())
    dated = [(day, entry) for entry in by_title if (day := entry.dates.published)]
    return sorted(dated, key=lambda item: item[0], reverse=True)


def html(site: SiteContent, href: Href) -> str:
    news = items(site)
    if not news:
        return '<p class="kb-lijst__leeg">Er is nog geen nieuws.</p>'
    return "\n".join(['<ul class="kb-lijst kb-nieuws" data-pagefind-ignore>',
                      *(item_html(entry, href, time_html(day, in_words(day))) for day, entry in news), "</ul>"])
