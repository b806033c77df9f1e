"""The Dutch language logic of site search (kennisbank/search/), without MkDocs or a browser."""
import asyncio
import json
from concurrent.futures import ThreadPoolExecutor

import pytest

from conftest import ROOT
from kennisbank.content import vocabulary
from kennisbank.content.entries import Entry, SiteContent
from kennisbank.search import facets, indexing, markup, synonyms, typos
from kennisbank.search.compounds import Splitter, hunspell_words
from kennisbank.search.expansion import Expander
from kennisbank.search.words import base_forms, fold, words

# A small dictionary, as the site's own words and hunspell-nl would give it.
DICTIONARY = {"vrijwilliger", "organisatie", "zorg", "steun", "punt", "steunpunt", "buurt", "huis", "dorp",
              "ondersteuner", "community", "cooperatie", "vers", "chillen", "bewoner", "bedrijf", "centrale"}
ON_THE_SITE = DICTIONARY - {"chillen"}


@pytest.fixture
def splitter():
    return Splitter(DICTIONARY, ON_THE_SITE)


def test_folding_drops_case_and_diacritics_and_splits_on_hyphens():
    assert fold("Financiën en Coöperatie") == "financien en cooperatie"
    assert words("De Wmo-consulent (2015) en de zorgcoöperatie.") == ["de", "wmo", "consulent", "2015", "en", "de",
                                                                      "zorgcooperatie"]


@pytest.mark.parametrize("word, base", [
    ("organisaties", "organisatie"), ("vrijwilligers", "vrijwilliger"), ("punten", "punt"), ("huizen", "huis"),
    ("buren", "buur"), ("bakken", "bak"), ("gemeenten", "gemeente"), ("sociale", "sociaal"), ("brieven", "brief"),
])
def test_base_forms_include_the_singular(word, base):
    assert base in base_forms(word)


@pytest.mark.parametrize("word, heads", [
    ("vrijwilligersorganisatie", ["organisatie"]),  # with the linking -s-
    ("zorgsteunpunt", ["steunpunt"]),  # fewest parts: zorg|steunpunt, not zorg|steun|punt
    ("dorpsondersteuner", ["ondersteuner"]),
    ("buurthuizen", ["huizen"]),  # a plural head, found through its singular
    ("zorgcooperaties", ["cooperaties"]),
    ("buurtcommunity", ["community"]),
    ("organisatie", []),  # no compound
    ("verschillen", []),  # "vers" + "chillen": the site never uses "chillen" on its own
])
def test_compounds_give_their_heads(splitter, word, heads):
    assert splitter.heads(word) == heads


def test_every_tail_of_a_compound_of_three_is_a_head():
    # Without "steunpunt" in the dictionary the word has three parts; "steunpunt" is still a head.
    assert Splitter(DICTIONARY - {"steunpunt"}, ON_THE_SITE).heads("zorgsteunpunt") == ["steunpunt", "punt"]


def test_the_whole_word_is_never_its_own_split(splitter):
    assert Splitter(DICTIONARY | {"steunpunt", "zorgsteunpunt"},
                    ON_THE_SITE).split("zorgsteunpunt") == ("zorg", "steunpunt")


def test_the_longest_first_part_wins_a_tie():
    # buur|thuizen and buurt|huizen both have two parts; only the second is what the word means.
    split = Splitter({"buur", "buurt", "thuis", "huis"}, {"huis", "thuis"}).split("buurthuizen")
    assert split == ("buurt", "huizen")


def test_hunspell_word_list_when_installed():
    found = hunspell_words()
    if not found:
        pytest.skip("hunspell-nl is not installed (make test installs it)")
    assert {"organisatie", "community", "cooperatie"} <= found  # folded: coöperatie
    assert not any(word[0].isupper() for word in list(found)[:1000])


def test_missing_hunspell_file_gives_an_empty_word_list(tmp_path):
    assert hunspell_words(tmp_path / "nl_NL.dic") == frozenset()


