"""Machine-readable facts about a page: schema.org JSON-LD and Open Graph, for those who cite and aggregate us.

Types: an article or practice card is an Article, a news item a NewsArticle; an e-book chapter a Chapter of the Book
(the e-book's landing page, with the data of ebook/boek.yml); an intervention a WebPage whose main entity is a
Service (schema.org has no type for a social intervention; a Service is what providers deliver to an audience, and it
can carry an award: the recognition level); overview pages are CollectionPages; the home page is the WebSite.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kennisbank.content import addresses
from kennisbank.content.entries import Entry, SiteContent
from kennisbank.downloads.bookinfo import BookInfo
from kennisbank.downloads.bookinfo import load as load_book_info
from kennisbank.problems import ContentError

# The page types that schema.org calls an article, with its type for them (not entries.STANDALONE_TYPES).
SCHEMA_ORG_ARTICLES = {"artikel": "Article", "kaart": "Article", "nieuws": "NewsArticle"}


@dataclass(frozen=True)
class PageFacts:
    """What every page has, also a generated one without an entry."""
    title: str
    description: str
    url: str  # absolute
    site_name: str
    site_url: str
    image: str = ""  # absolute URL of the site's one sharing image (SITE_IMAGE), or "" without a site URL


# The picture a link preview shows, for every page: the site's name on its colours, 1200 x 630 px (the size Open
# Graph readers ask for). Made by us with Pillow from our own font; no page has an image of its own.
SITE_IMAGE = "assets/deelbeeld.png"
SITE_IMAGE_ALT = "Kennisbank Actief Burgerschap: vrijwillige inzet, buurt- en dorpskracht en de rol van de gemeente"


def load_book(root: Path) -> BookInfo | None:
    """The e-book's data (ebook/boek.yml), or None without an e-book. When the file has errors, the e-book's own
    build step (hooks/downloads.py) reports them; the metadata then leaves the book out."""
    try:
        return load_book_info(root)
    except ContentError:
        return None


def json_ld(facts: PageFacts, entry: Entry | None, site: SiteContent, url_of: Callable[[str], str],
            book: BookInfo | None, is_overview: bool = False) -> dict:
    """The JSON-LD object for a page; url_of gives the absolute URL of another page by its site path."""
    publisher = {"@type": "Organization", "name": facts.site_name, "url": facts.site_url}
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": "WebPage", "name": facts.title, "url": facts.url,
            "inLanguage": "nl", "publisher": publisher}
    if facts.description:
        data["description"] = facts.description
    if entry is None:
        if is_overview:
            data["@type"] = "CollectionPage"
        return data

    data.update(_dates(entry))
    if entry.themes:
        data["keywords"] = [site.label("themas", code) for code in entry.themes]
    if entry.target_groups:
        data["audience"] = [{"@type": "Audience", "audienceType": site.label("doelgroepen", code)}
                            for code in entry.target_groups]
    if entry.site_uri == addresses.HOME:
        data["@type"] = "WebSite"
    elif entry.type in SCHEMA_ORG_ARTICLES:
        data.update({"@type": SCHEMA_ORG_ARTICLES[entry.type], "headline": facts.title,
                     "author": {"@type": "Person", "name": entry.author} if entry.author else publisher})
        if facts.image:
            data["image"] = facts.image
        dossier = addresses.dossier_landing(entry.dossier) if entry.dossier else None
        if dossier and dossier in site.by_uri:
            data["isPartOf"] = {"@type": "CollectionPage", "name": site.by_uri[dossier].title, "url": url_of(dossier)}
    elif entry.type == "hoofdstuk":
        data.update({"@type": "Chapter", "headline": facts.title, "author": publisher})
        if entry.chapter is not None:
            data["position"] = entry.chapter
        if book:
            data["isPartOf"] = {"@type": "Book", "name": book.title, "url": url_of(addresses.BOOK)}
    elif entry.type == "interventie":
        data["mainEntity"] = _service(entry, site)
    elif entry.site_uri == addresses.BOOK and book:
        # The book's datePublished stays the landing page's full date (from _dates): boek.yml only has a year.
        data.update(_book(book, site, url_of, publisher))
    elif entry.type == "dossier" or is_overview:
        data["@type"] = "CollectionPage"
    return data


def _dates(entry: Entry) -> dict:
    dates = {}
    if entry.dates.published:
        dates["datePublished"] = entry.dates.published.isoformat()
    if entry.dates.newest:
        dates["dateModified"] = entry.dates.newest.isoformat()
    return dates


def _service(entry: Entry, site: SiteContent) -> dict:
    service: dict[str, Any] = {"@type": "Service", "name": entry.title, "serviceType": "Sociale interventie"}
    if entry.goal:
        service["description"] = entry.goal
    if entry.audience:
        service["audience"] = {"@type": "Audience", "audienceType": entry.audience}
    if entry.recognition and entry.is_recognised:
        service["award"] = f"Erkend als {site.label('erkenningsniveaus', entry.recognition)}"
    return service


def _book(book: BookInfo, site: SiteContent, url_of: Callable[[str], str], publisher: dict) -> dict:
    chapters = sorted((e for e in site.entries if e.type == "hoofdstuk" and e.chapter is not None),
                      key=lambda e: e.chapter or 0)
    return {"@type": "Book", "name": book.title, "alternativeHeadline": book.subtitle, "author": publisher,
            "publisher": {"@type": "Organization", "name": book.publisher},
            "inLanguage": book.language, "license": book.licence, "keywords": list(book.keywords),
            "abstract": book.subject,
            "hasPart": [{"@type": "Chapter", "name": c.title, "position": c.chapter, "url": url_of(c.site_uri)}
                        for c in chapters]}


def open_graph(facts: PageFacts, entry: Entry | None, site: SiteContent) -> list[tuple[str, str]]:
    """Open Graph properties (for link previews): (property, content) pairs, in order."""
    kind = "website"
    if entry is not None and entry.type in (*SCHEMA_ORG_ARTICLES, "hoofdstuk", "interventie"):
        kind = "article"
    elif entry is not None and entry.site_uri == addresses.BOOK:
        kind = "book"
    tags = [("og:type", kind), ("og:title", facts.title), ("og:url", facts.url), ("og:site_name", facts.site_name),
            ("og:locale", "nl_NL")]
    if facts.description:
        tags.append(("og:description", facts.description))
    if facts.image:
        tags += [("og:image", facts.image), ("og:image:width", "1200"), ("og:image:height", "630"),
                 ("og:image:alt", SITE_IMAGE_ALT)]
    if kind == "article" and entry is not None:
        if entry.dates.published:
            tags.append(("article:published_time", entry.dates.published.isoformat()))
        if entry.dates.newest:
            tags.append(("article:modified_time", entry.dates.newest.isoformat()))
        tags += [("article:tag", site.label("themas", code)) for code in entry.themes]
    return tags
