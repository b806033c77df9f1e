"""The site's addresses in one place: its well-known pages, where each page type lives, the addresses the build
generates (overview pages, the search page, the feed), and whether an author's file takes one of them.

Addresses are site paths, as MkDocs names a page's source ("themas/index.md" is /themas/). Others link to these
addresses, so they stay stable; `make check` learns them from here without building a page.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from kennisbank.content.vocabulary import Vocabulary
from kennisbank.problems import Problem

# Well-known pages, by site path.
HOME = "index.md"
BOOK = "e-book/index.md"  # the e-book's landing page
CARDS = "praktijkkaarten/index.md"  # the practice cards, and the PDF of all of them
CATALOGUE = "interventies/index.md"  # the catalogue of interventions
NEWS = "actueel/index.md"  # the news overview
HUB = "themas/index.md"  # the overview of every theme, target group, page type and dossier
SEARCH = "zoeken.md"  # the search results page, /zoeken/
FEED = "feed.xml"

DOSSIERS = "dossiers"  # every dossier is a folder here: dossiers/<dossier>/index.md is its landing page
# The generated overview of each theme, target group, page type (codes of vocabulaire.yml) and dossier (its folder).
OVERVIEWS = {"themas": "themas/{}.md", "doelgroepen": "doelgroepen/{}.md", "soorten": "soorten/{}.md",
             "dossiers": DOSSIERS + "/{}/overzicht.md"}

# Where `make nieuw` puts a page of each type, as a folder on the site (an article and a dossier: in their dossier).
TYPE_FOLDERS = {"hoofdstuk": "e-book", "kaart": "praktijkkaarten", "interventie": "interventies", "nieuws": "actueel",
                "pagina": ""}

# First parts of addresses the build itself writes files or folders at (besides the pages): Material's and our
# assets, the search index, the feed, the sitemap, the host's files.
RESERVED = ("assets", "pagefind", SEARCH.removesuffix(".md"), FEED, "sitemap.xml", "sitemap.xml.gz", "404.html",
            "robots.txt", "_headers", "_host", "search")


def dossier_of(site_uri: str) -> str | None:
    """The dossier a site path lies in: 'dossiers/buurtkracht/abcd.md' -> 'buurtkracht', and so for its landing page
    'dossiers/buurtkracht/index.md'; None outside a dossier."""
    parts = site_uri.split("/")
    return parts[1] if len(parts) >= 3 and parts[0] == DOSSIERS else None


def is_dossier_landing(site_uri: str) -> bool:
    """'dossiers/buurtkracht/index.md': the dossier's own start page."""
    return dossier_of(site_uri) is not None and site_uri.count("/") == 2 and site_uri.endswith("/index.md")


def dossier_article(site_uri: str) -> str | None:
    """The dossier of a page right inside a dossier's folder, not its landing page: 'dossiers/x/abcd.md' -> 'x'."""
    return dossier_of(site_uri) if site_uri.count("/") == 2 and not is_dossier_landing(site_uri) else None


def dossier_landing(dossier: str) -> str:
    return f"{DOSSIERS}/{dossier}/index.md"


def overview(group: str, code: str) -> str:
    """The overview page of one theme, target group, page type or dossier: overview("themas", "wat-werkt")."""
    return OVERVIEWS[group].format(code)


def overviews(vocabulary: Vocabulary, site_uris: Iterable[str]) -> list[str]:
    """Every generated overview page, the hub first: one per theme, target group and page type of the vocabulary,
    and one per dossier that has a landing page among site_uris."""
    codes = {"themas": list(vocabulary.value_lists.get("themas", {})),
             "doelgroepen": list(vocabulary.value_lists.get("doelgroepen", {})), "soorten": list(vocabulary.types),
             "dossiers": sorted(dossier_of(uri) or "" for uri in site_uris if is_dossier_landing(uri))}
    return [HUB, *(overview(group, code) for group in OVERVIEWS for code in codes[group])]


def generated(vocabulary: Vocabulary, site_uris: Iterable[str]) -> set[str]:
    """The site paths of every page and file the build generates, which authors may link to like any page."""
    return {*overviews(vocabulary, site_uris), SEARCH, FEED}


def taken(claims: Mapping[str, str], sources: Mapping[str, str]) -> list[Problem]:
    """A problem for each author's file at an address the site generates itself.

    claims: per generated address (site path) what the site puts there ("de zoekpagina"); sources: per author's
    file its site path -> its path in the repository. A page also takes the address of 'x.md' as 'x/index.md'.
    """
    problems = []
    for uri, what in claims.items():
        for clash in (uri, _as_folder(uri)):
            if clash is not None and clash in sources:
                problems.append(Problem(sources[clash], None, f"op deze plek (/{_shown(uri)}) zet de site zelf {what}. "
                                        "Geef het bestand een andere naam."))
    return problems


def _as_folder(site_uri: str) -> str | None:
    """The other source of the same address: 'zoeken.md' -> 'zoeken/index.md'; None for 'x/index.md' and a file."""
    if not site_uri.endswith(".md") or site_uri == HOME or site_uri.endswith("/index.md"):
        return None
    return site_uri.removesuffix(".md") + "/index.md"


def url_path(site_uri: str) -> str:
    """Where a page is for readers, without slashes: 'a/b.md' and 'a/b/index.md' are both at 'a/b', 'index.md' at ''."""
    stem = site_uri.removesuffix(".md")
    return "" if stem == "index" else stem.removesuffix("/index")


def _shown(site_uri: str) -> str:
    """How readers see an address: 'zoeken.md' -> 'zoeken/', 'themas/index.md' -> 'themas/'."""
    path = url_path(site_uri)
    return f"{path}/" if path else ""
