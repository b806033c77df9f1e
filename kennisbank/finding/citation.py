"""How to cite a page, in APA style (7th edition, Dutch conventions): "Zo verwijst u naar deze pagina"."""
from __future__ import annotations

import datetime
from dataclasses import dataclass
from html import escape

from kennisbank.content.dates import MONTHS


@dataclass(frozen=True)
class Citation:
    text: str  # for the clipboard
    html: str  # the same, with the italics APA asks for


@dataclass(frozen=True)
class Book:
    title: str
    year: int | None


def apa(title: str, url: str, site_name: str, author: str | None = None, date: datetime.date | None = None,
        book: Book | None = None) -> Citation:
    """A web page: 'Auteur. (2026, 28 november). *Titel*. Site. URL'; a chapter: 'Auteur. (2026). Titel. In *Boek*.
    URL'.

    Without an author the site (an organisation) is the author, and APA does not name it twice.
    """
    author = (author or site_name).strip()
    parts = [(_sentence(author), False)]
    if book:
        year = book.year or (date.year if date else None)
        parts += [(f"({year or 'z.d.'}).", False), (_sentence(title), False), ("In", False),
                  (_sentence(book.title), True)]
    else:
        when = f"{date.year}, {date.day} {MONTHS[date.month - 1]}" if date else "z.d."
        parts += [(f"({when}).", False), (_sentence(title), True)]
        if author != site_name:
            parts.append((_sentence(site_name), False))
    parts.append((url, False))
    text = " ".join(part for part, _ in parts)
    html = " ".join(f"<i>{escape(part, quote=False)}</i>" if italic else escape(part, quote=False)
                    for part, italic in parts)
    return Citation(text, html)


def _sentence(text: str) -> str:
    """A part of the reference ends with a full stop, unless it already ends with punctuation."""
    text = text.strip()
    return text if text[-1:] in ".?!" else text + "."
