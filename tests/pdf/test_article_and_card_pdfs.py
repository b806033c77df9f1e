"""A PDF of each dossier article and intervention next to its page, and the practice cards as one PDF."""
import re

from book_site import book_build  # noqa: F401  (a fixture)
from pdf_helpers import SITE_CHROME, fonts, links, outline, squeeze, structure, text

from kennisbank.content import sources
from kennisbank.content.dates import in_words
from kennisbank.content.schema import parse_date
from kennisbank.downloads.publish import file_size

SITE = "https://kennisbank.example.nl/"


def pages_of_type(root, *types):
    pages, _ = sources.load(root)
    return [page for page in pages if page.source.meta.get("type") in types]


def test_every_article_and_intervention_has_its_own_tagged_pdf_with_title_address_and_date(real_build):
    articles = pages_of_type(real_build.root, "artikel", "interventie")
    assert len(articles) > 20
    for page in articles:
        folder = page.file.site_uri.removesuffix(".md")
        pdf = real_build.site / folder / f"{folder.rsplit('/', 1)[-1]}.pdf"
        found = structure(pdf)
        assert found["lang"] == "nl" and found["tagged"] and found["title"] == page.source.meta["title"]
        assert all(fonts(pdf).values())
        printed = squeeze(text(pdf))
        for expected in ("Kennisbank Actief Burgerschap", f"{SITE}{folder}/",
                         in_words(parse_date(page.source.meta["datum"]))):
            assert squeeze(expected) in printed, (pdf, expected)
        assert not [chrome for chrome in SITE_CHROME if chrome in text(pdf)]


def test_the_article_page_links_to_its_pdf_with_type_and_size(book_build):
    pdf = book_build.site / "dossiers/buurtkracht/abcd/abcd.pdf"
    link = re.search(r'<a href="abcd.pdf" type="application/pdf"[^>]*>([^<]*)</a>',
                     book_build.html("/dossiers/buurtkracht/abcd/"))
    assert link and link[1] == f"Download dit artikel (PDF, {file_size(pdf.stat().st_size)})"
    assert "Download deze interventie (PDF, " in book_build.html("/interventies/abcd/")


def test_links_to_the_rest_of_the_site_become_full_addresses(book_build):
    _, external, _ = links(book_build.site / "dossiers/buurtkracht/abcd/abcd.pdf")
    assert f"{SITE}e-book/het-eerste-idee/#begin" in external


def _cards(build):
    cards = sorted(pages_of_type(build.root, "kaart"), key=lambda page: page.source.meta["title"].casefold())
    return cards, build.site / "praktijkkaarten/praktijkkaarten.pdf"


def test_card_set_one_card_per_source_file_on_its_own_sheet(real_build, book_build):
    for build in (real_build, book_build):
        cards, pdf = _cards(build)
        bookmarks = outline(pdf)
        assert [title for title, _, _ in bookmarks] == [page.source.meta["title"] for page in cards]
        # A card is a front and a back: each starts on an odd page, two pages a card (A5); the last
        # card's back may be left off.
        assert [page for _, page, _ in bookmarks] == list(range(1, 2 * len(cards), 2))
        found = structure(pdf)
        assert found["pages"] in (2 * len(cards) - 1, 2 * len(cards))
        assert found["tagged"] and found["lang"] == "nl"
        assert all(fonts(pdf).values())


def test_cards_are_a5_and_offered_on_the_cards_page_and_each_card(book_build):
    import pikepdf

    with pikepdf.open(book_build.site / "praktijkkaarten/praktijkkaarten.pdf") as pdf:
        width, height = (float(value) for value in pdf.pages[0].MediaBox[2:])
    assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (148, 210)
    for url, href in (("/praktijkkaarten/", "praktijkkaarten.pdf"),
                      ("/praktijkkaarten/vertalen/", "../praktijkkaarten.pdf")):
        assert re.search(rf'href="{re.escape(href)}"[^>]*>Download alle praktijkkaarten om te printen \(PDF, \d+ kB\)',
                         book_build.html(url))
