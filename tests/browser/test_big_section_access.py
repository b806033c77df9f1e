"""The navigation of a big section in Chromium: no WCAG violations (axe-core), light and dark, and the overview link
and page numbers reached with Tab, with a visible focus."""
import pytest
from browser_helpers import AXE
from test_axe import RUN_AXE, SCHEMES, WCAG_TAGS, format_violations
from test_keyboard import active, focus_is_visible, open_page, tab_until

from conftest import serve

ARTICLE = "/dossiers/groot/artikel-40/"
OVERVIEW_PAGE = "/dossiers/groot/overzicht/pagina/2/"
OVERVIEW_LINK = "() => document.activeElement.matches('.md-sidebar--primary a[href$=\"/overzicht/\"]')"


@pytest.fixture(scope="module")
def big_site(big_section_build):
    base, server = serve(big_section_build.site)

    class Served:
        pass

    served = Served()
    served.base = base
    yield served
    server.shutdown()


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("url", [ARTICLE, OVERVIEW_PAGE, "/dossiers/groot/overzicht/a-z/"])
def test_no_wcag_violations_in_a_big_section(browser, big_site, url, scheme):
    assert AXE.is_file(), f"{AXE} is missing: `make test` installs it (npm ci)"
    context = browser.new_context(color_scheme=scheme, bypass_csp=True)  # axe-core is injected as a script
    page = context.new_page()
    page.goto(big_site.base + url, wait_until="load")
    assert page.evaluate("document.body.dataset.mdColorScheme") == SCHEMES[scheme]
    page.add_script_tag(path=str(AXE))
    failures = format_violations(url, scheme, page.evaluate(RUN_AXE, WCAG_TAGS))
    context.close()
    assert not failures, f"{len(failures)} WCAG violations:\n" + "\n".join(failures)


def test_tab_reaches_the_overview_link_with_visible_focus(browser, big_site):
    page = open_page(browser, big_site, ARTICLE)
    assert tab_until(page, OVERVIEW_LINK, 60), f"{ARTICLE}: Tab does not reach the link to all pages of the dossier"
    assert focus_is_visible(page, active(page))
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")  # back on the link: Enter follows it
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == big_site.base + "/dossiers/groot/overzicht/"
    page.close()


def test_tab_reaches_the_page_numbers_with_visible_focus(browser, big_site):
    page = open_page(browser, big_site, OVERVIEW_PAGE)
    page.evaluate("document.getElementById('__inhoud').focus()")
    found = []
    for _ in range(120):
        page.keyboard.press("Tab")
        if page.evaluate("() => !!document.activeElement.closest('nav[aria-label=Paginering]')"):
            element = active(page)
            found.append(page.evaluate("e => e.textContent.trim()", element))
            assert focus_is_visible(page, element), found[-1]
        elif found:
            break
    assert found == ["Vorige pagina", "Pagina 1", "Pagina 2"], found
    page.close()
