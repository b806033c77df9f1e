"""What the build does for search, on small sites: the markup per page, the results page, the index files,
and Dutch messages for what authors can get wrong."""
import json
import re

import pytest

from conftest import FIXTURE_FILES, make_site, page, run_build

SYNONYMS = "- [Wmo, Wet maatschappelijke ondersteuning]\n- [mantelzorger, informele zorg]\n"
EXTRA_PAGES = {
    "data/synoniemen.yml": SYNONYMS,
    "dossiers/buurtkracht/zorgsteunpunt.md": page(
        "artikel", title="Een zorgsteunpunt in het dorp", themas="[informele-zorg, leefbaarheid]",
        body="Het zorgsteunpunt helpt mantelzorgers. Een steunpunt is dichtbij. De Wmo regelt de rest.\n"),
}


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    built = run_build(make_site(tmp_path_factory.mktemp("zoeken"), {**FIXTURE_FILES, **EXTRA_PAGES}))
    assert built.returncode == 0, built.output
    return built


def hidden_block(html: str) -> str:
    match = re.search(r'<article class="md-content__inner md-typeset" data-pagefind-body>(<div hidden '
                      r'data-pagefind-ignore>.*?</div>)', html)
    assert match, "the article is not marked for the index"
    return match[1]


def test_a_page_gets_its_filters_and_extra_search_words(build):
    block = hidden_block(build.html("dossiers/buurtkracht/zorgsteunpunt"))
    assert '<span data-pagefind-filter="onderdeel">Dossier Buurtkracht</span>' in block
    assert '<span data-pagefind-filter="soort">Artikel</span>' in block
    assert '<span data-pagefind-filter="thema">Mantelzorg en informele zorg</span>' in block
    assert '<span data-pagefind-filter="thema">Leefbaarheid in buurt en dorp</span>' in block
    # "steunpunt" is also in the text on its own, so the title's compound gives it as a title word.
    assert '<span data-pagefind-meta="titelwoorden">steunpunt</span>' in block
    extra = re.search(r'data-pagefind-meta="zoekwoorden">([^<]*)<', block)[1]
    assert "Wet maatschappelijke ondersteuning" in extra and "informele zorg" in extra
    # An article weighs fully; a generated overview less (docs/assets/zoeken.js ranks it below answers).
    assert "gewicht" not in block
    assert '<span data-pagefind-meta="gewicht:0.2"></span>' in hidden_block(build.html("themas"))


def test_every_page_but_the_search_page_and_404_is_marked_for_the_index(build):
    pages = [path for path in build.site.rglob("*.html")
             if 'http-equiv="refresh"' not in path.read_text(encoding="utf-8")]
    unmarked = {path.relative_to(build.site).as_posix() for path in pages
                if "data-pagefind-body" not in path.read_text(encoding="utf-8")}
    assert unmarked == {"404.html", "zoeken/index.html"}


def test_the_results_page_is_built_but_not_in_the_navigation(build):
    results = build.html("zoeken")
    assert '<h1 id="__inhoud" tabindex="-1">Zoeken in de kennisbank</h1>' in results
    assert 'data-kb-zoekpagina' in results and 'name="q"' in results
    home = build.html("")
    assert not re.search(r'class="md-nav__link[^"]*"[^>]*href="[^"]*zoeken/?"', home)
    assert 'action="zoeken/"' in home  # the header's search box


def test_the_index_and_the_word_lists_are_written(build):
    bundle = build.site / "pagefind"
    assert (bundle / "pagefind.js").is_file() and list(bundle.glob("wasm.nl.*"))
    assert (build.site / "zoeken" / "woorden" / "zo.json").read_text().startswith('["zo')
    facts = json.loads((build.site / "zoeken" / "stopwoorden.json").read_text())
    assert {"de", "hoe", "ik", "niet"} <= set(facts["stopwoorden"]) and facts["paginas"] > 0
    assert not (build.site / "search" / "search_index.json").exists()  # Material's own search is off


def test_the_header_search_box_is_labelled_and_material_search_is_gone(build):
    html = build.html("dossiers/buurtkracht/abcd")
    assert '<label class="kb-zoeken__verborgen" for="kb-zoekvak">Zoeken in de kennisbank</label>' in html
    assert 'data-md-component="search"' not in html
    assert re.search(r'<script src="[./]*assets/zoeken\.js"', html)


@pytest.mark.parametrize("text, expected", [
    ("- [Wmo, Wet maatschappelijke ondersteuning\n", "data/synoniemen.yml:1: het bestand kan niet gelezen worden"),
    ("- [Wmo]\n", "data/synoniemen.yml:1: een groep heeft minstens twee verschillende woorden nodig"),
    ("- {term: xqzzy, zelfde: [plorf]}\n", "data/synoniemen.yml:1: 'xqzzy' staat op geen enkele pagina"),
    ("- {term: Wmo, zelfde: [zorgwet]}\n- {term: mantelzorger, zelfde: [zorgwet]}\n",
     "data/synoniemen.yml:2: 'zorgwet' staat al in regel 1"),
])
def test_a_bad_synonyms_file_stops_the_build_in_dutch(tmp_path, text, expected):
    built = run_build(make_site(tmp_path, {**FIXTURE_FILES, "data/synoniemen.yml": text}))
    assert built.returncode != 0 and "Traceback" not in built.output
    assert expected in built.output, built.output


def test_a_page_where_the_search_page_goes_is_reported(tmp_path):
    built = run_build(make_site(tmp_path, {**FIXTURE_FILES, "docs/zoeken.md": page(title="Zoeken")}))
    assert built.returncode != 0 and "Traceback" not in built.output
    assert "docs/zoeken.md: op deze plek (/zoeken/) zet de site zelf de zoekpagina" in built.output


def test_material_search_switched_back_on_is_reported(tmp_path):
    root = make_site(tmp_path, FIXTURE_FILES)
    config = root / "mkdocs.yml"
    config.write_text(re.sub(r"(?m)^plugins: \[\]$", "plugins:\n  - search", config.read_text(encoding="utf-8")))
    built = run_build(root)
    assert built.returncode != 0 and "Traceback" not in built.output
    assert "de zoekfunctie van Material staat aan" in built.output
