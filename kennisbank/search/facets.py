"""The filters readers narrow their search results with: part of the site, page type and theme.

They come from where a page lives and from its front matter, with the names readers see in
vocabulaire.yml. Pagefind counts the results per value.
"""
from __future__ import annotations

from collections.abc import Mapping

from kennisbank.content.addresses import dossier_of
from kennisbank.content.entries import Entry
from kennisbank.content.vocabulary import Vocabulary

# Filter names as Pagefind stores them, and the headings readers see above them.
FILTERS = {"onderdeel": "Onderdeel", "soort": "Soort pagina", "thema": "Thema"}

# The parts of the site by their top folder; a dossier is named after its landing page.
PARTS = {"e-book": "E-book", "praktijkkaarten": "Praktijkkaarten", "interventies": "Interventies", "actueel": "Actueel"}
GENERAL = "Algemeen"
OVERVIEW = "Overzicht"  # generated overview pages have no type of their own


def filters(site_uri: str, entry: Entry | None, vocabulary: Vocabulary,
            dossier_titles: Mapping[str, str]) -> dict[str, list[str]]:
    """The filter values of one page (entry None: a generated page): {'onderdeel': [...], 'soort': [...], ...}."""
    page_type = vocabulary.types.get(entry.type) if entry else None
    themes = vocabulary.value_lists.get("themas", {})
    found = {
        "onderdeel": [part(site_uri, dossier_titles)],
        "soort": [page_type.label if page_type else OVERVIEW],
        "thema": [themes[code] for code in (entry.themes if entry else ())],
    }
    return {name: values for name, values in found.items() if values}


# How a page's score weighs against other pages with the same match (docs/assets/zoeken.js): the pages that
# answer a question (articles, chapters, cards, interventions: 1) above pages that point to them.
KIND_WEIGHTS = {"dossier": 0.5, "pagina": 0.5}
OVERVIEW_WEIGHT = 0.2  # generated overviews: lists of other pages' titles and summaries
WEIGHT = "gewicht"  # the metadata field with it


def excluded(meta: Mapping) -> bool:
    """A page that stays out of the index (`search: exclude: true`, as in Material): the further pages and orderings
    of a long overview (kennisbank/finding/pagination.py), which would list the same pages again."""
    search = meta.get("search")
    return isinstance(search, Mapping) and search.get("exclude") is True


def weight(entry: Entry | None, vocabulary: Vocabulary) -> float:
    if entry is None or entry.type not in vocabulary.types:
        return OVERVIEW_WEIGHT
    return KIND_WEIGHTS.get(entry.type, 1.0)


def part(site_uri: str, dossier_titles: Mapping[str, str]) -> str:
    """'dossiers/buurtkracht/abcd.md' -> 'Dossier Buurtkracht'; 'interventies/abcd.md' -> 'Interventies'."""
    dossier = dossier_of(site_uri)
    if dossier is not None:
        name = dossier_titles.get(dossier, dossier.replace("-", " ").capitalize())
        return name if name.casefold().startswith("dossier") else f"Dossier {name}"
    folders = site_uri.split("/")[:-1]
    return PARTS.get(folders[0], GENERAL) if folders else GENERAL
