"""HTML for lists of pages, shared by the overview pages, the news overview and the catalogue.

`href` turns a site path ("dossiers/buurtkracht/abcd.md") into the link as the current page needs it.
"""
from __future__ import annotations

import datetime
from collections.abc import Callable
from html import escape

from kennisbank.content.dates import in_words
from kennisbank.content.entries import Entry, SiteContent

Href = Callable[[str], str]


def newest_first(entries) -> list[Entry]:
    return sorted(entries, key=newest_first_key)


def newest_first_key(entry: Entry) -> tuple:
    """Newest first (by last update, else publication); pages without a date last; then by title (and path, for
    equal titles): the same order on every build."""
    newest = entry.dates.newest
    return (-(newest.toordinal() if newest else 0), entry.title.casefold(), entry.site_uri)


def type_label(site: SiteContent, entry: Entry) -> str:
    page_type = site.vocabulary.types.get(entry.type)
    return page_type.label if page_type else entry.type


def count(number: int, singular: str, plural: str) -> str:
    """'1 artikel', '4 artikelen': the labels as in running text (lower case first letter)."""
    word = singular if number == 1 else plural
    return f"{number} {word[:1].lower()}{word[1:]}"


def counts_by_type(site: SiteContent, entries) -> list[str]:
    """'4 artikelen', '1 interventie', ...: per page type, in the order of vocabulaire.yml."""
    found = []
    for name, page_type in site.vocabulary.types.items():
        number = sum(1 for entry in entries if entry.type == name)
        if number:
            found.append(count(number, page_type.label, page_type.plural))
    return found


def in_a_sentence(parts: list[str]) -> str:
    """'a', 'a en b', 'a, b en c'."""
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} en {parts[-1]}"


def time_html(day: datetime.date, text: str) -> str:
    return f'<time datetime="{day.isoformat()}">{text}</time>'


def date_html(entry: Entry) -> str:
    day = entry.dates.newest
    if day is None:
        return ""
    words = in_words(day)
    return time_html(day, f"bijgewerkt op {words}" if entry.dates.updated else words)


def facts_html(site: SiteContent, entry: Entry) -> str:
    """The facts line of a page in an overview: its type and date."""
    return " · ".join(filter(None, [escape(type_label(site, entry), quote=False), date_html(entry)]))


def item_html(entry: Entry, href: Href, facts: str) -> str:
    """One page in a list: title (a link), the facts line (HTML, escaped already) and its summary."""
    summary = (f'<p class="kb-lijst__samenvatting">{escape(entry.description, quote=False)}</p>'
               if entry.description else "")
    return (f'<li class="kb-lijst__item">'
            f'<h2 class="kb-lijst__titel"><a href="{escape(href(entry.site_uri))}">'
            f'{escape(entry.title, quote=False)}</a></h2>'
            f'<p class="kb-lijst__gegevens">{facts}</p>{summary}</li>')


def list_html(site: SiteContent, entries, href: Href) -> str:
    items = "\n".join(item_html(entry, href, facts_html(site, entry)) for entry in entries)
    return f'<ul class="kb-lijst" data-pagefind-ignore>\n{items}\n</ul>'
