"""Printed: no navigation or search, the address after each link, dark text on white, nothing cut off on A4.

The PDF that Chromium prints of each page is kept in test-artifacts/print/.
"""
import re

import pytest
from browser_helpers import PAGE_TYPES, artifact, site, slug  # noqa: F401 (site is a fixture)
from pypdf import PdfReader

# A4 is 210 mm wide; the print CSS sets margins of 18 mm left and right: 174 mm at 96 px per inch.
A4_TEXT_WIDTH = round(174 / 25.4 * 96)
A4_POINTS = (595, 842)
NOT_ON_PAPER = (".md-header, .md-tabs, .md-sidebar, .md-path, .md-footer, .kb-footer-links, .md-skip, .md-top, "
                "[role=search]")

SHOWN_JS = """selector => [...document.querySelectorAll(selector)]
  .filter(e => e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden')
  .map(e => e.outerHTML.slice(0, 80))"""

# Links that lead elsewhere must print their full address after the text (from the build, see
# hooks/print_links.py), or for links a script adds, their href; a glossary term prints as just the
# word (docs/assets/vinden.css).
WITHOUT_ADDRESS_ON_PURPOSE = ".kb-begrip > a"
LINKS_WITHOUT_ADDRESS_JS = """exempt => [...document.querySelectorAll('article a[href]')]
  .filter(a => a.getClientRects().length && !/^(#|mailto:|tel:)/.test(a.getAttribute('href')) && !a.matches(exempt))
  .filter(a => {
    const printed = getComputedStyle(a, '::after').content;
    const address = a.dataset.printUrl;
    if (!address) return !printed.includes(a.getAttribute('href'));  // added by a script: its own href
    return !printed.includes(address) || new URL(address).pathname !== new URL(a.href).pathname;
  })
  .map(a => `${a.outerHTML.slice(0, 120)} prints ${getComputedStyle(a, '::after').content}`)"""

# On paper nothing scrolls: content wider than the page, or hidden in a scrolling box, is lost.
CUT_OFF_JS = """width => {
  const problems = [];
  for (const e of document.querySelectorAll('article, article *')) {
    if (!e.getClientRects().length) continue;
    const box = e.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) continue;  // text for screen readers only
    const name = `<${e.tagName.toLowerCase()}> "${(e.innerText || '').trim().replace(/\\s+/g, ' ').slice(0, 50)}"`;
    if (box.right > width + 1) problems.push(`${name} ends at ${Math.round(box.right)} px of ${width}`);
    else if (getComputedStyle(e).overflowX !== 'visible' && e.scrollWidth > e.clientWidth + 1) {
      problems.push(`${name} hides ${e.scrollWidth - e.clientWidth} px of its content`);
    }
  }
  return problems;
}"""

# The text colour of the content, as a contrast ratio against white paper.
TEXT_CONTRAST_JS = """() => {
  const [r, g, b, a = 1] = getComputedStyle(document.querySelector('article p, article li, article h1'))
    .color.match(/[\\d.]+/g).map(Number);
  const channel = c => {
    c = (c * a + 255 * (1 - a)) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  return 1.05 / (luminance + 0.05);
}"""


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_page_prints_on_a4(browser, site, page_type):
    failures = []
    # Dark on screen, to check that paper still gets dark text on white.
    context = browser.new_context(color_scheme="dark", viewport={"width": A4_TEXT_WIDTH, "height": 1000})
    for url in site.urls(page_type):
        page = context.new_page()
        page.goto(site.base + url, wait_until="networkidle")
        page.emulate_media(media="print")
        failures += [f"{url}: printed, though it is navigation or search: {html}"
                     for html in page.evaluate(SHOWN_JS, NOT_ON_PAPER)]
        failures += [f"{url}: a link without its address on paper: {link}"
                     for link in page.evaluate(LINKS_WITHOUT_ADDRESS_JS, WITHOUT_ADDRESS_ON_PURPOSE)]
        failures += [f"{url}: cut off on A4: {problem}" for problem in page.evaluate(CUT_OFF_JS, A4_TEXT_WIDTH)]
        contrast = page.evaluate(TEXT_CONTRAST_JS)
        if contrast < 4.5:
            failures.append(f"{url}: the text prints with a contrast of {contrast:.1f}:1 on white paper")

        pdf_path = artifact("print", f"{page_type}-{slug(url)}.pdf")
        page.pdf(path=str(pdf_path), prefer_css_page_size=True)
        reader = PdfReader(pdf_path)
        size = tuple(round(float(value)) for value in reader.pages[0].mediabox[2:])
        if size != A4_POINTS:
            failures.append(f"{url}: prints on {size} points, not A4 {A4_POINTS}")
        # The PDF's text comes out in drawing order (a link is a run of its own): compare words, not a phrase.
        printed = set(words(" ".join(pdf_page.extract_text() for pdf_page in reader.pages)))
        last_words = words(page.evaluate("document.querySelector('article').innerText"))[-8:]
        if missing := [word for word in last_words if word not in printed]:
            failures.append(f"{url}: the end of the page is missing from the printed PDF: {missing}")
        page.close()
    context.close()
    assert not failures, "\n".join(failures)
