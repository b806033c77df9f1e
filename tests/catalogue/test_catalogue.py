"""The interventions catalogue: complete without JavaScript; in Chromium the filters show exactly the matching ones."""
import re
from urllib.parse import urlsplit

import pytest
from catalogue_helpers import PAGES, links, url_of
from playwright.sync_api import expect

from conftest import serve

CATALOGUE = "/interventies/"
INTERVENTIONS = {url_of(p.file.site_uri): p.source.meta for p in PAGES if p.source.meta.get("type") == "interventie"}


@pytest.fixture(scope="module")
def site_url(real_build):
    url, server = serve(real_build.site)
    yield url
    server.shutdown()


def test_the_html_holds_every_intervention_visible_without_javascript(real_build):
    page_html = real_build.html(CATALOGUE)
    assert sorted(links(page_html, CATALOGUE, "kb-catalogus__titel")) == sorted(INTERVENTIONS)
    items = re.findall(r'<li class="kb-catalogus__item"[^>]*>', page_html)
    assert len(items) == len(INTERVENTIONS) and not any(" hidden" in item for item in items)
    assert re.search(r'<form class="kb-catalogus__filters" data-kb-filters hidden', page_html)  # no dead filters
    assert "<!-- catalogus -->" not in page_html


def busiest_theme_and_level():
    """The theme and recognition level that together pick the most interventions, but not all of them."""
    pairs = {}
    for url, meta in INTERVENTIONS.items():
        for theme in meta["themas"]:
            pairs.setdefault((theme, meta["erkenning"]), set()).add(url)
    theme, level = max((pair for pair in pairs if len(pairs[pair]) < len(INTERVENTIONS)),
                       key=lambda p: (len(pairs[p]), p))
    return theme, level, pairs[theme, level]


def shown(page) -> list[str]:
    hrefs = page.locator(".kb-catalogus__item:visible .kb-catalogus__titel a").evaluate_all("els => els.map(e => "
                                                                                            "e.href)")
    return sorted(urlsplit(href).path for href in hrefs)


def test_filtering_by_theme_and_level_from_the_address(browser, site_url):
    theme, level, expected = busiest_theme_and_level()
    page = browser.new_page()
    page.goto(f"{site_url}{CATALOGUE}?thema={theme}&niveau={level}")
    assert shown(page) == sorted(expected)
    status = page.locator("[data-kb-resultaat]")
    assert status.get_attribute("role") == "status" and status.get_attribute("aria-live") == "polite"
    assert status.inner_text() == f"{len(expected)} van de {len(INTERVENTIONS)} interventies"
    assert page.locator(f"#kb-filter-thema-{theme}").is_checked()
    # Each value counts what it would give with the other filters as they are.
    count = page.locator(f'label[for="kb-filter-niveau-{level}"] [data-kb-aantal]').inner_text()
    assert count == f"({len(expected)})"
    page.close()


def test_filters_work_with_the_keyboard_and_keep_their_state_in_the_address(browser, site_url):
    theme, level, expected = busiest_theme_and_level()
    page = browser.new_page()
    page.goto(site_url + CATALOGUE)
    assert len(shown(page)) == len(INTERVENTIONS)
    assert page.locator("[data-kb-resultaat]").inner_text() == f"{len(INTERVENTIONS)} interventies"
    page.focus(f"#kb-filter-thema-{theme}")
    page.keyboard.press("Space")
    page.focus(f"#kb-filter-niveau-{level}")
    page.keyboard.press("Space")
    assert shown(page) == sorted(expected)
    assert urlsplit(page.url).query == f"thema={theme}&niveau={level}"
    # The address can be shared: opened again, it shows the same list.
    again = browser.new_page()
    again.goto(page.url)
    assert shown(again) == sorted(expected)
    again.close()
    page.click("[data-kb-wissen]")
    assert len(shown(page)) == len(INTERVENTIONS) and urlsplit(page.url).query == ""
    page.close()


def test_free_text_finds_interventions_by_their_fields_without_accents(browser, site_url):
    url, meta = next(iter(sorted(INTERVENTIONS.items())))
    word = max(re.findall(r"\w+", str(meta["title"])), key=len)
    fields = ("title", "description", "doel", "doelgroep", "aanpak", "uitvoerders", "bron")
    expected = sorted(u for u, m in INTERVENTIONS.items()
                      if word.casefold() in " ".join(str(m.get(f, "")) for f in fields).casefold())
    page = browser.new_page()
    page.goto(f"{site_url}{CATALOGUE}?zoek={word.upper()}")
    assert url in shown(page)
    assert set(expected) <= set(shown(page))
    page.fill("#kb-filter-zoek", "woordzonderinterventiexyz")
    assert shown(page) == []
    # The count is announced once typing pauses, not after every letter.
    expect(page.locator("[data-kb-resultaat]")).to_have_text("Geen interventies gevonden.")
    assert page.locator("[data-kb-leeg]").is_visible()
    page.close()
