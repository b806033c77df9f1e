"""What the browser tests share: the page types of the built site, the served site, and reports.

Each page type is found in the build itself (from the pages' front matter, or from the files that
were built), so a type joins the tests as soon as its first page exists; a type without pages is
skipped with its reason in the test output.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import ROOT, Build, serve
from kennisbank.content import sources

ARTIFACTS = ROOT / "test-artifacts"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
NOT_FOUND_URL = "/deze-pagina-bestaat-niet/"
SEARCH_QUERY = "vrijwilligers"

# type -> the front-matter type of its pages, or None where the type is found otherwise (see _find).
PAGE_TYPES = {
    "home": None,
    "dossier-landing": "dossier",
    "article": "artikel",
    "ebook-chapter": "hoofdstuk",
    "card": "kaart",
    "intervention": "interventie",
    "catalogue": None,
    "news-item": "nieuws",
    "news-overview": None,
    "overview": None,
    "glossary": None,
    "search-results": None,
    "not-found": None,
}
# Pages per type in one run: the first, the middle and the last. KENNISBANK_ALLE_PAGINAS=1 tests all.
SAMPLE = None if os.environ.get("KENNISBANK_ALLE_PAGINAS") else 3


def _url(site_uri: str) -> str:
    stem = site_uri.removesuffix(".md").removesuffix("index").rstrip("/")
    return f"/{stem}/" if stem else "/"


def _built_urls(site: Path) -> set[str]:
    urls = set()
    for path in site.rglob("index.html"):
        text = path.read_text(encoding="utf-8", errors="replace")
        if 'http-equiv="refresh"' not in text:  # a redirect from an old address is not a page
            folder = path.parent.relative_to(site).as_posix()
            urls.add("/" if folder == "." else f"/{folder}/")
    return urls


def _find(build: Build) -> dict[str, list[str]]:
    pages, _ = sources.load(build.root)
    built = _built_urls(build.site)
    by_type: dict[str, list[str]] = {name: [] for name in PAGE_TYPES}
    for page in pages:
        url = _url(page.file.site_uri)
        for name, front_matter_type in PAGE_TYPES.items():
            if front_matter_type and page.source.meta.get("type") == front_matter_type and url in built:
                by_type[name].append(url)
    special = {"home": "/", "catalogue": "/interventies/", "news-overview": "/actueel/", "glossary": "/begrippen/"}
    for name, url in special.items():
        if url in built:
            by_type[name].append(url)
    if "/zoeken/" in built:
        by_type["search-results"].append(f"/zoeken/?q={SEARCH_QUERY}")
    if (build.site / "404.html").is_file():
        by_type["not-found"].append(NOT_FOUND_URL)
    # Overview pages are generated: built, but from no source file.
    from_sources = {_url(page.file.site_uri) for page in pages}
    by_type["overview"] = sorted(built - from_sources - {"/zoeken/"})
    return {name: _sample(sorted(urls)) for name, urls in by_type.items()}


def _sample(urls: list[str]) -> list[str]:
    if SAMPLE is None or len(urls) <= SAMPLE:
        return urls
    return sorted({urls[0], urls[len(urls) // 2], urls[-1]})


@dataclass
class ServedSite:
    base: str
    build: Build
    pages: dict[str, list[str]]

    def urls(self, page_type: str) -> list[str]:
        """The URLs of this page type, or a skip that says why the type is not tested."""
        urls = self.pages[page_type]
        if not urls:
            pytest.skip(f"page type '{page_type}' is not in this build yet (no page of this type was built)")
        return urls


@pytest.fixture(scope="module")
def site(real_build):
    """The shipped site, built as `make site` builds it, on a local web server."""
    base, server = serve(real_build.site)
    yield ServedSite(base, real_build, _find(real_build))
    server.shutdown()


def artifact(*parts: str) -> Path:
    path = ARTIFACTS.joinpath(*parts)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def slug(url: str) -> str:
    return url.strip("/").split("?")[0].replace("/", "_") or "home"


# A short, readable name for an element in failure messages: tag, id, classes and text.
DESCRIBE_JS = """element => {
  if (!element || element === document.body) return 'body';
  const id = element.id ? '#' + element.id : '';
  const classes = element.classList.length ? '.' + [...element.classList].join('.') : '';
  const text = (element.innerText || element.getAttribute('aria-label') || '').trim().replace(/\\s+/g, ' ');
  return `<${element.tagName.toLowerCase()}${id}${classes}> "${text.slice(0, 60)}"`;
}"""
