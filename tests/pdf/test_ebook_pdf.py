"""The e-book PDF as a reader's software sees it: complete, tagged, in Dutch, navigable, self-contained."""
import re

import pytest
from book_site import book_build  # noqa: F401  (a fixture)
from pdf_helpers import SITE_CHROME, first_sentence, fonts, links, outline, squeeze, structure, text
from pypdf import PdfReader

from kennisbank.content import sources
from kennisbank.downloads import bookinfo
from kennisbank.downloads.publish import file_size

BOOK = "e-book/stappen-in-buurt-en-dorpskracht.pdf"


def chapters(root):
    pages, _ = sources.load(root)
    return sorted((page for page in pages if page.source.meta.get("type") == "hoofdstuk"),
                  key=lambda page: page.source.meta["hoofdstuk"])


@pytest.fixture(params=["real", "fixture"])
def build(request, real_build, book_build):
    """The shipped book and the small test book (figure, footnote, details, table) both."""
    return real_build if request.param == "real" else book_build


def test_each_chapter_starts_a_new_page_after_cover_colophon_and_contents(build):
    book = chapters(build.root)
    starts = [page for _, page, _ in outline(build.site / BOOK)]
    assert starts[0] == 4  # cover, colophon, contents
    assert starts == sorted(set(starts))
    assert structure(build.site / BOOK)["pages"] >= starts[-1] >= len(book) + 3


def test_one_bookmark_per_chapter_in_chapter_order_with_its_sections(build):
    book = chapters(build.root)
    bookmarks = outline(build.site / BOOK)
    assert [title for title, _, _ in bookmarks] == [page.source.meta["title"] for page in book]
    for (_, _, sections), page in zip(bookmarks, book, strict=True):
        headings = re.findall(r"^## (.+?)\s*$", page.source.body, re.MULTILINE)
        assert sections == [re.sub(r"<[^>]+>|\*\*|`", "", heading) for heading in headings]


def test_contents_give_the_page_where_each_chapter_starts(build):
    contents = PdfReader(build.site / BOOK).pages[2].extract_text()
    for title, page, _ in outline(build.site / BOOK):
        assert re.search(rf"{re.escape(title)}[ .]*\b{page}$", contents, re.MULTILINE), (title, page)


def test_pages_have_numbers_and_the_chapter_title_on_top(build):
    pages = [page.extract_text() for page in PdfReader(build.site / BOOK).pages]
    bookmarks = outline(build.site / BOOK)
    for (title, start, _), (_, next_start, _) in zip(bookmarks, [*bookmarks[1:], ("", len(pages) + 1, [])],
                                                     strict=True):
        for number in range(start, next_start):
            lines = pages[number - 1].splitlines()
            assert title in lines and str(number) in lines, (title, number)


def test_the_pdf_is_tagged_dutch_and_says_what_it_is(build):
    info = bookinfo.load(build.root)
    found = structure(build.site / BOOK)
    assert found["lang"] == "nl"
    assert found["tagged"]
    assert (found["title"], found["author"], found["subject"]) == (info.title, info.publisher, info.subject)
    assert found["keywords"] == ", ".join(info.keywords)


def test_all_fonts_are_embedded_open_fonts(build):
    used = fonts(build.site / BOOK)
    assert used and all(used.values())
    assert all("SourceSans3" in name for name in used)  # subsets: "ABCDEF+SourceSans3-Bold"


def test_each_chapter_title_and_first_sentence_is_in_the_text(build):
    found = squeeze(text(build.site / BOOK))
    for page in chapters(build.root):
        assert squeeze(page.source.meta["title"]) in found
        assert squeeze(first_sentence(page.source.body)) in found, first_sentence(page.source.body)


def test_cover_colophon_and_contents_come_from_boek_yml(build):
    info = bookinfo.load(build.root)
    found = squeeze(text(build.site / BOOK))
    for value in (info.title, info.subtitle, info.publisher, str(info.year), info.licence, "Inhoud", "Colofon"):
        assert squeeze(value) in found


def test_internal_links_resolve_and_other_links_are_full_addresses(build):
    internal, external, destinations = links(build.site / BOOK)
    assert internal and set(internal) <= destinations
    assert all(re.match(r"(https?|mailto|tel):", uri) for uri in external)


def test_none_of_the_site_around_the_text_is_in_the_pdf(build):
    found = text(build.site / BOOK)
    assert [chrome for chrome in SITE_CHROME if chrome in found] == []


def test_a_link_to_another_chapter_jumps_to_its_heading(book_build):
    internal, _, _ = links(book_build.site / BOOK)
    assert "h1-begin" in internal  # "Aan de slag" and "Samen verder" link to "het-eerste-idee.md#begin"


def test_figure_caption_footnote_opened_details_checklist_and_table_are_printed(book_build):
    found = text(book_build.site / BOOK)
    for expected in ("Figuur 1. Een schets van de buurt.", "Een voetnoot met de bron van dit hoofdstuk.",
                     "Wat er in het blok staat", "Deze tekst staat in een ingeklapt blok.",
                     "Het eerste punt om af te vinken", "Buurt", "Dorp"):
        assert expected in found


def test_the_figure_is_an_image_in_the_pdf(book_build):
    import pikepdf

    with pikepdf.open(book_build.site / BOOK) as pdf:
        images = [name for page in pdf.pages for name, image in (page.Resources.get("/XObject") or {}).items()
                  if image.get("/Subtype") == "/Image"]
    assert images


@pytest.mark.parametrize("url", ["/e-book/", "/e-book/het-eerste-idee/"])
def test_the_site_offers_pdf_and_epub_with_type_and_size(book_build, url):
    html = book_build.html(url)
    for kind, suffix in (("PDF", "pdf"), ("EPUB", "epub")):
        size = file_size((book_build.site / BOOK).with_suffix(f".{suffix}").stat().st_size)
        assert re.search(rf'href="[./]*stappen-in-buurt-en-dorpskracht\.{suffix}"[^>]*>'
                         rf"Download het e-book \({kind}, {size}\)</a>", html), kind
    assert re.fullmatch(r"\d+(,\d)? (kB|MB)", size)
