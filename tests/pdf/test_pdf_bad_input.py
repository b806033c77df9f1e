"""Bad input for the PDFs stops the build with a Dutch message naming the file; never a traceback."""
import pytest
from book_site import BOOK_FILES, BOOK_YML

from conftest import make_site, page, run_build

CHAPTER = "ebook/samen-verder.md"
CARD = "docs/praktijkkaarten/verbinden.md"

CASES = {
    "chapter without title": (CHAPTER, page("hoofdstuk", title=None, hoofdstuk=3),
                              f"{CHAPTER}:1: het veld 'title' ontbreekt"),
    "missing image": (CHAPTER, page("hoofdstuk", title="Samen", hoofdstuk=3, body="![Een kaart](kaart.png)\n"),
                      f"{CHAPTER}:8: de afbeelding 'kaart.png' bestaat niet"),
    "footnote never defined": (CHAPTER, page("hoofdstuk", title="Samen", hoofdstuk=3, body="Tekst.[^3]\n"),
                               f"{CHAPTER}:8: de voetnoot [^3] wordt nergens uitgelegd"),
    "cross-link to a missing heading": (CHAPTER, page("hoofdstuk", title="Samen", hoofdstuk=3,
                                                      body="Zie [het begin](het-eerste-idee.md#nergens).\n"),
                                        f"{CHAPTER}:8: de link naar 'het-eerste-idee.md#nergens' werkt niet"),
    "two chapters with one number": (CHAPTER, page("hoofdstuk", title="Samen", hoofdstuk=2),
                                     f"{CHAPTER}: hoofdstuk 2 bestaat al: ebook/aan-de-slag.md"),
    "image from another website": (CHAPTER, page("hoofdstuk", title="Samen", hoofdstuk=3,
                                                 body="![Een kaart](https://example.org/kaart.png)\n"),
                                   f"{CHAPTER}:8: de afbeelding 'https://example.org/kaart.png' staat niet op "
                                   "deze site"),
    "card longer than a front and a back": (
        CARD, page("kaart", title="Verbinden", basisfunctie="verbinden",
                   body="## Vragen\n\n" + "".join(f"- Wie in de buurt helpt bij klus {n}?\n" for n in range(1, 160))),
        f"{CARD}: de praktijkkaart is te lang voor één kaart in praktijkkaarten/praktijkkaarten.pdf"),
    "book without a year": ("ebook/boek.yml", BOOK_YML.replace("jaar: 2026", "jaar: binnenkort"),
                            "ebook/boek.yml:4: het veld 'jaar' moet een jaartal zijn"),
}


@pytest.mark.parametrize("name, text, expected", CASES.values(), ids=CASES.keys())
def test_bad_input_for_the_book_stops_the_build_in_dutch(tmp_path, name, text, expected):
    build = run_build(make_site(tmp_path, {**BOOK_FILES, name: text}))
    assert build.returncode != 0
    assert "Traceback" not in build.output
    assert expected in build.output, build.output
    assert "De site is niet gebouwd" in build.output
