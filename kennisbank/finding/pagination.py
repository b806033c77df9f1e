"""Overview pages with more entries than fit on one page (`per_pagina` in mkdocs.yml): pages of that many,
sortable and, for a dossier, filtered by theme, all with plain links that work without JavaScript.

Addresses, for the overview /dossiers/buurtkracht/overzicht/ (page 1 keeps its address):

    /dossiers/buurtkracht/overzicht/pagina/2/                 newest first, page 2
    /dossiers/buurtkracht/overzicht/a-z/                      from A to Z, page 1
    /dossiers/buurtkracht/overzicht/a-z/pagina/2/
    /dossiers/buurtkracht/overzicht/thema/wat-werkt/          only the pages with that theme, newest first

An overview that fits on one page stays as it was: one page, no choices.
"""
from __future__ import annotations

from dataclasses import dataclass
from html import escape

from kennisbank.content.entries import Entry, SiteContent
from kennisbank.finding.listing import Href

NEWEST, A_TO_Z = "", "a-z"
SORTINGS = {NEWEST: "nieuwste eerst", A_TO_Z: "van A tot Z"}
FILTERED_GROUPS = ("dossiers",)  # overviews that are also split by theme
NEAR = 2  # page numbers shown on either side of the current one, besides the first and the last


@dataclass(frozen=True)
class Variant:
    """One ordering of an overview's entries, perhaps only those with one theme."""
    sorting: str
    theme: str | None
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class Part:
    """One page of a variant."""
    site_uri: str
    variant: Variant
    number: int  # from 1
    of: int
    entries: tuple[Entry, ...]


def variants(entries: tuple[Entry, ...], group: str, site: SiteContent, per_page: int) -> list[Variant]:
    """The orderings and filters of an overview (entries newest first); one for an overview that fits a page."""
    found = [Variant(NEWEST, None, entries)]
    if len(entries) <= per_page:
        return found
    found.append(Variant(A_TO_Z, None, tuple(sorted(entries, key=lambda e: (e.title.casefold(), e.site_uri)))))
    if group in FILTERED_GROUPS:
        for code in site.vocabulary.value_lists.get("themas", {}):
            with_theme = tuple(entry for entry in entries if code in entry.themes)
            if with_theme and len(with_theme) < len(entries):  # else the same list again
                found.append(Variant(NEWEST, code, with_theme))
    return found


def parts(overview_uri: str, variant: Variant, per_page: int) -> list[Part]:
    """The pages of one variant, in order; overview_uri is the overview's own page ("themas/wat-werkt.md")."""
    chunks = [variant.entries[at:at + per_page] for at in range(0, len(variant.entries), per_page)] or [()]
    return [Part(part_uri(overview_uri, variant.sorting, variant.theme, number), variant, number, len(chunks), chunk)
            for number, chunk in enumerate(chunks, start=1)]


def part_uri(overview_uri: str, sorting: str, theme: str | None, number: int) -> str:
    stem = overview_uri.removesuffix(".md")
    folder = stem + (f"/thema/{theme}" if theme else "") + (f"/{sorting}" if sorting else "")
    if number > 1:
        return f"{folder}/pagina/{number}.md"
    return overview_uri if folder == stem else f"{folder}.md"


def title(overview_title: str, part: Part, theme_label: str | None) -> str:
    """'Alle artikelen in het dossier Buurtkracht, thema Wat werkt, van A tot Z – pagina 2 van 30'. The first page
    keeps the overview's own title: that is how search results and the menu name it."""
    words = [overview_title]
    if theme_label:
        words.append(f"thema {theme_label}")
    if part.variant.sorting:
        words.append(SORTINGS[part.variant.sorting])
    text = ", ".join(words)
    return f"{text} – pagina {part.number} van {part.of}" if part.number > 1 else text


def choices_html(overview_uri: str, part: Part, themes: dict[str, str], href: Href) -> str:
    """The links to the other orderings and themes, the current one marked."""
    variant = part.variant
    sortings = [_choice(label, href(part_uri(overview_uri, code, None, 1)),
                        code == variant.sorting and not variant.theme) for code, label in SORTINGS.items()]
    rows = [f'<p class="kb-keuze"><span class="kb-keuze__naam">Volgorde:</span> {" · ".join(sortings)}</p>']
    if themes:
        links = [_choice("alle thema's", href(overview_uri), variant.theme is None and not variant.sorting)]
        links += [_choice(label, href(part_uri(overview_uri, NEWEST, code, 1)), code == variant.theme)
                  for code, label in themes.items()]
        rows.append(f'<p class="kb-keuze"><span class="kb-keuze__naam">Thema:</span> {" · ".join(links)}</p>')
    return '<div class="kb-keuzes" data-pagefind-ignore>\n' + "\n".join(rows) + "\n</div>"


def _choice(label: str, url: str, current: bool) -> str:
    if current:
        return f'<a href="{escape(url)}" aria-current="page" class="kb-keuze__huidig">{escape(label, quote=False)}</a>'
    return f'<a href="{escape(url)}">{escape(label, quote=False)}</a>'


def numbers(current: int, last: int) -> list[int | None]:
    """The page numbers to link to: the first, the last and those near the current one; None for a gap."""
    wanted = sorted({1, last, *range(max(1, current - NEAR), min(last, current + NEAR) + 1)})
    found: list[int | None] = []
    for number in wanted:
        if found and number - (found[-1] or 0) > 1:
            found.append(None)
        found.append(number)
    return found


def pages_html(overview_uri: str, part: Part, href: Href) -> str:
    """`<nav aria-label="Paginering">` with Vorige, the page numbers and Volgende; '' for a single page."""
    if part.of == 1:
        return ""
    variant = part.variant

    def url(number: int) -> str:
        return escape(href(part_uri(overview_uri, variant.sorting, variant.theme, number)))

    items = []
    if part.number > 1:
        items.append(f'<li><a href="{url(part.number - 1)}" rel="prev">Vorige<span class="kb-voor-voorlezers"> '
                     f"pagina</span></a></li>")
    for number in numbers(part.number, part.of):
        if number is None:
            items.append('<li aria-hidden="true">…</li>')
        else:
            current = ' aria-current="page"' if number == part.number else ""
            items.append(f'<li><a href="{url(number)}"{current}>'
                         f'<span class="kb-voor-voorlezers">Pagina </span>{number}</a></li>')
    if part.number < part.of:
        items.append(f'<li><a href="{url(part.number + 1)}" rel="next">Volgende<span class="kb-voor-voorlezers"> '
                     f"pagina</span></a></li>")
    return ('<nav class="kb-paginering" aria-label="Paginering" data-pagefind-ignore>\n<ul>\n'
            + "\n".join(items) + "\n</ul>\n</nav>")


def theme_choices(found: list[Variant], site: SiteContent) -> dict[str, str]:
    """The themes an overview is split by, with their names, in the order of vocabulaire.yml."""
    labels = site.vocabulary.value_lists.get("themas", {})
    return {variant.theme: labels[variant.theme] for variant in found if variant.theme and variant.theme in labels}
