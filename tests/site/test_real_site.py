"""The shipped content, built as `make site` builds it: complete, in Dutch, and within the schema."""
import re
from pathlib import Path

import pytest

from conftest import ROOT
from kennisbank.content import sources, vocabulary

PAGES, PROBLEMS = sources.load(ROOT)
# The least each collection must hold (see the content issue); `folder/` counts pages below it.
MINIMUM = {
    ("dossiers/vrijwillige-inzet/", "artikel"): 8,
    ("dossiers/buurtkracht/", "artikel"): 8,
    ("e-book/", "hoofdstuk"): 8,
    ("praktijkkaarten/", "kaart"): 10,
    ("interventies/", "interventie"): 12,
}


def built_path(site: Path, site_uri: str) -> Path:
    stem = site_uri.removesuffix(".md").removesuffix("index").rstrip("/")
    return site / stem / "index.html"


def test_shipped_content_has_no_problems():
    assert [str(p) for p in PROBLEMS] == []


@pytest.mark.parametrize("folder, page_type", MINIMUM)
def test_each_collection_has_enough_pages_with_every_required_field(folder, page_type):
    required = vocabulary.load(ROOT).types[page_type].required
    pages = [p for p in PAGES if p.file.site_uri.startswith(folder) and p.source.meta.get("type") == page_type]
    assert len(pages) >= MINIMUM[folder, page_type]
    for page in pages:
        assert all(page.source.meta.get(name) not in (None, "", []) for name in required), page.file.path


def test_every_dossier_has_a_landing_page():
    for dossier in ("vrijwillige-inzet", "buurtkracht"):
        landing = next(p for p in PAGES if p.file.site_uri == f"dossiers/{dossier}/index.md")
        assert landing.source.meta["type"] == "dossier"


def test_every_source_page_is_built_in_dutch_with_its_title(real_build):
    for page in PAGES:
        path = built_path(real_build.site, page.file.site_uri)
        assert path.exists(), f"{page.file.path} is missing from the site"
        html = path.read_text(encoding="utf-8")
        assert '<html lang="nl"' in html
        title = re.escape(str(page.source.meta["title"]).replace("&", "&amp;"))
        assert re.search(rf"<h1[^>]*>{title}", html), page.file.path


def test_the_build_reports_no_warnings(real_build):
    assert "WARNING" not in real_build.output and "ERROR" not in real_build.output, real_build.output


def test_home_page_lists_only_contacts_with_a_name_and_an_address(real_build):
    html = real_build.html("/")
    assert "<strong>Adviseur vrijwillige inzet</strong>" not in html  # no name, no address in data/contacten.yml
    assert 'Mail uw vraag naar <a href="mailto:' in html
    assert "contactpersonen" not in html


def test_the_books_metadata_file_is_read_but_not_published(real_build):
    assert (ROOT / "ebook/boek.yml").exists()
    assert not (real_build.site / "e-book/boek.yml").exists()
    assert "Stappen in buurt- en dorpskracht" in real_build.html("/e-book/")


def test_footnote_back_links_and_landmark_names_are_dutch_and_distinct(real_build):
    """A screen reader lists landmarks by name, and reads a back link's title: in Dutch, the menus told apart."""
    chapters = sorted((real_build.site / "e-book").glob("*/index.html"))
    html = next(text for path in chapters if 'class="footnote-backref"' in (text := path.read_text(encoding="utf-8")))
    titles = [re.search(r'title="([^"]*)"', link).group(1) for link in re.findall(r'<a [^>]*footnote-backref[^>]*>',
                                                                                  html)]
    assert titles and all(title.startswith("Terug naar voetnoot ") for title in titles), titles
    names = re.findall(r'<nav [^>]*aria-label="([^"]*)"', html)
    # The menu and the breadcrumb; Material's two tables of contents share a name, but only one shows at a time.
    assert names.count("Navigatie") == 1 and names.count("U bent hier") == 1, names