def groups(tmp_path, text):
    (tmp_path / "data").mkdir(exist_ok=True)
    (tmp_path / synonyms.SYNONYMS_FILE).write_text(text, encoding="utf-8")
    return synonyms.load(tmp_path)


def test_expansion_adds_heads_and_synonyms_not_already_on_the_page(tmp_path, splitter):
    found, problems = groups(tmp_path, "- [Wmo, Wet maatschappelijke ondersteuning]\n- [mantelzorger, informele zorg]\n"
                                       "- [ABCD, Asset Based Community Development]\n")
    assert problems == []
    expander = Expander(splitter, found)
    text = words("Het zorgsteunpunt helpt mantelzorgers. De Wmo regelt steun voor de vrijwilligersorganisatie.")
    assert expander.terms(text) == ["steunpunt", "organisatie", "Wet maatschappelijke ondersteuning", "informele zorg"]
    # A phrase counts only as a whole, in order: "informele" alone is no "informele zorg".
    assert expander.terms(words("Informele hulp en zorg.")) == []
    assert expander.terms(words("Wet maatschappelijke ondersteuning")) == ["Wmo"]


@pytest.mark.parametrize("text, line, expected", [
    ("- [Wmo, Wet maatschappelijke ondersteuning\n", 1, "kan niet gelezen worden"),
    ("Wmo: Wet maatschappelijke ondersteuning\n", 1, "begint met een streepje"),
    ("- [Wmo, Wet]\n- Wmo\n", 2, "tussen blokhaken"),
    ("- [Wmo, Wmo]\n", 1, "minstens twee verschillende woorden"),
    ("- [Wmo, '---']\n", 1, "'---' bevat geen woord"),
])
def test_bad_synonyms_file_is_reported_in_dutch_with_its_line(tmp_path, text, line, expected):
    _, problems = groups(tmp_path, text)
    assert len(problems) == 1 and problems[0].path == "data/synoniemen.yml"
    assert problems[0].line == line and expected in problems[0].message, problems[0]


def test_no_synonyms_file_means_no_groups(tmp_path):
    assert synonyms.load(tmp_path) == ([], [])


def test_shipped_synonyms_file_is_valid():
    found, problems = synonyms.load(ROOT)
    assert problems == [] and len(found) >= 10


def test_filters_come_from_place_and_front_matter():
    vocab = vocabulary.load(ROOT)
    landings = [Entry("dossiers/buurtkracht/index.md", "dossiers/buurtkracht/index.md", "dossier", "Buurtkracht",
                      "Buurtkracht"),
                Entry("dossiers/vrijwillige-inzet/index.md", "dossiers/vrijwillige-inzet/index.md", "dossier",
                      "Dossier Vrijwillige Inzet", "Vrijwillige Inzet")]
    site = SiteContent(landings, vocab, None)
    names = site.dossier_names()

    def entry(site_uri: str, page_type: str, themes: tuple[str, ...] = ()) -> Entry:
        return Entry(site_uri, site_uri, page_type, "Titel", "Titel", themes=themes)

    article = entry("dossiers/buurtkracht/abcd.md", "artikel", ("wat-werkt",))
    assert facets.filters("dossiers/buurtkracht/abcd.md", article, vocab, names) == \
        {"onderdeel": ["Dossier Buurtkracht"], "soort": ["Artikel"], "thema": ["Wat werkt"]}
    assert facets.filters("dossiers/vrijwillige-inzet/index.md", site.entries[1], vocab, names)["onderdeel"] == \
        ["Dossier Vrijwillige Inzet"]
    assert facets.filters("interventies/abcd.md", entry("interventies/abcd.md", "interventie"), vocab,
                          names)["soort"] == ["Interventie"]
    assert facets.filters("e-book/volhouden.md", entry("e-book/volhouden.md", "hoofdstuk"), vocab,
                          names)["onderdeel"] == ["E-book"]
    assert facets.filters("themas/leefbaarheid.md", None, vocab, names) == \
        {"onderdeel": ["Algemeen"], "soort": ["Overzicht"]}


