"""The results page /zoeken/?q=...: a plain link shows the results; filters narrow them and stay in the link."""
from urllib.parse import parse_qs, urlparse

from search_helpers import page_of, site  # noqa: F401

from conftest import wait_until

STATUS = "[data-kb-zoekstatus]"
RESULTS = "[data-kb-zoekresultaten] > li"
INTERVENTIONS = "input[name=onderdeel][value=Interventies]"


def open_results(browser, site, query_string):
    page = browser.new_page()
    page.goto(f"{site.base}/zoeken/?{query_string}")
    wait_until(page, f"document.querySelector('{STATUS}').textContent.includes('resultaten')")
    return page


def test_a_shared_link_shows_the_results(browser, site):
    page = open_results(browser, site, "q=Wet+maatschappelijke+ondersteuning")
    assert page.locator("#kb-zoekpagina-vak").input_value() == "Wet maatschappelijke ondersteuning"
    assert "resultaten voor ‘Wet maatschappelijke ondersteuning’" in page.locator(STATUS).inner_text()
    links = page.locator(f"{RESULTS} h2 a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert "/praktijkkaarten/van-wmo-2007-naar-wmo-2015/" in map(page_of, links[:5])
    assert page.title().startswith("Zoeken in de kennisbank")
    page.close()


def test_filters_narrow_the_results_and_stay_in_the_link(browser, site):
    page = open_results(browser, site, "q=vrijwilligers")
    everything = int(page.locator(STATUS).inner_text().split()[0])
    legends = page.locator(".kb-zoekfilter legend").all_inner_texts()
    assert legends == ["Onderdeel", "Soort pagina", "Thema"]
    page.locator(INTERVENTIONS).check()
    wait_until(page, f"document.querySelector('{STATUS}').textContent.includes('filters aan')")
    narrowed = int(page.locator(STATUS).inner_text().split()[0])
    assert 0 < narrowed < everything
    kinds = page.locator(f"{RESULTS} .kb-zoekresultaat__soort").all_inner_texts()
    assert kinds and all(kind.endswith("Interventies") for kind in kinds), kinds
    assert parse_qs(urlparse(page.url).query) == {"q": ["vrijwilligers"], "onderdeel": ["Interventies"]}

    again = open_results(browser, site, urlparse(page.url).query)  # the link, shared
    assert again.locator(INTERVENTIONS).is_checked()
    assert int(again.locator(STATUS).inner_text().split()[0]) == narrowed
    page.close()
    again.close()


def test_more_results_are_added_and_get_focus(browser, site):
    page = open_results(browser, site, "q=gemeente")
    shown = page.locator(RESULTS).count()
    assert shown == 10
    page.get_by_role("button", name="Meer resultaten").click()
    wait_until(page, f"document.querySelectorAll('{RESULTS}').length > 10")
    assert page.evaluate("document.activeElement.closest('li') === document.querySelectorAll('" + RESULTS + "')[10]")
    page.close()


def test_typing_on_the_results_page_updates_the_link(browser, site):
    page = open_results(browser, site, "q=ABCD")
    box = page.locator("#kb-zoekpagina-vak")
    box.fill("")
    box.press_sequentially("buurthuis", delay=20)
    wait_until(page, f"document.querySelector('{STATUS}').textContent.includes('‘buurthuis’')")
    assert page.url.endswith("/zoeken/?q=buurthuis")
    page.close()
