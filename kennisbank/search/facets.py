"""The filters readers narrow their search results with: part of the site, page type and theme.

They come from where a page lives and from its front matter, with the names readers see in
vocabulaire.yml. Pagefind counts the results per value.
"""
from __future__ import annotations

from collections.abc import Mapping

from kennisbank.content.vocabulary import Vocabulary

# Filter names as Pagefind stores them, and the headings readers see above them.
FILTERS = {"onderdeel": "Onderdeel", "soort": "Soort pagina", "thema": "Thema"}

# The parts of the site by their top folder; a dossier is named after its landing page.
PARTS = {"e-book": "E-book", "praktijkkaarten": "Praktijkkaarten", "interventies": "Interventies", "actueel": "Actueel"}
GENERAL = "Algemeen"
OVERVIEW = "Overzicht"  # generated overview pages have no type of their own


def filters(site_uri: str, meta: Mapping, vocabulary: Vocabulary, dossier_names: Mapping[str, str]) -> dict[str, list[str]]:
    """The filter values of one page: {'onderdeel': [...], 'soort': [...], 'thema': [...]}."""
    page_type = vocabulary.types.get(meta.get("type", ""))
    themes = vocabulary.value_lists.get("themas", {})
    found = {
        "onderdeel": [part(site_uri, dossier_names)],
        "soort": [page_type.label if page_type else OVERVIEW],
        "thema": [themes[code] for code in _codes(meta.get("themas")) if code in themes],
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


def weight(meta: Mapping, vocabulary: Vocabulary) -> float:
    page_type = meta.get("type", "")
    if page_type not in vocabulary.types:
        return OVERVIEW_WEIGHT
    return KIND_WEIGHTS.get(page_type, 1.0)


def part(site_uri: str, dossier_names: Mapping[str, str]) -> str:
    """'dossiers/buurtkracht/abcd.md' -> 'Dossier Buurtkracht'; 'interventies/abcd.md' -> 'Interventies'."""
    folders = site_uri.split("/")[:-1]
    if len(folders) >= 2 and folders[0] == "dossiers":
        name = dossier_names.get(folders[1], folders[1].replace("-", " ").capitalize())
        return name if name.casefold().startswith("dossier") else f"Dossier {name}"
    return PARTS.get(folders[0], GENERAL) if folders else GENERAL


def dossier_names(pages: Mapping[str, Mapping]) -> dict[str, str]:
    """Each dossier's short name, from the front matter of its landing page (menutitel, else title)."""
    names = {}
    for site_uri, meta in pages.items():
        folders = site_uri.split("/")
        if len(folders) == 3 and folders[0] == "dossiers" and folders[2] == "index.md":
            name = meta.get("menutitel") or meta.get("title")
            if isinstance(name, str) and name.strip():
                names[folders[1]] = name.strip()
    return names


def _codes(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    return [code for code in value or () if isinstance(code, str)]
