"""Everything to download, made during the site build: the e-book (PDF and EPUB), a PDF of each article and
intervention, and the practice cards as one printable PDF. Returns which page offers which download.
"""
from __future__ import annotations

import datetime
import io
import posixpath
from dataclasses import dataclass
from html import escape
from pathlib import Path

import pikepdf
from markdown.extensions.toc import slugify

from kennisbank.content import addresses, dates, entries, order, sources
from kennisbank.downloads import bookinfo, documents, epub, markup
from kennisbank.downloads.markup import RenderedPage, Section
from kennisbank.downloads.pdf import Job, PdfWriter
from kennisbank.problems import ContentError, Problem

FONTS = "docs/assets/fonts"
CACHE_FOLDER = ".cache/pdf"  # outside site/ and the sources; in .gitignore
BOOK_FOLDER = next(collection.site_path for collection in sources.COLLECTIONS if collection.folder == "ebook")
CARDS_PDF = "praktijkkaarten/praktijkkaarten.pdf"
# The page types that get a PDF of their own, and what the link to it says.
ARTICLE_LINKS = {"artikel": "Download dit artikel", "interventie": "Download deze interventie"}
MEDIA_TYPES = {"PDF": "application/pdf", "EPUB": "application/epub+zip"}


@dataclass(frozen=True)
class Download:
    path: str  # on the site, from its root: "e-book/stappen-in-buurt-en-dorpskracht.pdf"
    text: str  # "Download het e-book"
    kind: str  # "PDF" or "EPUB"
    size: int  # bytes

    def label(self) -> str:
        return f"{self.text} ({self.kind}, {file_size(self.size)})"


@dataclass(frozen=True)
class BuiltSite:
    """The site being built, which the downloads are written into, and where its content comes from."""

    root: Path  # the repository: content, ebook/boek.yml, fonts
    out: Path  # the built site (site_dir)
    url: str  # site_url, ending in "/"
    name: str  # site_name
    assets: dict[str, Path]  # a file's path on the site ("e-book/kaart.png") -> the file on disk


def publish(site: BuiltSite, content: entries.SiteContent,
            rendered: dict[str, tuple[str, str]]) -> tuple[dict[str, list[Download]], PdfWriter]:
    """Write every download into site.out; per page (its source path on the site) the downloads it offers.

    content: every page's entry; rendered: per page (site path of its source, "e-book/volhouden.md") its address
    and rendered HTML.
    Also returns the PDF writer, which counts what it rendered. Raises ContentError with what an author must fix.
    """
    build = _Build(site, content, rendered)
    offers: dict[str, list[Download]] = {}
    problems: list[Problem] = []
    with build.writer:  # its worker processes end here
        for make in (build.book, build.articles, build.cards):
            try:
                for download, pages in make():
                    for uri in pages:
                        offers.setdefault(uri, []).append(download)
            except ContentError as error:
                problems += error.problems
    if problems:
        raise ContentError(problems)
    build.writer.forget_unused()
    return offers, build.writer


