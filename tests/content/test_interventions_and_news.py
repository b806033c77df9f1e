"""Interventions in the databank's structure, and the news: on the built site, in the feed and in the JSON-LD."""
import re
import xml.etree.ElementTree as etree

from catalogue.catalogue_helpers import PAGES, VOCABULARY, json_ld, url_of
from conftest import ROOT
from kennisbank.content import sections

INTERVENTIONS = {url_of(p.file.site_uri): p.source.meta for p in PAGES if p.source.meta.get("type") == "interventie"}
NEWS = {url_of(p.file.site_uri): p.source.meta for p in PAGES if p.source.meta.get("type") == "nieuws"}
SECTIONS = VOCABULARY.types["interventie"].sections
DATABANK = ("Doel", "Doelgroep", "Aanpak", "Uitvoerders", "Werkzame elementen", "Onderzoek", "Erkenning", "Aanbieder")
ATOM = "{http://www.w3.org/2005/Atom}"


def section_texts(page_html: str) -> dict[str, str]:
    """The text under each h2 of the article, by heading."""
    article = page_html.split('<article', 1)[1].split("</article>", 1)[0]
    parts = re.split(r'<h2 id="[^"]*">(.*?)<a class="headerlink"[^>]*>[^<]*</a></h2>', article)
    return {heading: re.sub(r"<[^>]+>", " ", text) for heading, text in zip(parts[1::2], parts[2::2], strict=True)}


def test_the_vocabulary_gives_interventions_the_databank_fields():
    assert tuple(heading for heading, _ in SECTIONS) == DATABANK
    fields = {name for _, names in SECTIONS for name in names}
    assert {"doel", "doelgroep", "aanpak", "uitvoerders", "werkzame_elementen", "onderzoek", "erkenning",
            "erkend_door", "erkend_op", "aanbieder"} <= fields
    # The catalogue's filters read these from the front matter.
    assert {"themas", "doelgroepen", "erkenning"} <= set(VOCABULARY.types["interventie"].required)


def test_there_are_at_least_18_interventions():
    assert len(INTERVENTIONS) >= 18


def test_every_intervention_page_shows_every_databank_section_filled_or_not_known(real_build):
    for url, meta in INTERVENTIONS.items():
        texts = section_texts(real_build.html(url))
        assert list(texts)[:len(DATABANK)] == list(DATABANK), url
        for heading, names in SECTIONS:
            text = " ".join(texts[heading].split())
            known = [name for name in names if meta.get(name) not in (None, "", [], "onbekend")]
            if known:
                assert text and text != f"{VOCABULARY.unknown}.", (url, heading)
            else:
                assert text == f"{VOCABULARY.unknown}." or f"Niveau {VOCABULARY.unknown}" in text, (url, heading, text)


def test_a_known_field_reaches_the_page_and_the_json_ld(real_build):
    meta = INTERVENTIONS["/interventies/buurtcirkel/"]
    page_html = real_build.html("/interventies/buurtcirkel/")
    texts = section_texts(page_html)
    assert "Buurtcirkelcoach" in texts["Uitvoerders"] and "Risbo" in texts["Onderzoek"] and "2017" in texts["Onderzoek"]
    assert "Goed beschreven" in texts["Erkenning"] and "Pameijer" in texts["Aanbieder"]
    assert json_ld(page_html)["mainEntity"]["description"] == meta["doel"]


def test_a_missing_field_shows_the_one_standard_text_and_author_html_is_text():
    markdown = sections.markdown({"doel": "Meer <b>mensen</b> & buurten.", "erkenning": "onbekend"},
                                 VOCABULARY.types["interventie"], VOCABULARY)
    assert "## Doel\n\nMeer &lt;b&gt;mensen&lt;/b&gt; &amp; buurten." in markdown
    assert markdown.count(f"{VOCABULARY.unknown}.") == len(DATABANK) - 2  # all but Doel and Erkenning
    assert f"Niveau\n:   {VOCABULARY.unknown}" in markdown
    assert "Gegeven door" not in markdown  # no recognition: no one gave it


def test_a_recognition_shows_who_gave_it_and_when_known_or_not():
    markdown = sections.markdown({"erkenning": "goed-beschreven", "erkend_op": "2019-12"},
                                 VOCABULARY.types["interventie"], VOCABULARY)
    assert ("## Erkenning\n\nNiveau\n:   Goed beschreven\n\nGegeven door\n:   Niet bekend\n\n"
            "Wanneer\n:   december 2019") in markdown


def test_at_least_five_dated_news_items_each_naming_its_source(real_build):
    assert len(NEWS) >= 5
    for url, meta in NEWS.items():
        page_html = real_build.html(url)
        assert meta["bron"] and re.search(r'<h2 id="bronn?e?n?">', page_html), url


def test_the_news_overview_lists_every_item_newest_first(real_build):
    page_html = real_build.html("/actueel/")
    listed = re.findall(r'<h2 class="kb-lijst__titel"><a href="([^"]+)/"', page_html)
    assert sorted(f"/actueel/{name}/" for name in listed) == sorted(NEWS)
    days = re.findall(r'<time datetime="(\d{4}-\d\d-\d\d)">', page_html)
    assert days == sorted(days, reverse=True) and len(days) == len(NEWS)
    assert "<!-- nieuws -->" not in page_html


def test_the_feed_carries_every_news_item_with_its_day(real_build):
    feed = etree.parse(real_build.site / "feed.xml").getroot()
    published = {entry.find(f"{ATOM}link").get("href"): entry.find(f"{ATOM}published").text
                 for entry in feed.iter(f"{ATOM}entry")}
    for url, meta in NEWS.items():
        address = next(href for href in published if href.endswith(url))
        assert published[address].startswith(str(meta["datum"]))


def test_a_news_item_is_a_news_article_for_machines(real_build):
    url = next(iter(NEWS))
    assert json_ld(real_build.html(url))["@type"] == "NewsArticle"


def test_a_link_to_a_section_of_an_intervention_passes_the_check(tmp_path):
    from check.check_helpers import run_check
    from conftest import make_site, page
    root = make_site(tmp_path, {
        "docs/index.md": page(title="Start",
                              body="Lees [de werkzame elementen](/interventies/abcd.md#werkzame-elementen).\n"),
        "docs/interventies/abcd.md": page("interventie", title="ABCD")})
    for name in ("leesbaarheid.yml", "woordenlijst.txt"):
        (root / name).write_text((ROOT / name).read_text(encoding="utf-8"), encoding="utf-8")
    _, output = run_check(root, "--zonder-spelling")
    assert "werkt niet" not in output, output
