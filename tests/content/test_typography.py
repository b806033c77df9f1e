"""Dutch typography in the HTML, the PDF and the EPUB: curly quotes and apostrophes, en dashes in ranges; not in
code."""
import zipfile

import pytest

from conftest import FIXTURE_FILES, make_site, page, run_build
from kennisbank.html.typography_extension import en_dashes
from pdf.book_site import BOOK_YML
from pdf.pdf_helpers import text as pdf_text

BODY = ("Zo'n aanpak heet \"Buurtcirkel\" of 'Welzijn op Recept'. Dat was in 2015-2020, met 9-12 deelnemers.\n\n"
        "Code blijft: `zo'n \"x\" 2015-2020`.\n\n```\nprint('zo\\'n', \"2015-2020\")\n```\n\n"
        "Lees [de pagina 'Start'](/index.md).\n")


@pytest.mark.parametrize("before, after", [
    ("2015-2020", "2015–2020"), ("9-12 deelnemers", "9–12 deelnemers"), ("van 1995-2010.", "van 1995–2010."),
    ("2026-11-28", "2026-11-28"), ("978-90-8869-098-3", "978-90-8869-098-3"), ("06-12345678", "06-12345678"),
    ("een score van 10-5", "een score van 10-5"), ("A-2015-2020", "A-2015-2020"), ("1,5-2", "1,5-2"),
])
def test_an_en_dash_only_in_a_range(before, after):
    assert en_dashes(before) == after


@pytest.fixture(scope="module")
def typeset(tmp_path_factory):
    files = {**FIXTURE_FILES,
             "dossiers/buurtkracht/abcd.md": page("artikel", title="Asset Based Community Development",
                                                  body="## De vijf stappen\n\n" + BODY),
             "ebook/het-eerste-idee.md": page("hoofdstuk", title="Het eerste idee", hoofdstuk=1,
                                              body="## Begin\n\n" + BODY),
             "ebook/boek.yml": BOOK_YML}
    build = run_build(make_site(tmp_path_factory.mktemp("typografie"), files))
    assert build.returncode == 0, build.output
    return build


def test_the_html_has_curly_quotes_and_en_dashes_but_code_is_left_alone(typeset):
    html = typeset.html("/dossiers/buurtkracht/abcd/")
    assert "Zo’n aanpak heet “Buurtcirkel” of ‘Welzijn op Recept’. Dat was in 2015–2020, met 9–12 deelnemers." in html
    assert "<code>zo'n \"x\" 2015-2020</code>" in html or "<code>zo'n &quot;x&quot; 2015-2020</code>" in html
    code_block = html.split("<pre", 1)[1].split("</pre>", 1)[0]
    assert "’" not in code_block and "“" not in code_block and "–" not in code_block
    assert "de pagina ‘Start’</a>" in html and 'href="../../../"' in html


def test_the_pdf_has_them_too(typeset):
    text = " ".join(pdf_text(typeset.site / "dossiers/buurtkracht/abcd/abcd.pdf").split())
    assert "Zo’n aanpak heet “Buurtcirkel”" in text and "2015–2020" in text


def test_the_epub_has_them_too(typeset):
    with zipfile.ZipFile(typeset.site / "e-book/stappen-in-buurt-en-dorpskracht.epub") as epub:
        chapters = " ".join(epub.read(name).decode() for name in epub.namelist() if name.endswith(".xhtml"))
    assert "Zo’n aanpak heet “Buurtcirkel”" in chapters and "2015–2020" in chapters
