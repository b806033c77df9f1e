"""At 320 CSS pixels wide (a small phone, or 400% zoom) the page reflows: no sideways scrolling, nothing cut off.

A screenshot of each page at that width is kept in test-artifacts/320px/.
"""
import pytest
from browser_helpers import PAGE_TYPES, artifact, site, slug  # noqa: F401 (site is a fixture)

PHONE = {"width": 320, "height": 640}
# The site's name in the header, the content and the footer. (The header's second line, the page title
# shown while scrolling, is cut off with an ellipsis by design: it repeats the page's own heading.)
CHECKED = ".md-header__topic:first-child *, .md-content *, .md-footer *, .kb-footer-links *"

# Elements in the content that stick out to the right of the screen, or whose text is cut off by
# overflow: hidden. Inside a scrolling box (a wide table, a code block) is allowed: WCAG 1.4.10
# excepts content that needs two dimensions.
CUT_OFF_JS = """checked => {
  const width = document.documentElement.clientWidth;
  const scrolls = e => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX);
  const inScrollingBox = e => {
    for (let p = e.parentElement; p; p = p.parentElement) if (scrolls(p)) return true;
    return false;
  };
  const classes = e => e.className ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '';
  const describe = e =>
    `<${e.tagName.toLowerCase()}${classes(e)}> "${(e.innerText || '').trim().replace(/\\s+/g, ' ').slice(0, 50)}"`;
  const problems = [];
  for (const e of document.querySelectorAll(checked)) {
    if (!e.getClientRects().length || getComputedStyle(e).visibility === 'hidden' || inScrollingBox(e)) continue;
    const box = e.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) continue;  // text for screen readers only
    const style = getComputedStyle(e);
    // The box itself, or what overflows from it (a long word in a heading).
    const right = style.display === 'inline' || scrolls(e) ? box.right : Math.max(box.right, box.left + e.scrollWidth);
    if (right > width + 1) problems.push(`${describe(e)} ends at ${Math.round(right)} px`);
    if (['hidden', 'clip'].includes(style.overflowX) && e.scrollWidth > e.clientWidth + 1
        && (e.innerText || '').trim()) {
      problems.push(`${describe(e)} cuts off its text (${e.scrollWidth} px in ${e.clientWidth} px)`);
    }
  }
  return problems;
}"""


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_page_reflows_at_320_px(browser, site, page_type):
    failures = []
    for url in site.urls(page_type):
        page = browser.new_page(viewport=PHONE)
        page.goto(site.base + url, wait_until="load")
        page.screenshot(path=artifact("320px", f"{page_type}-{slug(url)}.png"), full_page=True)
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        if scroll_width > PHONE["width"]:
            failures.append(f"{url}: the page scrolls sideways ({scroll_width} px wide)")
        failures += [f"{url}: {problem}" for problem in page.evaluate(CUT_OFF_JS, CHECKED)]
        page.close()
    assert not failures, "\n".join(failures)
