"""The search box with its list of results open, and the results page with results and filters, checked by
axe-core (WCAG 2.1 A and AA) in the light and the dark scheme. tests/browser/ checks pages as they load,
before any result is there."""
import pytest
from search_helpers import search_in_header, site  # noqa: F401

from conftest import ROOT, wait_until

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VIOLATIONS = """() => axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
  .then(result => result.violations.flatMap(
    v => v.nodes.map(n => `${v.id}: ${n.target.join(' ')} ${n.failureSummary}`)))"""


def violations(page) -> list[str]:
    if not AXE.is_file():
        pytest.skip("axe-core is not installed (make test installs it with npm ci)")
    page.add_script_tag(path=str(AXE))
    return page.evaluate(VIOLATIONS)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_open_search_box_has_no_wcag_violations(browser, site, scheme):
    context = browser.new_context(color_scheme=scheme, bypass_csp=True)  # axe-core is injected as a script
    page = context.new_page()
    page.goto(site.base + "/praktijkkaarten/")
    found, _ = search_in_header(page, "mantelzorgers")
    assert found
    page.locator("#kb-zoekvak").press("ArrowDown")  # a chosen option is styled too
    assert violations(page) == []
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_results_page_with_results_and_filters_has_no_wcag_violations(browser, site, scheme):
    context = browser.new_context(color_scheme=scheme, bypass_csp=True)  # axe-core is injected as a script
    page = context.new_page()
    page.goto(site.base + "/zoeken/?q=gemeente&thema=Wat+werkt")
    wait_until(page, "document.querySelectorAll('[data-kb-zoekresultaten] > li').length > 0")
    assert page.locator("[data-kb-meer]").is_visible()  # more than ten results: the button is checked too
    assert violations(page) == []
    context.close()