ARTICLE = ('<html><body><nav>Menu</nav><article class="md-content__inner md-typeset"><h1>Titel</h1>'
           '<p>Tekst <span class="uitleg" hidden>verborgen</span> en <b>meer</b><br>tekst.</p>'
           '<nav data-pagefind-ignore><h2>Lees ook</h2><p>Iets anders</p></nav><script>var '
           'x;</script></article></body></html>')


def test_markup_marks_the_article_and_adds_meta_and_filters():
    html = markup.add(ARTICLE, {markup.TITLE_WORDS: [], markup.EXTRA_WORDS: ["steunpunt", "Wet <maatschappelijke>"]},
                      {"thema": ["Wat werkt", "Eigen kracht & zelfregie"]})
    assert '<article class="md-content__inner md-typeset" data-pagefind-body><div hidden data-pagefind-ignore>' in html
    assert '<span data-pagefind-filter="thema">Eigen kracht &amp; zelfregie</span>' in html
    assert '<span data-pagefind-meta="zoekwoorden">steunpunt Wet &lt;maatschappelijke&gt;</span>' in html
    assert "titelwoorden" not in html  # an empty field is left out
    assert markup.add("<html><body><main>Geen artikel</main></body></html>", {}, {}) is None


def test_markup_text_is_what_the_index_sees():
    assert " ".join(markup.text(ARTICLE).split()) == "Menu Titel Tekst en meer tekst."


def test_typo_word_lists_per_prefix_most_frequent_first(tmp_path):
    counts = typos.WordCounts()
    counts.add_page(["vrijwilligers", "vrijwilligers", "vrede", "wmo", "café", "2015", "buurt"])
    counts.add_page(["vrijwilligers", "vrijheid", "buurt"])
    assert counts.chunks() == {"vr": ["vrijwilligers", "vrede", "vrijheid"], "bu": ["buurt"]}
    assert counts.write(tmp_path) == 2
    folder = tmp_path / typos.FOLDER
    assert json.loads((folder / "vr.json").read_text()) == ["vrijwilligers", "vrede", "vrijheid"]
    assert json.loads((folder / "qx.json").read_text()) == []  # every prefix has a file: no 404 in the browser
    assert len(list(folder.iterdir())) == 26 * 26


def test_pagefind_gets_the_marked_article_alone_with_the_page_language():
    page = ('<html lang="nl"><head><title>T</title></head><body><nav>Menu met 300 links</nav>'
            '<article class="md-content__inner md-typeset" data-pagefind-body><h1>Titel</h1><p>Tekst</p></article>'
            '<footer>Voet</footer></body></html>')
    part = indexing.indexed_part(page)
    assert '<html lang="nl">' in part
    assert ('<article class="md-content__inner md-typeset" data-pagefind-body><h1>Titel</h1><p>Tekst</p></article>'
            in part)
    assert "Menu" not in part and "Voet" not in part
    assert indexing.indexed_part(page.replace(" data-pagefind-body", "")) is None


