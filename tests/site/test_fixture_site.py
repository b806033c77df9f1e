"""A small site with every collection, built with our configuration: URLs, language, titles, navigation."""
import re

import pytest

from conftest import FIXTURE_FILES

PAGES = {
    "/": "Kennisbank",
    "/dossiers/": "Dossiers",
    "/dossiers/buurtkracht/": "Dossier Buurtkracht",
    "/dossiers/buurtkracht/abcd/": "Asset Based Community Development",
    "/e-book/": "Stappen in buurt- en dorpskracht",
    "/e-book/het-eerste-idee/": "Het eerste idee",
    "/e-book/aan-de-slag/": "Aan de slag",
    "/praktijkkaarten/vertalen/": "Vertalen",
    "/interventies/abcd/": "ABCD",
    "/toegankelijkheid/": "Toegankelijkheid",
}


@pytest.mark.parametrize("url, title", PAGES.items())
def test_each_collection_has_readable_urls_in_dutch(fixture_build, url, title):
    html = fixture_build.html(url)
    assert '<html lang="nl"' in html
    assert "<h1" in html and f">{title}</h1>" in html
    assert f"<title>{title} - Kennisbank Actief Burgerschap</title>" in html


def test_every_source_page_is_built(fixture_build):
    built = {path.parent.relative_to(fixture_build.site).as_posix() for path in fixture_build.site.rglob("index.html")}
    for source in FIXTURE_FILES:
        folder, _, name = source.partition("/")
        uri = name if folder == "docs" else f"{'e-book' if folder == 'ebook' else folder}/{name}"
        expected = uri.removesuffix(".md").removesuffix("index").strip("/") or "."
        assert expected in built, f"{source} is not in the built site"


def test_tabs_follow_the_collections_order(fixture_build):
    html = fixture_build.html("/")
    tabs = re.findall(r'class="md-tabs__link[^"]*"[^>]*>\s*([^<]+?)\s*<', html)
    assert tabs[:5] == ["Start", "Dossiers", "E-book", "Praktijkkaarten", "Interventies"]


def test_a_menu_title_names_the_page_in_the_menu_but_not_its_heading(fixture_build):
    html = fixture_build.html("/e-book/")
    assert ">Stappen in buurt- en dorpskracht</h1>" in html
    assert "<title>Stappen in buurt- en dorpskracht - Kennisbank Actief Burgerschap</title>" in html


def test_chapters_are_ordered_by_number_not_name(fixture_build):
    titles = _nav_titles(fixture_build.html("/e-book/"))
    assert titles.index("Het eerste idee") < titles.index("Aan de slag")


def _nav_titles(html: str) -> list[str]:
    return [title.strip() for title in re.findall(r'<span class="md-ellipsis">\s*([^<]+?)\s*</span>', html)]


def test_accessibility_statement_is_linked_from_every_page_but_not_a_tab(fixture_build):
    html = fixture_build.html("/dossiers/buurtkracht/abcd/")
    assert 'href="../../../toegankelijkheid/"' in html
    assert "md-tabs__link" in html and not re.search(r'md-tabs__link[^>]*>\s*Toegankelijkheid', html)


def test_links_between_collections_become_site_urls(fixture_build):
    html = fixture_build.html("/dossiers/buurtkracht/abcd/")
    assert 'href="../../../e-book/het-eerste-idee/#begin"' in html


def test_no_resources_from_other_hosts_in_the_html(fixture_build):
    for path in fixture_build.site.rglob("*.html"):
        tags = re.findall(r"<(?:script|link|img|iframe|source|video|audio)\b[^>]*>", path.read_text(encoding="utf-8"))
        # A canonical or alternate <link> names this site's address; the browser does not fetch it.
        fetched = [tag for tag in tags if not re.search(r'rel="(canonical|alternate)"', tag)]
        remote = [tag for tag in fetched if re.search(r'\b(?:src|href)="(?:https?:)?//', tag)]
        assert not remote, f"{path} loads from another host: {remote}"
