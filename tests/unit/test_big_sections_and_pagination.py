"""Big sections (the menu shows neighbours) and long overviews (pages of 50), without MkDocs."""
import re

import pytest
from site_entries import load_site

from conftest import page
from kennisbank.finding import big_sections, overviews, pagination
from kennisbank.finding.big_sections import Settings

SMALL = Settings(max_items=6, neighbours=2, per_page=4)


def href(site_uri):
    return "/" + site_uri


def test_a_small_section_shows_everything():
    items = list(range(6))
    assert big_sections.shown(items, 3, lambda item: False, SMALL) is None


@pytest.mark.parametrize(("current", "expected"), [
    (10, [8, 9, 10, 11, 12]),  # the neighbours on both sides
    (0, [0, 1, 2, 3, 4]),  # at the start: more after it
    (19, [15, 16, 17, 18, 19]),  # at the end: more before it
    (None, [0, 1, 2, 3, 4]),  # the section's own page: its first entries
])
def test_a_big_section_shows_the_neighbours_of_the_current_page(current, expected):
    items = list(range(20))
    assert big_sections.shown(items, current, lambda item: False, SMALL) == expected


def test_pinned_items_stay_and_do_not_count():
    items = ["index", *range(6)]
    assert big_sections.shown(items, 3, lambda item: item == "index", SMALL) is None  # 6 entries: not big
    items = ["index", *range(20)]
    assert big_sections.shown(items, 19, lambda item: item == "index", SMALL) == ["index", 15, 16, 17, 18, 19]
    assert big_sections.entry_count(items, lambda item: item == "index") == 20


def test_the_overview_link_names_the_number_and_the_section():
    assert big_sections.overview_link_title(1500, "Buurtkracht") == "Alle 1.500 pagina's in Buurtkracht"


def test_which_page_lists_a_section():
    generated = {"dossiers/buurt/overzicht.md", "soorten/interventie.md"}
    assert big_sections.overview_of("dossiers/buurt", {"artikel"}, generated) == "dossiers/buurt/overzicht.md"
    assert big_sections.overview_of("interventies", {"interventie"}, generated) == "soorten/interventie.md"
    assert big_sections.overview_of("e-book", {"hoofdstuk"}, generated) is None  # then the section's own page
    assert big_sections.overview_of("mixed", {"artikel", "interventie"}, generated) is None


def test_settings_from_mkdocs_yml_and_dutch_messages_with_the_line():
    assert big_sections.read_settings({}) == (Settings(), [])
    assert big_sections.read_settings({"navigatie": {"max_items": 40, "buren": 3, "per_pagina": 20}}) == (
        Settings(40, 3, 20), [])
    text = "extra:\n  navigatie:\n    max_items: veel\n    bladzijden: 3\n"
    found, problems = big_sections.read_settings({"navigatie": {"max_items": "veel", "bladzijden": 3}}, text)
    assert found == Settings()
    assert [(p.path, p.line) for p in sorted(problems)] == [("mkdocs.yml", 3), ("mkdocs.yml", 4)]
    assert "max_items moet een heel getal groter dan 0 zijn, niet 'veel'" in str(sorted(problems)[0])
    assert "bladzijden is geen instelling" in str(sorted(problems)[1])
    _, problems = big_sections.read_settings({"navigatie": {"max_items": 10, "buren": 5}}, "")
    assert "moet groter zijn dan twee keer buren" in problems[0].message
    for wrong in ([1, 2], True, 0, -3, 2.5):
        assert big_sections.read_settings({"navigatie": {"per_pagina": wrong}})[1], wrong
    assert big_sections.read_settings({"navigatie": "30"})[1]
    assert "3 is geen instelling" in str(big_sections.read_settings({"navigatie": {3: 4}}, text)[1][0])


ARTICLES = {f"dossiers/buurt/artikel-{n:02d}.md": page(
    "artikel", title=f"Artikel {n:02d}", themas="[wat-werkt]" if n % 3 == 0 else "[leefbaarheid]",
    datum=f"2026-01-{n:02d}") for n in range(1, 11)}
FILES = {"dossiers/buurt/index.md": page("dossier", title="Dossier Buurt", menutitel="Buurt"), **ARTICLES}


