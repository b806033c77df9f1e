"""Glossary terms on the real build: explained once per page, with an accessible tooltip."""
import re

import pytest
from catalogue_helpers import SOURCES, url_of

from conftest import ROOT, serve
from kennisbank.content import glossary

TERMS = glossary.load(ROOT / "docs/begrippen.md")
ANCHORS = {term.anchor for term in TERMS}


def built_pages(site):
    return [path for path in site.rglob("index.html") if 'http-equiv="refresh"' not in path.read_text(encoding="utf-8")]


def test_terms_are_explained_once_per_page_never_in_headings_links_or_code(real_build):
    assert TERMS, "docs/begrippen.md has no terms"
    explained_somewhere = 0
    for path in built_pages(real_build.site):
        article = path.read_text(encoding="utf-8")
        content = article.split('<article class="md-content__inner', 1)[-1].split("</article>", 1)[0]
        terms = re.findall(r'<span class="kb-begrip"><a aria-describedby="kb-begrip-([\w-]+)" href="([^"]+)"', content)
        explained_somewhere += len(terms)
        anchors = [anchor for anchor, _ in terms]
        assert len(anchors) == len(set(anchors)), path  # the first use only
        assert set(anchors) <= ANCHORS
        for anchor, href in terms:
            assert href.endswith(f"begrippen/#{anchor}"), href
            assert f'<span class="kb-begrip__uitleg" hidden="hidden" id="kb-begrip-{anchor}" role="tooltip">' in content
        for tag in ("h1", "h2", "h3", "h4", "a", "code", "pre"):
            for inner in re.findall(rf"<{tag}\b[^>]*>(.*?)</{tag}>", content, re.S):
                assert "kb-begrip" not in inner, (path, tag)
    assert explained_somewhere >= len(SOURCES) // 4
    assert 'class="kb-begrip"' not in real_build.html("/begrippen/")  # the glossary explains every term itself


@pytest.fixture(scope="module")
def site_url(real_build):
    url, server = serve(real_build.site)
    yield url
    server.shutdown()


def test_the_definition_shows_on_keyboard_focus_and_closes_with_escape(browser, site_url):
    sample = next(uri for uri in sorted(SOURCES) if SOURCES[uri].meta.get("type") == "artikel")
    page = browser.new_page()
    page.goto(site_url + url_of(sample))
    term = page.locator(".kb-begrip").first
    definition = term.locator(".kb-begrip__uitleg")
    assert not definition.is_visible()
    term.locator("a").focus()
    assert definition.is_visible()
    description = term.locator("a").evaluate(
        "a => document.getElementById(a.getAttribute('aria-describedby')).textContent")
    assert description == definition.inner_text() and len(description) > 10
    page.keyboard.press("Escape")
    assert not definition.is_visible()
    page.close()
