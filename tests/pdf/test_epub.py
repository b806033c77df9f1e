"""The e-book as EPUB 3: valid for epubcheck, in Dutch, with a table of contents and the same chapters."""
import re
import zipfile

import pytest
from book_site import book_build  # noqa: F401  (a fixture)
from pdf_helpers import epubcheck

from kennisbank.book import bookinfo

EPUB = "e-book/stappen-in-buurt-en-dorpskracht.epub"


@pytest.fixture(params=["real", "fixture"])
def build(request, real_build, book_build):
    return real_build if request.param == "real" else book_build


def test_the_epub_passes_epubcheck(build):
    result = epubcheck(build.site / EPUB)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No errors or warnings detected" in result.stdout + result.stderr


def test_mimetype_comes_first_and_uncompressed(build):
    with zipfile.ZipFile(build.site / EPUB) as epub:
        first = epub.infolist()[0]
        assert (first.filename, first.compress_type) == ("mimetype", zipfile.ZIP_STORED)
        assert epub.read("mimetype") == b"application/epub+zip"


def test_metadata_and_every_chapter_are_in_dutch(build):
    info = bookinfo.load(build.root)
    with zipfile.ZipFile(build.site / EPUB) as epub:
        package = epub.read("EPUB/package.opf").decode()
        chapters = sorted(name for name in epub.namelist() if re.fullmatch(r"EPUB/hoofdstuk-\d+\.xhtml", name))
        assert "<dc:language>nl</dc:language>" in package
        assert f"<dc:title>{info.titel}</dc:title>" in package
        assert 'property="dcterms:modified"' in package and "<dc:identifier" in package
        for name in [*chapters, "EPUB/nav.xhtml", "EPUB/titelpagina.xhtml"]:
            assert 'xml:lang="nl"' in epub.read(name).decode()
        navigation = epub.read("EPUB/nav.xhtml").decode()
    assert chapters
    assert len(re.findall(r'<li><a href="hoofdstuk-\d+\.xhtml">', navigation)) == len(chapters)


def test_a_link_to_another_chapter_names_its_file(book_build):
    with zipfile.ZipFile(book_build.site / EPUB) as epub:
        assert 'href="hoofdstuk-01.xhtml#h1-begin"' in epub.read("EPUB/hoofdstuk-02.xhtml").decode()
        assert any(name.startswith("EPUB/afbeeldingen/") for name in epub.namelist())
