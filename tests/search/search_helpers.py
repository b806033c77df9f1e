"""What the search tests share: the queries authors keep in zoekvragen.yml, the served real site, and
typing into the search box in the header as a reader does."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from conftest import Build, serve, wait_until

QUESTIONS_FILE = Path(__file__).with_name("zoekvragen.yml")
QUESTIONS = yaml.safe_load(QUESTIONS_FILE.read_text(encoding="utf-8"))
SEARCH_BOX = "#kb-zoekvak"
OPTIONS = "#kb-zoeklijst [role=option]"
SUMMARY = "[data-kb-zoeksamenvatting]"


def url_of(site_path: str) -> str:
    """'/dossiers/buurtkracht/abcd.md' -> '/dossiers/buurtkracht/abcd/'; '/e-book/index.md' -> '/e-book/'."""
    stem = site_path.strip("/").removesuffix(".md").removesuffix("index").strip("/")
    return f"/{stem}/" if stem else "/"


def built_pages(site: Path) -> set[str]:
    """The URL of every page MkDocs built: each index.html, less the redirects from old addresses."""
    urls = set()
    for path in site.rglob("index.html"):
        if 'http-equiv="refresh"' not in path.read_text(encoding="utf-8", errors="replace"):
            folder = path.parent.relative_to(site).as_posix()
            urls.add("/" if folder == "." else f"/{folder}/")
    return urls


@dataclass
class ServedSite:
    base: str
    build: Build
    pages: set[str]


@pytest.fixture(scope="module")
def site(real_build):
    base, server = serve(real_build.site)
    yield ServedSite(base, real_build, built_pages(real_build.site))
    server.shutdown()


def page_of(link: str) -> str:
    """A result's link without the section it opens at: '/e-book/x/#kop' -> '/e-book/x/'."""
    return link.split("#")[0]


def search_in_header(page, query: str) -> tuple[list[str], str]:
    """Type a query into the header's search box, key by key; the result links shown (each opens at a
    section: see page_of), and the summary."""
    box = page.locator(SEARCH_BOX)
    box.fill("")
    box.press_sequentially(query, delay=20)
    # The summary names the whole query as typed: "... voor ‘x’." or, with a typo corrected, "(u typte ‘x’)".
    wait_until(page,
        "([selector, query]) => { const text = document.querySelector(selector).textContent;"
        " return text.includes(`‘${query}’.`) || text.includes(`(u typte ‘${query}’)`); }",
        [SUMMARY, query.strip()], timeout=10)
    return [link.get_attribute("href") for link in page.locator(OPTIONS).all()], page.locator(SUMMARY).inner_text()


KINDS_FILE = Path(__file__).with_name("zoekvragen-soorten.yml")
KINDS = yaml.safe_load(KINDS_FILE.read_text(encoding="utf-8"))
TOP = 5


def recall(page, questions: list[dict], pages: set[str] | None = None) -> tuple[float, list[str]]:
    """The share of questions whose page is among the first five results (the link without its section),
    and a line for each miss; a question whose page is not built (pages given) does not count."""
    counted, misses = 0, []
    for question in questions:
        if pages is not None and question["verwacht"] not in pages:
            continue
        counted += 1
        found, summary = search_in_header(page, question["zoek"])
        if question["verwacht"] not in [page_of(link) for link in found[:TOP]]:
            misses.append(f"'{question['zoek']}' -> {question['verwacht']}: {found[:TOP]} ({summary})")
    return (counted - len(misses)) / counted if counted else 1.0, misses


@pytest.fixture(scope="module")
def reader(browser, site):
    """One tab on the site for a module's queries, typed into the header's search box."""
    page = browser.new_page()
    page.goto(site.base + "/dossiers/")
    yield page
    page.close()
