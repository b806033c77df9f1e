"""The interventions catalogue: every intervention in the HTML, with filters that docs/assets/catalogus.js runs.

Without JavaScript a reader sees the whole list; the filters stay hidden, because they would do nothing.
With it, the filters show, the URL keeps their state (?thema=wat-werkt&niveau=goed-beschreven&zoek=maatje;
not `q`, which Material's search takes for itself and opens its search box with),
each filter value shows how many interventions it would give, and the result count is announced.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from kennisbank.content.entries import Entry, SiteContent
from kennisbank.finding.listing import Href, count
from kennisbank.search.words import fold  # as docs/assets/catalogus.js folds what the reader types

MARKER = "<!-- catalogus -->"  # where on that page; without it the catalogue goes at the end
SEARCH = "zoek"  # the URL parameter for the words to find
# The text fields a reader can search in, besides the title and summary.
SEARCHED_FIELDS = ("doel", "doelgroep", "aanpak", "uitvoerders", "aanbieder", "bron")


@dataclass(frozen=True)
class Filter:
    parameter: str  # in the URL: ?thema=...
    legend: str
    value_list: str  # in vocabulaire.yml
    values_of: Callable[[Entry], tuple[str, ...]]


FILTERS = (Filter("thema", "Thema", "themas", lambda entry: entry.themes),
           Filter("doelgroep", "Doelgroep", "doelgroepen", lambda entry: entry.target_groups),
           Filter("niveau", "Erkenning", "erkenningsniveaus", lambda entry: tuple(filter(None, [entry.recognition]))))
INTERVENTIONS = ("interventie", "interventies")


def interventions(site: SiteContent) -> list[Entry]:
    return sorted((e for e in site.entries if e.type == "interventie"), key=lambda e: e.title.casefold())


def html(site: SiteContent, href: Href) -> str:
    items = interventions(site)
    total = count(len(items), *INTERVENTIONS)
    return "\n".join([
        '<div class="kb-catalogus" data-kb-catalogus data-pagefind-ignore>',
        _form(site, items),
        f'<p class="kb-catalogus__resultaat" role="status" aria-live="polite" data-kb-resultaat>{total}</p>',
        '<ul class="kb-catalogus__lijst">',
        *(_item(site, entry, href) for entry in items),
        "</ul>",
        '<p class="kb-catalogus__leeg" data-kb-leeg hidden>Geen interventies gevonden. '
        "Haal een filter weg of zoek op een ander woord.</p>",
        "</div>",
    ])


def _form(site: SiteContent, items: list[Entry]) -> str:
    parts = ['<form class="kb-catalogus__filters" data-kb-filters hidden aria-label="Filter de interventies">',
             '<p class="kb-catalogus__uitleg">Kies een thema, een doelgroep of een erkenningsniveau, of zoek op een '
             "woord. Het adres van deze pagina onthoudt uw keuze: zo kunt u de lijst delen.</p>",
             '<div class="kb-catalogus__zoeken"><label for="kb-filter-zoek">Zoek in de interventies</label>',
             f'<input type="search" id="kb-filter-zoek" name="{SEARCH}" autocomplete="off"></div>']
    for filter_ in FILTERS:
        values = site.vocabulary.value_lists.get(filter_.value_list, {})
        options = []
        for code, label in values.items():
            number = sum(1 for entry in items if code in filter_.values_of(entry))
            if not number:
                continue  # a value no intervention has would only give an empty list
            id_ = f"kb-filter-{filter_.parameter}-{code}"
            options.append(f'<li><input type="checkbox" id="{id_}" name="{filter_.parameter}" value="{escape(code)}">'
                           f'<label for="{id_}">{escape(label, quote=False)} '
                           f'<span class="kb-catalogus__aantal" data-kb-aantal>({number})</span></label></li>')
        if options:
            parts.append(f'<fieldset><legend>{filter_.legend}</legend><ul>{"".join(options)}</ul></fieldset>')
    parts.append('<button type="button" class="kb-knop" data-kb-wissen>Wis alle filters</button></form>')
    return "\n".join(parts)


def _item(site: SiteContent, entry: Entry, href: Href) -> str:
    data = " ".join(f'data-{f.parameter}="{escape(" ".join(f.values_of(entry)))}"' for f in FILTERS)
    facts = [("Erkenning", site.label("erkenningsniveaus", entry.recognition or "onbekend")),
             ("Thema's", ", ".join(site.label("themas", c) for c in entry.themes)),
             ("Doelgroepen", ", ".join(site.label("doelgroepen", c) for c in entry.target_groups))]
    searched = [entry.title, entry.description, *(entry.text(name) for name in SEARCHED_FIELDS),
                *(text for _, text in facts)]
    return (f'<li class="kb-catalogus__item" data-kb-item {data} data-tekst="{escape(fold(" ".join(searched)))}">'
            f'<h3 class="kb-catalogus__titel"><a href="{escape(href(entry.site_uri))}">'
            f'{escape(entry.title, quote=False)}</a></h3>'
            f'<p>{escape(entry.description, quote=False)}</p>'
            '<dl class="kb-catalogus__gegevens">'
            + "".join(f"<dt>{name}</dt><dd>{escape(text, quote=False)}</dd>" for name, text in facts if text)
            + "</dl></li>")