def test_a_long_overview_has_pages_orderings_and_themes(tmp_path):
    site = load_site(tmp_path, FILES)
    overview = next(o for o in overviews.overviews(site) if o.site_uri == "dossiers/buurt/overzicht.md")
    found = pagination.variants(overview.entries, overview.group, site, per_page=4)
    assert [(v.sorting, v.theme, len(v.entries)) for v in found] == [
        ("", None, 10), ("a-z", None, 10), ("", "leefbaarheid", 7), ("", "wat-werkt", 3)]
    assert [e.title for e in found[1].entries][:2] == ["Artikel 01", "Artikel 02"]
    assert [e.title for e in found[0].entries][:2] == ["Artikel 10", "Artikel 09"]  # newest first
    parts = pagination.parts(overview.site_uri, found[1], per_page=4)
    assert [(p.site_uri, p.number, p.of, len(p.entries)) for p in parts] == [
        ("dossiers/buurt/overzicht/a-z.md", 1, 3, 4), ("dossiers/buurt/overzicht/a-z/pagina/2.md", 2, 3, 4),
        ("dossiers/buurt/overzicht/a-z/pagina/3.md", 3, 3, 2)]
    every = [p for v in found for p in pagination.parts(overview.site_uri, v, 4)]
    newest = [p for p in every if not p.variant.theme and not p.variant.sorting]
    assert {e.site_uri for p in newest for e in p.entries} == set(ARTICLES)
    assert len({p.site_uri for p in every}) == len(every)  # each page its own address
    assert pagination.parts(overview.site_uri, found[0], 4)[0].site_uri == overview.site_uri  # page 1 stays


def test_a_short_overview_stays_one_page_without_choices(tmp_path):
    site = load_site(tmp_path, FILES)
    overview = next(o for o in overviews.overviews(site) if o.site_uri == "dossiers/buurt/overzicht.md")
    found = pagination.variants(overview.entries, overview.group, site, per_page=50)
    assert len(found) == 1
    [part] = pagination.parts(overview.site_uri, found[0], 50)
    assert overviews.markdown(overview, site, href, part, {}) == overviews.markdown(overview, site, href)


def test_a_page_of_a_long_overview(tmp_path):
    site = load_site(tmp_path, FILES)
    overview = next(o for o in overviews.overviews(site) if o.site_uri == "dossiers/buurt/overzicht.md")
    found = pagination.variants(overview.entries, overview.group, site, per_page=4)
    themes = pagination.theme_choices(found, site)
    assert set(themes) == {"leefbaarheid", "wat-werkt"}
    second = pagination.parts(overview.site_uri, found[1], 4)[1]
    text = overviews.markdown(overview, site, href, second, themes)
    assert "title: Alle artikelen in het dossier Buurt, van A tot Z – pagina 2 van 3" in text
    assert "search:\n  exclude: true" in text  # once in the index: on the overview's own page
    nav = re.search(r'<nav class="kb-paginering" aria-label="Paginering".*?</nav>', text, re.S).group()
    assert 'href="/dossiers/buurt/overzicht/a-z.md" rel="prev">Vorige' in nav
    assert 'href="/dossiers/buurt/overzicht/a-z/pagina/3.md" rel="next">Volgende' in nav
    assert re.search(r'href="/dossiers/buurt/overzicht/a-z/pagina/2.md" aria-current="page">.*?2</a>', nav)
    assert nav.count("aria-current") == 1
    assert 'aria-current="page" class="kb-keuze__huidig">van A tot Z</a>' in text
    assert '<a href="/dossiers/buurt/overzicht/thema/wat-werkt.md">Wat werkt</a>' in text
    assert text.count('class="kb-lijst__item"') == 4
    first = pagination.parts(overview.site_uri, found[0], 4)[0]
    assert "exclude" not in overviews.markdown(overview, site, href, first, themes)
    assert "\ntitle: Alle artikelen in het dossier Buurt\n" in overviews.markdown(overview, site, href, first, themes)
    assert "Vorige" not in overviews.markdown(overview, site, href, first, themes)


@pytest.mark.parametrize(("current", "last", "expected"), [
    (1, 1, [1]), (1, 3, [1, 2, 3]), (1, 30, [1, 2, 3, None, 30]), (15, 30, [1, None, 13, 14, 15, 16, 17, None, 30]),
    (30, 30, [1, None, 28, 29, 30]), (4, 30, [1, 2, 3, 4, 5, 6, None, 30]),
])
def test_page_numbers_first_last_and_near(current, last, expected):
    assert pagination.numbers(current, last) == expected
