"""The HTML documents that become PDFs: the e-book, one article, and the set of practice cards.

The layout (pages, running header, numbers) is in the CSS files beside this module; these functions
only give the documents their structure and metadata (<title>, author, subject, keywords, lang).
"""
from __future__ import annotations

from html import escape

from kennisbank.downloads.bookinfo import BookInfo
from kennisbank.downloads.markup import Section, to_html


def book(info: BookInfo, chapters: list[Section], site_url: str, book_url: str) -> str:
    """Cover, colophon, contents with page numbers, then each chapter on a new page."""
    colophon = "".join(f"<p>{escape(paragraph)}</p>" for paragraph in info.colophon_paragraphs())
    contents = "".join(f'<li><a href="#{chapter.id}"><span>{escape(chapter.page.title)}</span></a></li>'
                       for chapter in chapters)
    body = "".join(
        f'<section class="chapter" id="{chapter.id}" aria-labelledby="{chapter.id}-titel">'
        f'<p class="chapter-number">Hoofdstuk {chapter.page.entry.chapter}</p>'
        f'<h1 id="{chapter.id}-titel">{escape(chapter.page.title)}</h1>{to_html(chapter.body)}</section>'
        for chapter in chapters)
    return _document(
        info.title, author=info.publisher, subject=info.subject, keywords=info.keywords, kind="book",
        lang=info.language, body=(
            '<section class="cover">'
            f'<h1 class="cover-title">{escape(info.title)}</h1>'
            f'<p class="cover-subtitle">{escape(info.subtitle)}</p>'
            f'<p class="cover-publisher">{escape(info.publisher)}</p>'
            f'<p class="cover-year">{info.year}</p></section>'
            '<section class="colophon" aria-labelledby="colofon"><h2 id="colofon">Colofon</h2>'
            f"{colophon}<p>Licentie: {escape(info.licence)}</p>"
            f'<p>Dit boek staat ook op de website: <a href="{escape(book_url)}">{escape(book_url)}</a></p>'
            f'<p>Uitgever: {escape(info.publisher)}, {info.year}. '
            f'<a href="{escape(site_url)}">{escape(site_url)}</a></p>'
            "</section>"
            '<section class="contents" aria-labelledby="inhoud"><h2 '
            f'id="inhoud">Inhoud</h2><ol>{contents}</ol></section>'
            f"{body}"
        ))


def article(section: Section, site_name: str, url: str, kind: str, date: str) -> str:
    """One article or intervention: compact, with the site's name, the page's address and its date."""
    page = section.page
    return _document(
        page.title, author=site_name, subject=page.entry.description, keywords=(), kind="article",
        running=url,
        body=(
            f'<header class="article-header"><p class="site-name">{escape(site_name)}</p>'
            f'<h1 id="{section.id}">{escape(page.title)}</h1>'
            f'<p class="article-facts">{escape(kind)} · {escape(date)} · <a href="{escape(url)}">{escape(url)}</a></p>'
            f"</header>{to_html(section.body)}"
        ))


def cards(title: str, cards_: list[tuple[Section, str, str]], site_name: str) -> str:
    """The practice cards, each (section, basic function, address) on a page of its own."""
    body = "".join(
        f'<section class="card" id="{card.id}" aria-labelledby="{card.id}-titel">'
        f'<p class="card-kicker">Praktijkkaart · {escape(function)}</p>'
        f'<h1 id="{card.id}-titel">{escape(card.page.title)}</h1>{to_html(card.body)}'
        f'<p class="card-url">{escape(site_name)} · <a href="{escape(url)}">{escape(url)}</a></p></section>'
        for card, function, url in cards_)
    return _document(title, author=site_name, subject=title, keywords=(), kind="cards", body=body)


def _document(title: str, author: str, subject: str, keywords: tuple[str, ...], kind: str, body: str,
              running: str = "", lang: str = "nl") -> str:
    meta = {"author": author, "description": subject, "keywords": ", ".join(keywords)}
    head = "".join(f'<meta name="{name}" content="{escape(value)}">' for name, value in meta.items() if value)
    # The running footer of an article repeats its address; CSS reads it from this attribute.
    footer = f' data-running="{escape(running)}"' if running else ""
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta '
            f'charset="utf-8"><title>{escape(title)}</title>{head}</head>'
            f'<body class="{kind}"{footer}>{body}</body></html>')
