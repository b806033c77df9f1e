"""The structure tree of every kind of PDF (e-book, article PDFs, card set) as a screen reader meets it, and outloud
(a PDF/UA-1 checker of its own) as a second opinion."""
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from book_site import book_build  # noqa: F401  (a fixture)
from pdf_helpers import squeeze, text
from structure_tree import kinds, read

BOOK = "e-book/stappen-in-buurt-en-dorpskracht.pdf"
CARDS = "praktijkkaarten/praktijkkaarten.pdf"


@pytest.fixture(params=["real", "fixture"])
def build(request, real_build, book_build):
    return real_build if request.param == "real" else book_build


def pdfs_of(build) -> list:
    """The e-book, the card set and every article and intervention PDF of the build."""
    found = sorted(build.site.glob("dossiers/**/*.pdf")) + sorted(build.site.glob("interventies/**/*.pdf"))
    assert found, "no article PDFs in the build"
    return [build.site / BOOK, build.site / CARDS, *found]


def test_no_structure_faults_in_any_pdf(build):
    """No orphans, no marked content outside the tree, headings without skipped levels, complete lists, one
    Link per link, no empty Span, Notes with an ID, figures with /Alt."""
    problems = []
    for pdf in pdfs_of(build):
        problems += [f"{pdf.relative_to(build.site)}: {fault}" for fault in read(pdf).faults]
    assert not problems, f"{len(problems)} structure faults:\n" + "\n".join(problems[:40])


def test_page_furniture_is_a_pagination_artifact(build):
    """Running heads, footers and page numbers: an artifact on every page that has them."""
    book = read(build.site / BOOK)
    assert book.pagination_artifacts >= 2 * (book.pages - 1) - 2  # head and number; not on the cover, no head
    # on the colophon and the contents (no chapter yet)
    cards = read(build.site / CARDS)
    assert cards.pagination_artifacts >= cards.pages  # the card's name at the foot of each side
    for pdf in pdfs_of(build)[2:]:
        article = read(pdf)
        # The foot (address and "pagina 1 van 2") is one artifact a page: Typst's page footer is one sequence,
        # where WeasyPrint's two margin boxes were two.
        assert article.pagination_artifacts >= article.pages, pdf


def test_the_book_begins_with_its_title_as_h1_then_colophon_and_contents(build):
    headings = [kind for kind in kinds(read(build.site / BOOK)) if kind.startswith("/H")]
    assert headings[:3] == ["/H1", "/H2", "/H2"]  # title, Colofon, Inhoud
    chapters = len(list((build.root / "ebook").glob("*.md"))) - 1  # without index.md
    assert headings.count("/H1") == 1 + chapters  # the title, then one per chapter


def test_one_link_per_contents_entry_and_no_leader_text(build):
    tree = read(build.site / BOOK)
    contents = next(node for node in tree.nodes if node.kind == "/L")  # the first list: before any chapter
    items = contents.children
    chapters = len(list((build.root / "ebook").glob("*.md"))) - 1  # without index.md
    assert len(items) == chapters
    for item in items:
        (body,) = [kid for kid in item.children if kid.kind == "/LBody"]
        assert [kid.kind for kid in body.children] == ["/Link"]


def test_footnotes_are_notes_and_the_figure_has_alt_text(book_build):
    found = kinds(read(book_build.site / BOOK))
    assert "/Note" in found and "/Figure" in found


# outloud's findings that are not faults, each with the reason: (rule, a pattern of its evidence). Only errors
# count; warnings are advice.
FALSE_POSITIVES = (
    # The foot of a card's back: its title and "achterkant", repeated from the H1 on its front. That is page
    # furniture (PDF/UA-1 7.8), so an artifact; outloud's heuristic takes a long line for prose.
    ("TAG-002", re.compile(r".+ · achterkant$")),
    # The foot of an article PDF of one page: its address and "pagina 1 van 1". Furniture too; the address is
    # also content in the article's header, as a link. outloud recognises furniture by its repetition, which a
    # document of one page does not have (on longer ones it finds nothing).
    ("TAG-002", re.compile(r"^https://\S+/ pagina")),  # outloud shortens its evidence with "…"
)


def _is_false_positive(finding: dict, printed: str) -> bool:
    evidence = str(finding.get("evidence", ""))
    if any(finding["rule"] == rule and pattern.search(evidence) for rule, pattern in FALSE_POSITIVES):
        return True
    # A table's header row, repeated at the top of the next page: Typst marks the repeat as an artifact, as PDF/UA
    # asks; the row itself is in the tags once, as TH cells. So its text is printed more than once.
    return finding["rule"] == "TAG-002" and printed.count(squeeze(evidence.rstrip("…"))) >= 2


def test_outloud_finds_no_errors(build, tmp_path):
    report = tmp_path / "outloud.json"
    outloud = [str(Path(sys.executable).with_name("outloud"))]
    run = subprocess.run([*outloud, "--fail-on", "never", "--json", str(report), *map(str, pdfs_of(build))],
                         capture_output=True, text=True, timeout=600, check=False)
    assert report.is_file(), run.stdout + run.stderr
    errors = [f"{result['path']}: {finding['rule']} {finding['message']} ({finding.get('evidence', '')})"
              for result in json.loads(report.read_text(encoding="utf-8"))["results"]
              for finding in result["findings"]
              if finding["severity"] == "error" and not _is_false_positive(finding, squeeze(text(result["path"])))]
    assert not errors, "\n".join(errors)
