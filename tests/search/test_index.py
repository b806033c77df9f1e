"""The index of the built real site: every page that is built, nothing else, without the site's chrome,
with the filters from each page's front matter. Read in Chromium through Pagefind's own API."""
import re

import pytest
from search_helpers import site  # noqa: F401

from kennisbank.content import sources, vocabulary

# Every page in the index, with what a search result shows of it.
READ_INDEX = """async () => {
  const pagefind = await import('/pagefind/pagefind.js');
  const search = await pagefind.search(null);
  return Promise.all(search.results.map(async (result) => {
    const data = await result.data();
    return {url: data.url, content: data.content, title: data.meta.title, filters: data.filters};
  }));
}"""

# Text of the chrome around and inside the article: never part of a page's indexed text.
CHROME = ("Kennisbank Actief Burgerschap", "Naar inhoud", "Zo verwijst u naar deze pagina",
          "minuten lezen", "gepubliceerd op", "Kopieer de verwijzing", "Download dit", "Link naar dit kopje", "¶",
          "Over deze site", "Toegankelijkheid Over deze kennisbank")
_TOOLTIP = re.compile(r'<span class="kb-begrip__uitleg"[^>]*>(.*?)</span>', re.DOTALL)


@pytest.fixture(scope="module")
def index(browser, site):
    page = browser.new_page()
    page.goto(site.base + "/404.html")
    pages = page.evaluate(READ_INDEX)
    page.close()
    return {entry["url"]: entry for entry in pages}


# The further pages and orderings of a long overview (kennisbank/finding/pagination.py) list the same pages again:
# only the overview's own page is in the index. They are the pages below an overview's address.
FURTHER_OVERVIEW_PAGE = re.compile(r"^/((themas|doelgroepen|soorten)/[^/]+|dossiers/[^/]+/overzicht)/.+/$")


def test_every_built_page_is_in_the_index_and_nothing_else(site, index):
    further = {url for url in site.pages if FURTHER_OVERVIEW_PAGE.match(url)}
    assert len(index) == len(site.pages - {"/zoeken/"} - further), "a page is in the index twice"
    assert set(index) == site.pages - {"/zoeken/"} - further
    assert not any("404" in url for url in index)
    assert (site.build.site / "404.html").is_file()


def test_indexed_text_has_no_chrome(index):
    for url, entry in index.items():
        found = [text for text in CHROME if text in entry["content"]]
        assert not found, f"{url}: {found}"


def test_glossary_tooltips_belong_to_the_glossary_not_to_every_page(site, index):
    checked = 0
    for url, entry in index.items():
        html = (site.build.site / url.strip("/") / "index.html").read_text(encoding="utf-8")
        for tooltip in _TOOLTIP.findall(html):
            text = re.sub(r"<[^>]+>", "", tooltip).strip()
            assert text[:60] not in entry["content"], f"{url}: {text[:60]}"
            checked += 1
    assert checked, "no page of the site has a glossary term: the test checked nothing"


def test_titles_and_filters_come_from_the_front_matter(site, index):
    vocab = vocabulary.load(site.build.root)
    pages, _ = sources.load(site.build.root)
    for page in pages:
        url = "/" + page.file.site_uri.removesuffix(".md").removesuffix("index").strip("/") + "/"
        entry = index[url.replace("//", "/")]
        meta = page.source.meta
        assert entry["title"] == meta["title"], url
        assert entry["filters"]["soort"] == [vocab.types[meta["type"]].label], url
        themes = sorted(vocab.value_lists["themas"][code] for code in meta.get("themas", []))
        assert sorted(entry["filters"].get("thema", [])) == themes, url
    parts = {value for entry in index.values() for value in entry["filters"]["onderdeel"]}
    assert {"E-book", "Praktijkkaarten", "Interventies"} <= parts
    assert any(part.startswith("Dossier ") for part in parts)
