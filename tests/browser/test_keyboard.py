"""Without a mouse: a working skip link, a visible focus on every stop, and search and catalogue filters by keyboard."""
import io

import pytest
from browser_helpers import DESCRIBE_JS, PAGE_TYPES, SEARCH_QUERY, site  # noqa: F401 (site is a fixture)
from PIL import Image, ImageChops

from conftest import wait_until

DESKTOP = {"width": 1280, "height": 800}
# Transitions make a screenshot depend on timing; the end state is what a reader sees.
NO_TRANSITIONS = "*, *::before, *::after { transition: none !important; animation: none !important; }"
TAB_STOPS = 25  # checked from the top of the page, and again from the start of the content
CHANGED_PIXELS = 30  # a focus indicator changes at least this many pixels around the element

# Where a focused element shows its focus: itself, or for a hidden radio button (Material's colour
# scheme toggle) the visible label beside it.
FOCUS_BOX_JS = """element => {
  const visible = box => box.width >= 2 && box.height >= 2;
  let box = element.getBoundingClientRect();
  if (!visible(box)) {
    const labels = [element.nextElementSibling, ...(element.labels || [])].filter(e => e && e.matches('label'));
    box = labels.map(label => label.getBoundingClientRect()).find(visible) || box;
  }
  return {x: box.x, y: box.y, width: box.width, height: box.height};
}"""


def open_page(browser, site, url, viewport=DESKTOP):
    # The style below is injected; the site's CSP forbids that.
    page = browser.new_page(viewport=viewport, bypass_csp=True)
    page.goto(site.base + url, wait_until="load")
    page.add_style_tag(content=NO_TRANSITIONS)
    return page


def active(page):
    return page.evaluate_handle("document.activeElement")


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_skip_link_is_the_first_stop_and_goes_to_the_content(browser, site, page_type):
    for url in site.urls(page_type):
        page = open_page(browser, site, url)
        page.keyboard.press("Tab")
        link = active(page)
        assert page.evaluate("e => e.matches('a[href^=\"#\"]')", link), \
            f"{url}: the first Tab stop is {page.evaluate(DESCRIBE_JS, link)}, not a skip link"
        box = page.evaluate(FOCUS_BOX_JS, link)
        assert box["width"] > 0 and box["y"] >= 0 and page.evaluate("e => getComputedStyle(e).opacity", link) == "1", \
            f"{url}: the skip link is not visible when it has focus"
        target = page.evaluate("e => e.getAttribute('href').slice(1)", link)
        assert page.locator(f"[id='{target}']").count() == 1, \
            f"{url}: the skip link goes to #{target}, which is missing"
        page.keyboard.press("Enter")
        top = page.evaluate("id => document.getElementById(id).getBoundingClientRect().top", target)
        assert 0 <= top < DESKTOP["height"] / 2, f"{url}: after the skip link the content is not in view (top {top})"
        page.keyboard.press("Tab")
        after = active(page)
        assert page.evaluate("([id, e]) => !!(document.getElementById(id).compareDocumentPosition(e) & 4)",
                             [target, after]), \
            f"{url}: after the skip link, Tab goes to {page.evaluate(DESCRIBE_JS, after)}, before the content"
        page.close()


def focus_is_visible(page, element) -> bool:
    """Whether focus shows: the area around the element looks different with and without focus."""
    box = page.evaluate(FOCUS_BOX_JS, element)
    if box["width"] < 1 or box["height"] < 1:
        return False
    viewport = page.viewport_size
    x, y = max(box["x"] - 6, 0), max(box["y"] - 6, 0)
    clip = {"x": x, "y": y, "width": min(box["width"] + 12, viewport["width"] - x),
            "height": min(box["height"] + 12, viewport["height"] - y)}
    if clip["width"] < 1 or clip["height"] < 1:
        return False  # focus is off screen
    focused = page.screenshot(clip=clip)
    page.evaluate("e => e.blur()", element)  # Tab goes on from here: blur keeps the focus starting point
    unfocused = page.screenshot(clip=clip)
    difference = ImageChops.difference(Image.open(io.BytesIO(focused)).convert("RGB"),
                                       Image.open(io.BytesIO(unfocused)).convert("RGB"))
    changed = sum(1 for pixel in difference.get_flattened_data() if max(pixel) > 40)
    return changed >= CHANGED_PIXELS


def invisible_focus_stops(page, url) -> list[str]:
    failures = []
    for _ in range(TAB_STOPS):
        page.keyboard.press("Tab")
        element = active(page)
        if page.evaluate("e => e === document.body || !e", element):
            break
        name = page.evaluate(DESCRIBE_JS, element)
        if not focus_is_visible(page, element):
            failures.append(f"{url}: no visible focus on {name}")
    return failures


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_focus_is_visible_on_every_stop(browser, site, page_type):
    url = site.urls(page_type)[0]
    page = open_page(browser, site, url)
    failures = invisible_focus_stops(page, url)  # header, menu, navigation
    page.evaluate("document.getElementById('__inhoud').focus()")
    failures += invisible_focus_stops(page, url)  # the content
    page.close()
    assert not failures, "\n".join(failures)


# Elements that Tab reaches though they are no link, button or field: a screen reader can only say
# what they are and do with a role and a name (WCAG 4.1.2; axe does not check this for <label> or <div>).
UNNAMED_FOCUS_STOPS_JS = """() => [...document.querySelectorAll('[tabindex]:not([tabindex^="-"])')]
  .filter(e => e.tabIndex >= 0 && !e.matches('a[href], button, input, select, textarea, summary, [contenteditable]'))
  .filter(e => !e.getAttribute('role') || !(e.getAttribute('aria-label') || e.innerText || '').trim())
  .map(e => e.outerHTML.slice(0, 120))"""


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_focus_stops_have_a_role_and_a_name(browser, site, page_type):
    url = site.urls(page_type)[0]
    page = open_page(browser, site, url)
    unnamed = page.evaluate(UNNAMED_FOCUS_STOPS_JS)
    page.close()
    assert not unnamed, f"{url}: Tab stops without a role or a name:\n" + "\n".join(unnamed)


