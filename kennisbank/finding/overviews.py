"""The generated overview pages: per theme, target group, page type and dossier, and one page that lists them.

Their addresses are stable, because others link to them:

    /themas/                      all themes, target groups, page types and dossiers, with counts
    /themas/<thema>/              every page with that theme (code from vocabulaire.yml)
    /doelgroepen/<doelgroep>/     every page for that target group
    /soorten/<type>/              every page of that type
    /dossiers/<dossier>/overzicht/  every page in that dossier
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass
from html import escape

import yaml

from kennisbank.content import addresses
from kennisbank.content.entries import Entry, SiteContent
from kennisbank.finding import catalogue, listing, pagination
from kennisbank.finding.listing import Href


@dataclass(frozen=True)
class Overview:
    site_uri: str
    title: str
    label: str  # what the pages share: the theme, target group, type or dossier, as readers know it
    description: str
    group: str  # which kind: themas, doelgroepen, soorten or dossiers
    subject: str  # how the intro names what the pages share: "met dit thema"
    entries: tuple[Entry, ...]  # newest first
    catalogue_query: str | None = None  # "thema=wat-werkt": the catalogue filtered the same way

    @property
    def menu_title(self) -> str:
        """Its name in the navigation, where it stands below its theme, type or dossier."""
        return "Alle artikelen" if self.group == "dossiers" else self.label


PAGES = ("pagina", "pagina's")
GROUP_TITLES = {"themas": "Thema's", "doelgroepen": "Doelgroepen", "soorten": "Soorten pagina's",
                "dossiers": "Dossiers"}


def overviews(site: SiteContent) -> list[Overview]:
    """Every overview page, also for a theme or target group that has no pages yet (its address stays valid)."""
    found = []
    has_catalogue = any(e.site_uri == addresses.CATALOGUE for e in site.entries)
    interventions = catalogue.interventions(site) if has_catalogue else []
    for code, label in site.vocabulary.value_lists.get("themas", {}).items():
        pages = [e for e in site.entries if code in e.themes]
        found.append(Overview(addresses.overview("themas", code), f"Thema: {label}", label,
                              f"Alle pagina's met het thema {label}, de nieuwste eerst.", "themas", "met dit thema",
                              tuple(listing.newest_first(pages)), _query(interventions, "thema", code, "themes")))
    for code, label in site.vocabulary.value_lists.get("doelgroepen", {}).items():
        pages = [e for e in site.entries if code in e.target_groups]
        found.append(Overview(addresses.overview("doelgroepen", code), f"Doelgroep: {label}", label,
                              f"Alle pagina's voor de doelgroep {label}, de nieuwste eerst.", "doelgroepen",
                              "voor deze doelgroep", tuple(listing.newest_first(pages)),
                              _query(interventions, "doelgroep", code, "target_groups")))
    for name, page_type in site.vocabulary.types.items():
        pages = [e for e in site.entries if e.type == name]
        found.append(Overview(addresses.overview("soorten", name), f"Soort: {page_type.plural}", page_type.plural,
                              f"Alle pagina's van de soort {page_type.label}, de nieuwste eerst.", "soorten",
                              "van deze soort", tuple(listing.newest_first(pages))))
    for code, name in site.dossier_names().items():
        pages = [e for e in site.entries if e.dossier == code]
        found.append(Overview(addresses.overview("dossiers", code), f"Alle artikelen in het dossier {name}",
                              name, f"Alle artikelen in het dossier {name}, de nieuwste eerst.", "dossiers",
                              "in dit dossier", tuple(listing.newest_first(pages))))
    return found


def newest_dates(site: SiteContent) -> dict[str, datetime.date]:
    """Each overview page's date of change: that of the newest page it lists (the hub: of any page)."""
    dates = {overview.site_uri: max(days) for overview in overviews(site)
             if (days := [entry.dates.newest for entry in overview.entries if entry.dates.newest])}
    every = [entry.dates.newest for entry in site.entries if entry.dates.newest]
    if every:
        dates[addresses.HUB] = max(every)
    return dates


def markdown(overview: Overview, site: SiteContent, href: Href, part: pagination.Part | None = None,
             themes: dict[str, str] | None = None) -> str:
    """The page as MkDocs reads it: front matter, the counts, and the list of pages; for one page of a long
    overview (`part`) only its share of the list, with the choices of order and theme and the page numbers."""
    entries = part.variant.entries if part else overview.entries
    theme = part.variant.theme if part else None
    theme_label = site.vocabulary.value_lists.get("themas", {}).get(theme, theme) if theme else None
    subject = f"{overview.subject} met het thema {theme_label}" if theme_label else overview.subject
    if entries:
        parts = listing.counts_by_type(site, entries)
        total = listing.count(len(entries), *PAGES)
        verb = "is" if len(entries) == 1 else "zijn"
        if len(parts) == 1:  # one type: "Er zijn 9 artikelen in dit dossier."
            counts = f"Er {verb} {parts[0]} {subject}."
        else:
            counts = f"Er {verb} {total} {subject}: {listing.in_a_sentence(parts)}."
    else:
        counts = f"Er zijn nog geen pagina's {subject}."
    body = [f'<p class="kb-overzicht__telling">{escape(counts, quote=False)}</p>']
    if overview.catalogue_query:
        body.append(f'<p><a href="{escape(href(addresses.CATALOGUE))}?{overview.catalogue_query}">'
                    "Bekijk de interventies hiervan in de catalogus</a>, waar u ook op erkenning kunt filteren.</p>")
    if part and len(overview.entries) > len(part.entries):
        body.append(pagination.choices_html(overview.site_uri, part, themes or {}, href))
    if entries:
        body.append(listing.list_html(site, part.entries if part else entries, href))
    if part:
        body.append(pagination.pages_html(overview.site_uri, part, href))
    body.append(f'<p><a href="{escape(href(addresses.HUB))}">Alle thema\'s, doelgroepen en soorten</a></p>')
    title = pagination.title(overview.title, part, theme_label) if part else overview.title
    hidden = part is not None and part.site_uri != overview.site_uri  # in the index once: on the overview's own page
    return _front_matter(title, overview.description, hidden) + "\n\n".join(filter(None, body)) + "\n"


def hub_markdown(site: SiteContent, pages: list[Overview], href: Href) -> str:
    """/themas/: every overview page with its number of pages, per kind."""
    body = ["Hier vindt u alle pagina's van de kennisbank, geordend naar thema, doelgroep, soort en dossier. "
            "Elk overzicht toont de nieuwste pagina's eerst."]
    for group, title in GROUP_TITLES.items():
        items = [f'<li><a href="{escape(href(p.site_uri))}">{escape(p.label, quote=False)}</a> '
                 f'<span class="kb-aantal">({escape(listing.count(len(p.entries), *PAGES), quote=False)})</span></li>'
                 for p in pages if p.group == group]
        if items:
            body.append(f"## {title}\n\n" + '<ul class="kb-index">\n' + "\n".join(items) + "\n</ul>")
    return _front_matter("Thema's, doelgroepen en soorten",
                         "Vind pagina's per thema, per doelgroep, per soort en per dossier.") + "\n\n".join(body) + "\n"


def _front_matter(title: str, description: str, hidden_from_search: bool = False) -> str:
    meta = {"title": title, "description": description, **({"search": {"exclude": True}} if hidden_from_search else {})}
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\n\n"


def _query(interventions: list[Entry], parameter: str, code: str, attribute: str) -> str | None:
    """The catalogue's filter for the same theme or target group, when the catalogue has interventions with it."""
    return f"{parameter}={code}" if any(code in getattr(e, attribute) for e in interventions) else None