def test_an_incomplete_pagefind_index_is_noticed(tmp_path):
    page = ('<!doctype html><html lang="nl"><head><meta charset="utf-8"></head><body>'
            '<article data-pagefind-body><h1>{}</h1><p>Vrijwilligers in de buurt.</p></article></body></html>')
    pages = {"a/index.html": page.format("A"), "b/index.html": page.format("B")}
    # In a thread of its own, as in a build: Playwright's tests leave an event loop running in this one.
    with ThreadPoolExecutor(1) as pool:
        pool.submit(indexing.index_pages, pages, tmp_path).result()
    bundle = tmp_path / indexing.BUNDLE
    assert indexing.incomplete(bundle, 2) is None
    assert indexing.incomplete(bundle, 3) == "de index heeft 2 pagina's in plaats van 3"
    wasm = next(bundle.glob("wasm.*.pagefind"))
    whole = wasm.read_bytes()
    wasm.write_bytes(whole[: len(whole) // 2])  # written half, as when Pagefind's process is stopped too early
    assert indexing.incomplete(bundle, 2) == f"{wasm.name} is niet compleet"
    wasm.write_bytes(whole)
    for script in sorted(bundle.glob("*.js")) + sorted(bundle.glob("*.css")):  # a script cut off mid-write, as seen
        text = script.read_bytes()
        cut = next(end for end in range(len(text) // 2, len(text)) if text[end - 1:end].isalpha())  # mid-word
        script.write_bytes(text[:cut])
        assert indexing.incomplete(bundle, 2) == f"{script.name} is niet compleet"
        script.write_bytes(text)
    assert indexing.incomplete(bundle, 2) is None
    meta = next(bundle.glob("*.pf_meta"))
    meta.write_bytes(b"")
    assert indexing.incomplete(bundle, 2) == f"{meta.name} ontbreekt of is leeg"
    (bundle / "pagefind-entry.json").write_text("", encoding="utf-8")
    assert indexing.incomplete(bundle, 2).startswith("pagefind-entry.json is onleesbaar")


def test_the_wait_for_pagefind_files_ends_when_they_are_readable_and_no_longer_growing(tmp_path, monkeypatch):
    page = ('<!doctype html><html lang="nl"><head><meta charset="utf-8"></head><body>'
            '<article data-pagefind-body><h1>{}</h1><p>Vrijwilligers in de buurt.</p></article></body></html>')
    bundle = tmp_path / indexing.BUNDLE

    def wait(quiet: float = 0.0) -> str | None:  # in a thread of its own: see above
        with ThreadPoolExecutor(1) as pool:
            return pool.submit(asyncio.run, indexing.wait_for_files(bundle, 2, quiet)).result()

    with ThreadPoolExecutor(1) as pool:
        pool.submit(indexing.index_pages, {"a/index.html": page.format("A"), "b/index.html": page.format("B")},
                    tmp_path).result()
    assert wait() is None
    monkeypatch.setattr(indexing, "WAIT_FOR_FILES", 0)  # no waiting: what is wrong at the first look
    assert wait(quiet=60) == "de bestanden van de index groeien nog"  # seen once: not yet known to be quiet
    (bundle / "pagefind-entry.json").write_text("", encoding="utf-8")
    assert wait().startswith("pagefind-entry.json is onleesbaar")


def test_two_indexes_of_the_same_pages_are_the_same_bytes(tmp_path):
    """Pagefind writes its filter files in hash-map order; stable_files sorts them and names them after their
    content."""
    page = ('<!doctype html><html lang="nl"><head><meta charset="utf-8"></head><body><article data-pagefind-body>'
            '<span data-pagefind-filter="thema">{}</span><h1>{}</h1><p>Vrijwilligers in de '
            'buurt.</p></article></body></html>')
    pages = {f"{name}/index.html": page.format(theme, name) for name, theme in
             [("a", "Zorg"), ("b", "Wonen"), ("c", "Werk"), ("d", "Zorg"), ("e", "Sport"), ("f", "Cultuur")]}
    made = []
    for run in ("een", "twee"):
        with ThreadPoolExecutor(1) as pool:
            pool.submit(indexing.index_pages, pages, tmp_path / run).result()
        bundle = tmp_path / run / indexing.BUNDLE
        assert indexing.incomplete(bundle, len(pages)) is None
        made.append({path.relative_to(bundle).as_posix(): path.read_bytes() for path in bundle.rglob("*")
                     if path.is_file()})
    assert any(name.startswith("filter/") for name in made[0])
    assert made[0] == made[1]
