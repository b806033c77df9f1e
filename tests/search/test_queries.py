"""Dutch queries typed into the real search box of the built real site, in Chromium (zoekvragen.yml)."""
import pytest
from search_helpers import (  # noqa: F401
    OPTIONS,
    QUESTIONS,
    QUESTIONS_FILE,
    SEARCH_BOX,
    SUMMARY,
    page_of,
    search_in_header,
    site,
    url_of,
)

from conftest import wait_until

TOP = 5


@pytest.fixture(scope="module")
def reader(browser, site):
    """One page of the site with the search box, used for every query in turn, as a reader would."""
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.goto(site.base + "/dossiers/")
    yield page
    page.close()
    assert errors == [], errors


def test_authors_keep_at_least_25_queries():
    assert len(QUESTIONS["vragen"]) >= 25, f"{QUESTIONS_FILE.name} heeft minder dan 25 zoekvragen"
    assert QUESTIONS["geen_resultaten"]


@pytest.mark.parametrize("question", QUESTIONS["vragen"], ids=lambda q: f"{q['zoek']} ({q['soort']})")
def test_expected_page_is_in_the_top_five(site, reader, question):
    expected = url_of(question["verwacht"])
    if expected not in site.pages:
        pytest.skip(f"de pagina {question['verwacht']} bestaat (nog) niet")
    found, summary = search_in_header(reader, question["zoek"])
    assert expected in [page_of(link) for link in found[:TOP]], \
        f"'{question['zoek']}' ({question['soort']}): {expected} niet bij de eerste {TOP}.\n{summary}\n" + \
        "\n".join(found)


@pytest.mark.parametrize("nonsense", QUESTIONS["geen_resultaten"])
def test_nonsense_says_there_are_no_results(reader, nonsense):
    found, summary = search_in_header(reader, nonsense)
    assert found == []
    assert summary.startswith(f"Geen resultaten voor ‘{nonsense}’.")
    # Screen readers hear it too: the box's status region says the same.
    assert reader.locator("[data-kb-zoekmelding]").inner_text().startswith("Geen resultaten")


def test_a_typo_is_corrected_and_the_reader_is_told(reader):
    found, summary = search_in_header(reader, "mantelzorgrs")
    assert summary.endswith("resultaten voor ‘mantelzorgers’ (u typte ‘mantelzorgrs’).")
    assert "/praktijkkaarten/mantelzorgers-ondersteunen/" in map(page_of, found)


def test_excerpts_mark_the_words_found(reader):
    search_in_header(reader, "buurthuizen")
    assert reader.locator(f"{OPTIONS} mark").count() > 0
    # A match inside a compound ("zorgsteunpunt" for "steunpunt") is marked too.
    search_in_header(reader, "steunpunt")
    marked = reader.locator(f"{OPTIONS} mark").all_inner_texts()
    assert any("steunpunt" in text.lower() for text in marked), marked


def test_keyboard_chooses_a_result_and_enter_opens_it(browser, site):
    page = browser.new_page()
    page.goto(site.base + "/")
    box = page.locator(SEARCH_BOX)
    assert box.get_attribute("role") == "combobox" and box.get_attribute("aria-expanded") == "false"
    found, _ = search_in_header(page, "welzijn op recept")
    assert box.get_attribute("aria-expanded") == "true"
    box.press("ArrowDown")
    first = page.locator(OPTIONS).first
    assert box.get_attribute("aria-activedescendant") == first.get_attribute("id")
    assert first.get_attribute("aria-selected") == "true"
    box.press("Enter")
    page.wait_for_url(site.base + found[0])
    page.close()


def test_escape_closes_the_results_and_enter_opens_the_results_page(browser, site):
    page = browser.new_page()
    page.goto(site.base + "/")
    search_in_header(page, "ABCD")
    page.locator(SEARCH_BOX).press("Escape")
    assert page.locator("[data-kb-zoekpaneel]").is_hidden()
    assert page.locator(SEARCH_BOX).get_attribute("aria-expanded") == "false"
    page.locator(SEARCH_BOX).press("Enter")  # no result chosen: the form opens the results page
    page.wait_for_url(f"{site.base}/zoeken/?q=ABCD")
    wait_until(page, "document.querySelector('[data-kb-zoekstatus]').textContent.includes('‘ABCD’')")
    assert page.locator("[data-kb-zoekresultaten] a").count() > 0
    page.close()


def test_without_javascript_the_box_is_a_form_to_the_results_page(browser, site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site.base + "/interventies/")
    form = page.locator("form:has(#kb-zoekvak)")
    assert form.get_attribute("action") == "../zoeken/" and form.get_attribute("method") == "get"
    assert page.locator(SUMMARY).is_hidden()
    context.close()
