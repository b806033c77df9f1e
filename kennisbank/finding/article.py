"""What an article shows around its text: reading time, dates, related pages and how to cite it."""
from __future__ import annotations

import datetime
from dataclasses import dataclass

from kennisbank.content.dates import in_words
from kennisbank.content.entries import Entry, SiteContent
from kennisbank.downloads.bookinfo import BookInfo
from kennisbank.finding import reading_time
from kennisbank.finding.citation import Book, Citation, apa
from kennisbank.finding.listing import Href, type_label
from kennisbank.finding.related import related


@dataclass(frozen=True)
class Day:
    iso: str  # for <time datetime>
    words: str  # "28 november 2026"

    @classmethod
    def of(cls, day: datetime.date | None) -> Day | None:
        return cls(day.isoformat(), in_words(day)) if day else None


@dataclass(frozen=True)
class Link:
    title: str
    href: str
    kind: str  # the page type, as readers know it


@dataclass(frozen=True)
class ArticleFacts:
    reading_time: str  # "6 minuten lezen"
    published: Day | None
    updated: Day | None  # only when later than the publication
    related: list[Link]
    citation: Citation


def facts(entry: Entry, site: SiteContent, html: str, href: Href, url: str, site_name: str,
          book: BookInfo | None) -> ArticleFacts:
    """For the article `entry` rendered as `html`, at absolute `url`; href links to other pages from it."""
    dates = entry.dates
    in_book = Book(book.title, book.year) if entry.type == "hoofdstuk" and book else None
    citation = apa(entry.title, url, site_name, author=entry.author,
                   date=dates.newest, book=in_book)
    return ArticleFacts(
        reading_time=reading_time.label(reading_time.words_in_html(html)),
        published=Day.of(dates.published),
        updated=Day.of(dates.updated),
        related=[Link(other.title, href(other.site_uri), type_label(site, other)) for other in related(entry, site)],
        citation=citation,
    )