PHONE = {"width": 320, "height": 640}  # a small phone, or 400% zoom on a laptop
MENU_BUTTON = ".md-header [role=button][aria-expanded]"


def test_menu_works_without_a_mouse_on_a_phone(browser, site):
    """At 320 px the navigation is a drawer: the menu button opens it, and closed it takes no focus."""
    url = site.urls("article")[0]
    page = open_page(browser, site, url, viewport=PHONE)
    failures = invisible_focus_stops(page, url)  # with the drawer closed, nothing unseen gets focus
    assert not failures, "\n".join(failures)
    page.reload()
    assert tab_until(page, f"() => document.activeElement.matches({MENU_BUTTON!r})", 5), \
        f"{url}: the menu button is not among the first Tab stops"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.getAttribute('aria-expanded')") == "true"
    assert tab_until(page, "() => !!document.activeElement.closest('.md-sidebar--primary')"), \
        f"{url}: Tab does not reach the opened menu"
    element = active(page)
    name = page.evaluate(DESCRIBE_JS, element)
    assert focus_is_visible(page, element), f"{url}: no visible focus on {name} in the opened menu"
    page.keyboard.press("Escape")
    assert page.evaluate("document.activeElement.getAttribute('aria-expanded')") == "false"
    page.close()


SEARCH_INPUT = "input[type=search], [role=search] input[type=text]"
RESULT_LINK_JS = """() => { const e = document.activeElement;
  return e.matches('article a[href]') && !new URL(e.href).pathname.endsWith('/zoeken/'); }"""


def tab_until(page, condition_js: str, stops: int = TAB_STOPS) -> bool:
    for _ in range(stops):
        page.keyboard.press("Tab")
        if page.evaluate(condition_js):
            return True
    return False


def test_search_works_without_a_mouse(browser, site):
    """Tab to the search box, type, Enter; on the results page Tab to a result and open it with Enter."""
    page = open_page(browser, site, site.urls("home")[0])
    assert tab_until(page, f"() => document.activeElement.matches({SEARCH_INPUT!r})"), \
        f"the search box is not among the first {TAB_STOPS} Tab stops"
    page.keyboard.type(SEARCH_QUERY)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    wait_until(page, "() => document.querySelectorAll('article a[href]').length > 0")
    page.keyboard.press("Tab")  # the skip link
    page.keyboard.press("Enter")
    assert tab_until(page, RESULT_LINK_JS, TAB_STOPS * 2), f"{page.url}: no search result can be reached with Tab"
    target = page.evaluate("document.activeElement.href")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.split("#")[0] == target.split("#")[0]
    page.close()


VISIBLE_LINKS_JS = """() => [...document.querySelectorAll('article a[href]')]
  .filter(a => a.getClientRects().length && getComputedStyle(a).visibility !== 'hidden').length"""
FILTER_CONTROL = "article input, article select"


def test_catalogue_filters_work_without_a_mouse(browser, site):
    url = site.urls("catalogue")[0]
    page = open_page(browser, site, url)
    if page.locator(FILTER_CONTROL).count() == 0:
        pytest.skip(f"the catalogue {url} has no filters yet")
    page.keyboard.press("Tab")  # the skip link
    page.keyboard.press("Enter")
    assert tab_until(page, f"() => document.activeElement.matches({FILTER_CONTROL!r})", TAB_STOPS * 2), \
        f"{url}: no filter can be reached with Tab"
    before = page.evaluate(VISIBLE_LINKS_JS)
    kind = page.evaluate("document.activeElement.type")
    if kind in ("checkbox", "radio"):
        page.keyboard.press("Space")
    elif kind.startswith("select"):
        page.keyboard.press("ArrowDown")
    else:
        page.keyboard.type("buurt")
    page.wait_for_timeout(300)
    after = page.evaluate(VISIBLE_LINKS_JS)
    assert after != before, f"{url}: operating the first filter ({kind}) by keyboard did not change the list"
    page.close()


# Where the focused element's middle is covered by the sticky header (and the menu bar below it), or null.
COVERED_BY_HEADER_JS = """element => {
  const box = element.getBoundingClientRect();
  const x = box.left + box.width / 2, y = box.top + Math.min(box.height / 2, 8);
  const top = document.elementFromPoint(x, y);
  const cover = top && top.closest('.md-header, .md-tabs');
  return cover && !cover.contains(element) ? cover.className : null;
}"""


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_focus_is_not_hidden_under_the_sticky_header(browser, site, viewport):
    """WCAG 2.2, 2.4.11: going back up with Shift+Tab, the browser scrolls each link into view at the top;
    the sticky header must not cover it."""
    url = site.urls("article")[0]
    page = open_page(browser, site, url, viewport=viewport)
    page.evaluate("[...document.querySelectorAll('.md-content a[href]')].pop().focus()")
    failures = []
    for _ in range(TAB_STOPS):
        page.keyboard.press("Shift+Tab")
        element = active(page)
        if not page.evaluate("e => !!e.closest('.md-content')", element):
            break
        cover = page.evaluate(COVERED_BY_HEADER_JS, element)
        if cover:
            failures.append(f"{url}: {page.evaluate(DESCRIBE_JS, element)} is under <{cover}>")
    page.close()
    assert not failures, "\n".join(failures)