class _Build:
    def __init__(self, site: BuiltSite, content: entries.SiteContent, rendered: dict[str, tuple[str, str]]):
        self.site = site
        self.writer = PdfWriter(site.root / FONTS, site.root / CACHE_FOLDER,
                                [site.root / collection.folder for collection in (sources.DOCS, *sources.COLLECTIONS)])
        self.content = content
        self.pages = {entry.site_uri: RenderedPage(entry.path, rendered[entry.site_uri][0], entry,
                                                   rendered[entry.site_uri][1])
                      for entry in content.entries if entry.site_uri in rendered}

    def of_type(self, page_type: str) -> dict[str, RenderedPage]:
        return {uri: page for uri, page in self.pages.items() if page.entry.type == page_type}

    def book(self):
        info = bookinfo.load(self.site.root)
        chapters = dict(sorted(self.of_type("hoofdstuk").items(), key=lambda item: item[1].entry.chapter or 0))
        if info is None or not chapters:
            return
        _check_numbers(list(chapters.values()))
        sections = markup.sections([(page, f"h{page.entry.chapter}-") for page in chapters.values()],
                                   self.site.url, self.site.assets)
        name = slugify(info.title, "-")
        book_url = f"{self.site.url}{BOOK_FOLDER}/"
        pdf = self.site.out / BOOK_FOLDER / f"{name}.pdf"
        self.writer.write(Job(documents.book(info, sections, self.site.url, book_url), pdf, bookinfo.BOOK_FILE))
        published = [day for page in chapters.values() if (day := page.entry.dates.published)]
        book_epub = self.site.out / BOOK_FOLDER / f"{name}.epub"
        epub.write(book_epub, info, sections, book_url, max(published, default=datetime.date(info.year, 1, 1)))
        on = [f"{BOOK_FOLDER}/index.md", *chapters]
        yield Download(f"{BOOK_FOLDER}/{pdf.name}", "Download het e-book", "PDF", pdf.stat().st_size), on
        yield Download(f"{BOOK_FOLDER}/{book_epub.name}", "Download het e-book", "EPUB",
                       book_epub.stat().st_size), on

    def articles(self):
        problems = []
        jobs, offers = [], []
        for page_type, text in ARTICLE_LINKS.items():
            for uri, page in self.of_type(page_type).items():
                try:
                    [section] = markup.sections([(page, "a-")], self.site.url, self.site.assets)
                except ContentError as error:
                    problems += error.problems
                    continue
                published = page.entry.dates.published
                date = dates.in_words(published) if published else self.content.vocabulary.unknown
                slug = posixpath.basename(page.url.rstrip("/")) or "index"
                document = documents.article(section, self.site.name, self.site.url + page.url,
                                             self.content.vocabulary.types[page_type].label, date)
                jobs.append(Job(document, self.site.out / page.url / f"{slug}.pdf", page.path))
                offers.append((f"{page.url}{slug}.pdf", text, uri))
        if problems:
            raise ContentError(problems)
        self.writer.write_all(jobs)
        for job, (url, text, uri) in zip(jobs, offers, strict=True):
            yield Download(url, text, "PDF", job.target.stat().st_size), [uri]

    def cards(self):
        cards = sorted(self.of_type("kaart").items(),
                       key=lambda item: order.order_key(item[0], item[1].title, item[1].entry.chapter,
                                                        item[1].entry.news_day))
        if not cards:
            return
        sections = markup.sections([(page, f"k{index}-") for index, (_, page) in enumerate(cards, 1)],
                                   self.site.url, self.site.assets)
        index = self.pages.get(addresses.CARDS)
        document = documents.cards(index.title if index else "Praktijkkaarten", [
            (section, self.content.label("basisfuncties", section.page.entry.basic_function or ""),
             self.site.url + section.page.url) for section in sections], self.site.name)
        target = self.site.out / CARDS_PDF
        self.writer.write(Job(document, target, addresses.CARDS),
                          check=lambda pdf: _check_card_lengths(sections, pdf))
        on = [addresses.CARDS, *(uri for uri, _ in cards)]
        yield Download(CARDS_PDF, "Download alle praktijkkaarten om te printen", "PDF", target.stat().st_size), on


def _check_card_lengths(cards: list[Section], pdf: bytes) -> None:
    """A card is one sheet: a front and a back (print.typ). Longer cards are for their authors to shorten.
    Each card's title is a bookmark: the pages from one to the next are the card's."""
    with pikepdf.open(io.BytesIO(pdf)) as document:
        pages = {page.objgen: number for number, page in enumerate(document.pages)}
        with document.open_outline() as outline:
            # Typst writes each bookmark's destination as [page, /XYZ, …]
            firsts = [pages[item.destination[0].objgen] for item in outline.root  # type: ignore[index]
                      ] + [len(document.pages)]
    problems = [Problem(card.page.path, None, (
        f"de praktijkkaart is te lang voor één kaart in {CARDS_PDF}: een kaart is een voor- en een achterkant "
        f"op A5, deze tekst vult {firsts[index + 1] - firsts[index]} kanten. Maak de tekst korter, "
        "bijvoorbeeld het voorbeeld of de uitleg.")) for index, card in enumerate(cards)
        if firsts[index + 1] - firsts[index] > 2]
    if problems:
        raise ContentError(problems)


def _check_numbers(chapters: list[RenderedPage]) -> None:
    seen: dict[int, str] = {}
    problems = []
    for page in chapters:
        number = page.entry.chapter
        if number is None:  # a chapter without a number is stopped by the validation before this
            continue
        if number in seen:
            problems.append(Problem(page.path, None, f"hoofdstuk {number} bestaat al: {seen[number]}. "
                                    "Geef elk hoofdstuk een eigen nummer in het veld 'hoofdstuk'."))
        seen.setdefault(number, page.path)
    if problems:
        raise ContentError(problems)


def file_size(size: int) -> str:
    """A file size as Dutch readers write it: '85 kB', '2,3 MB' (1 kB = 1000 bytes)."""
    kilobytes = round(size / 1000)
    if kilobytes < 1000:
        return f"{max(1, kilobytes)} kB"
    return f"{size / 1_000_000:.1f} MB".replace(".", ",")


def links_html(downloads: list[Download], page_url: str) -> str:
    """The download links for the top of a page; page_url is the page's address from the site root."""
    links = " ".join(
        f'<a href="{escape(posixpath.relpath(download.path, page_url or "."))}" '
        f'type="{MEDIA_TYPES[download.kind]}">{escape(download.label())}</a>' for download in downloads)
    return f'<p class="kb-downloads" data-pagefind-ignore>{links}</p>'
