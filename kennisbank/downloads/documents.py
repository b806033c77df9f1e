"""The Typst documents that become PDFs: the e-book, one article, and the set of practice cards.

The layout (pages, running heads, numbers, type) is in print.typ beside this module, which each document imports
(Typst then evaluates it once per build, not once per document); these functions give each
document its metadata (title, author, subject, keywords, language) and its content, converted from the pages'
cleaned HTML by typst_markup.py. Every author text goes in as an escaped string.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kennisbank.downloads.bookinfo import BookInfo
from kennisbank.downloads.markup import Section
from kennisbank.downloads.typst_markup import Converter, label, string

LAYOUT = Path(__file__).with_name("print.typ")


@dataclass(frozen=True)
class Document:
    """A document's complete Typst source, and the image files it shows with the names it gives them."""
    source: str
    images: dict[Path, str] = field(default_factory=dict)


def book(info: BookInfo, chapters: list[Section], site_url: str, book_url: str) -> Document:
    """Cover, colophon, contents with page numbers, then each chapter on a new page."""
    converter = Converter(_labels(chapters))
    colophon = "".join(f"#par[#{string(paragraph)};]\n" for paragraph in info.colophon_paragraphs())
    entries = ", ".join(f"({label(chapter.id)}, {string(chapter.page.title)})" for chapter in chapters)
    body = "".join(
        f"#pagebreak(weak: true)\n#metadata(none) {label(chapter.id)}\n#counter(footnote).update(0)\n"
        f"#kicker[#{string('Hoofdstuk ' + str(chapter.page.entry.chapter))};]\n"
        f"#heading(level: 1)[#{string(chapter.page.title)};] {label(chapter.id + '-titel')}\n"
        f"{converter.blocks(chapter.body)}\n"
        for chapter in chapters)
    language, _, region = info.language.partition("-")
    return Document(_source(
        info.title, author=info.publisher, subject=info.subject, keywords=info.keywords, layout="book",
        language=language, region=region, body=(
            f"#cover({string(info.title)}, {string(info.subtitle)}, {string(info.publisher)}, "
            f"{string(str(info.year))})\n"
            "#front-heading[Colofon]\n#[#set text(size: 9.5pt)\n"
            f"{colophon}#par[Licentie: #{string(info.licence)};]\n"
            f"#par[Dit boek staat ook op de website: #web-link({string(book_url)})[#{string(book_url)};]]\n"
            f"#par[Uitgever: #{string(info.publisher)};, #{string(str(info.year))};. "
            f"#web-link({string(site_url)})[#{string(site_url)};]]]\n"
            f"#pagebreak()\n#front-heading[Inhoud]\n#contents({entries}{',' if len(chapters) == 1 else ''})\n"
            f"{body}")), converter.images)


def article(section: Section, site_name: str, url: str, kind: str, date: str) -> Document:
    """One article or intervention: compact, with the site's name, the page's address and its date."""
    page = section.page
    converter = Converter(_labels([section], titled=False))
    content = converter.blocks(section.body)
    facts = f"#{string(f'{kind} · {date} · ')};#web-link({string(url)})[#{string(url)};]"
    return Document(_source(
        page.title, author=site_name, subject=page.entry.description, keywords=(),
        layout=f"article.with({string(url)})",
        body=(f"#article-header({string(site_name)})[#heading(level: 1)[#{string(page.title)};] {label(section.id)}\n"
              f"#article-facts[{facts}]]\n{content}")), converter.images)


def cards(title: str, cards_: list[tuple[Section, str, str]], site_name: str) -> Document:
    """The practice cards, each (section, basic function, address) starting on a right-hand page."""
    converter = Converter(_labels([card for card, _, _ in cards_]))
    body = "".join(
        f"#pagebreak(weak: true, to: \"odd\")\n#metadata(none) {label(card.id)}\n"
        f"#kicker(size: 7.5pt)[#{string('Praktijkkaart · ' + function)};]\n"
        f"#heading(level: 1)[#{string(card.page.title)};] {label(card.id + '-titel')}\n"
        f"{converter.blocks(card.body)}\n"
        f"#card-address[#{string(site_name + ' · ')};#web-link({string(url)})[#{string(url)};]]\n"
        for card, function, url in cards_)
    return Document(_source(title, author=site_name, subject=title, keywords=(), layout="cards", body=body),
                    converter.images)


def _labels(sections: list[Section], titled: bool = True) -> set[str]:
    """The ids that become Typst labels: each section's start (and title), its headings and its footnotes."""
    found: set[str] = set()
    for section in sections:
        found |= {section.id, f"{section.id}-titel"} if titled else {section.id}
        found |= {element.get("id", "") for element in section.body.iter()
                  if element.get("id") and (element.tag in ("h1", "h2", "h3", "h4", "h5", "h6", "aside"))}
    return found


def _source(title: str, author: str, subject: str, keywords: tuple[str, ...], layout: str, body: str,
            language: str = "nl", region: str = "") -> str:
    described = f", description: {string(subject)}" if subject else ""
    listed = f", keywords: ({', '.join(string(word) for word in keywords)},)" if keywords else ""
    return (f"#import {string(LAYOUT.name)}: *\n"  # pdf.py puts the layout beside the document
            f"#set document(title: {string(title)}, author: {string(author)}{described}{listed})\n"
            f"#show: base.with(lang: {string(language)}, region: {string(region) if region else 'none'})\n"
            f"#show: {layout}\n{body}")
