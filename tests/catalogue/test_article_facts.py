"""On a sampled article of the real build: reading time, dates, breadcrumbs, related pages, citation, metadata."""
import html
import math
import re

import pytest
from catalogue_helpers import PAGES, SOURCES, VOCABULARY, json_ld, links, meta_property, url_of
from playwright.sync_api import expect

from conftest import serve
from kennisbank.content.dates import in_words
from kennisbank.content.links import resolve
from kennisbank.content.schema import parse_date

SITE_URL = "https://kennisbank.example.nl"
# An article whose author named related pages, so that both kinds of related pages are checked.
SAMPLE = next(p for p in sorted(PAGES, key=lambda p: p.file.site_uri)
              if p.source.meta.get("type") == "artikel" and p.source.meta.get("gerelateerd"))
URL = url_of(SAMPLE.file.site_uri)
META = SAMPLE.source.meta


@pytest.fixture(scope="module")
def article(real_build):
    return real_build.html(URL)


def text_of(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def test_reading_time_fits_the_words_of_the_text(article):
    minutes = int(re.search(r'<p class="kb-artikel-gegevens"[^>]*>\s*<span>(\d+) minuten? lezen</span>',
                            article).group(1))
    text = article.split('class="kb-artikel-gegevens"', 1)[1].split('<nav class="kb-gerelateerd"', 1)[0]
    text = re.sub(r'<span class="kb-begrip__uitleg".*?</span>', " ", text, flags=re.S)
    words = len(re.findall(r"\w+", text_of(text).replace("¶", "")))
    assert abs(minutes - math.ceil(words / 200)) <= 1, (minutes, words)


def test_publication_date_in_dutch_words_and_no_update_claim_without_git(article):
    published = parse_date(META["datum"])
    assert (f'gepubliceerd op <time datetime="{published.isoformat()}">{in_words(published)}</time>') in article
    assert "bijgewerkt op <time" not in article  # the real build is a copy without Git history (see test_git_dates.py)


def test_breadcrumbs_lead_to_the_dossier(article):
    crumbs = re.search(r'<nav class="md-path".*?</nav>', article, re.S).group(0)
    dossier = SOURCES[f"dossiers/{SAMPLE.file.site_uri.split('/')[1]}/index.md"].meta
    assert "Start" in crumbs and (dossier.get("menutitel") or dossier["title"]) in crumbs


def test_related_pages_first_named_then_sharing_a_theme_never_itself(article):
    related = links(article, URL, "kb-gerelateerd__item")
    assert 1 <= len(related) <= max(5, len(META["gerelateerd"]))
    named = [url_of(resolve(SAMPLE.file.site_uri, target)[0]) for target in META["gerelateerd"]]
    assert related[:len(named)] == named
    assert URL not in related
    by_url = {url_of(uri): source.meta for uri, source in SOURCES.items()}
    for other in related[len(named):]:
        assert set(by_url[other].get("themas", [])) & set(META["themas"]), other


def test_citation_in_apa_style_with_a_copy_button(article):
    block = re.search(r'<section class="kb-verwijzen".*?</section>', article, re.S).group(0)
    assert "Zo verwijst u naar deze pagina" in block
    published = parse_date(META["datum"])
    citation = text_of(re.search(r'<p class="kb-verwijzen__tekst">(.*?)</p>', block, re.S).group(1))
    title = str(META["title"])
    title += "" if title[-1] in ".?!" else "."
    when = f"({published.year}, {in_words(published).rsplit(' ', 1)[0]})"
    if META.get("auteur"):
        assert citation == f"{META['auteur']}. {when}. {title} Kennisbank Actief Burgerschap. {SITE_URL}{URL}"
    else:
        assert citation == f"Kennisbank Actief Burgerschap. {when}. {title} {SITE_URL}{URL}"
    assert f'data-kb-kopieer="{html.escape(citation)}"' in block


def test_json_ld_and_open_graph_describe_the_article(article):
    data = json_ld(article)
    assert data["@context"] == "https://schema.org" and data["@type"] == "Article"
    assert data["headline"] == META["title"] and data["url"] == SITE_URL + URL
    assert data["datePublished"] == parse_date(META["datum"]).isoformat()
    assert data["keywords"] == [VOCABULARY.value_lists["themas"][code] for code in META["themas"]]
    assert meta_property(article, "og:title") == [META["title"]]
    assert meta_property(article, "og:description") == [META["description"]]
    assert meta_property(article, "og:type") == ["article"]
    assert f'<meta name="description" content="{META["description"]}">' in article.replace("&#39;", "'")


def test_the_e_book_is_a_book_and_an_intervention_a_service(real_build):
    book = json_ld(real_build.html("/e-book/"))
    chapters = [p for p in PAGES if p.source.meta.get("type") == "hoofdstuk"]
    assert book["@type"] == "Book" and len(book["hasPart"]) == len(chapters)
    intervention = next(p for p in sorted(PAGES, key=lambda p: p.file.site_uri)
                        if p.source.meta.get("type") == "interventie")
    data = json_ld(real_build.html(url_of(intervention.file.site_uri)))
    assert data["mainEntity"]["@type"] == "Service" and data["mainEntity"]["name"] == intervention.source.meta["title"]


def test_copy_button_copies_the_citation_and_says_so(browser, real_build):
    url, server = serve(real_build.site)
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(url + URL)
    page.click("[data-kb-kopieer]")
    expect(page.locator("[data-kb-kopieer-melding]")).to_have_text("De verwijzing is gekopieerd.")  # the copy is async
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == page.locator("[data-kb-kopieer]").get_attribute("data-kb-kopieer")
    assert copied.endswith(SITE_URL + URL)
    context.close()
    server.shutdown()
