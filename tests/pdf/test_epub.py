"""The e-book as EPUB 3: valid for epubcheck, in Dutch, with a table of contents and the same chapters."""
import re
import zipfile

import pytest
from book_site import book_build  # noqa: F401  (a fixture)
from pdf_helpers import ace_violations, epubcheck

from kennisbank.downloads import bookinfo

EPUB = "e-book/stappen-in-buurt-en-dorpskracht.epub"


@pytest.fixture(params=["real", "fixture"])
def build(request, real_build, book_build):
    return real_build if request.param == "real" else book_build


def test_the_epub_passes_epubcheck(build):
    result = epubcheck(build.site / EPUB)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No errors or warnings detected" in result.stdout + result.stderr


def test_ace_by_daisy_finds_no_violations(build):
    violations = ace_violations(build.site / EPUB)
    assert not violations, f"{len(violations)} findings of Ace by DAISY:\n" + "\n".join(violations)


def test_accessibility_metadata_is_true_for_the_book(build):
    """EPUB Accessibility 1.1: the conformance claim, and visual access and image descriptions only with images."""
    with zipfile.ZipFile(build.site / EPUB) as epub:
        package = epub.read("EPUB/package.opf").decode()
        has_images = any(name.startswith("EPUB/afbeeldingen/") for name in epub.namelist())
    assert '<meta property="dcterms:conformsTo">EPUB Accessibility 1.1 - WCAG 2.1 Level AA</meta>' in package
    for needed in ("schema:accessMode", "schema:accessibilityFeature", "schema:accessibilityHazard",
                   "schema:accessibilitySummary", "schema:accessModeSufficient"):
        assert f'property="{needed}"' in package, needed
    assert ('<meta property="schema:accessMode">visual</meta>' in package) == has_images
    assert ("alternativeText" in package) == has_images  # every image of both books has a description
    assert ("geen afbeeldingen" in package) != has_images


def test_footnotes_and_colophon_have_their_semantics(book_build):
    with zipfile.ZipFile(book_build.site / EPUB) as epub:
        chapters = "".join(epub.read(name).decode() for name in epub.namelist() if "hoofdstuk-" in name)
        title_page = epub.read("EPUB/titelpagina.xhtml").decode()
    assert re.search(r'<a [^>]*epub:type="noteref"[^>]*role="doc-noteref"', chapters)
    assert re.search(r'<aside [^>]*epub:type="footnote"[^>]*role="doc-footnote"', chapters)
    assert '<span class="footnote-number">1. </span>' in chapters
    assert 'epub:type="colophon" role="doc-colophon"' in title_page


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
        assert f"<dc:title>{info.title}</dc:title>" in package
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
