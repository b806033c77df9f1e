"""The news overview (/actueel/): every news item, the newest news first, where <!-- nieuws --> stands.

A news item is dated by the day of the news (`datum`), not by its last edit: a correction does not make old news new.
"""
from __future__ import annotations

from html import escape

from kennisbank.content.dates import in_words
from kennisbank.content.entries import Entry, NEWS, SiteContent
from kennisbank.finding.listing import Href

MARKER = "<!-- nieuws -->"  # where on that page; without it the list goes at the end


def items(site: SiteContent) -> list[Entry]:
    """The news, newest first (by title on the same day)."""
    dated = sorted((e for e in site.entries if e.type == NEWS and e.dates.published), key=lambda e: e.title.casefold())
    return sorted(dated, key=lambda e: e.dates.published, reverse=True)


def html(site: SiteContent, href: Href) -> str:
    news = items(site)
    if not news:
        return '<p class="kb-lijst__leeg">Er is nog geen nieuws.</p>'
    return "\n".join(['<ul class="kb-lijst kb-nieuws" data-pagefind-ignore>', *(_item(entry, href) for entry in news), "</ul>"])


def _item(entry: Entry, href: Href) -> str:
    day = entry.dates.published
    summary = f'<p class="kb-lijst__samenvatting">{escape(entry.description, quote=False)}</p>' if entry.description else ""
    return (f'<li class="kb-lijst__item"><h2 class="kb-lijst__titel"><a href="{escape(href(entry.site_uri))}">'
            f'{escape(entry.title, quote=False)}</a></h2>'
            f'<p class="kb-lijst__gegevens"><time datetime="{day.isoformat()}">{in_words(day)}</time></p>{summary}</li>')
