"""A page's typed fields (kennisbank/content/entries.py), the site's addresses (addresses.py) and the one YAML reader
(yaml_files.py), without MkDocs."""
import datetime
import logging

import pytest
from site_entries import load_site

from conftest import ROOT, page
from kennisbank.content import addresses, vocabulary, yaml_files
from kennisbank.content.entries import Entry
from kennisbank.problems import Problem, stop_on


def test_every_field_the_site_uses_is_typed_on_the_entry(tmp_path):
    site = load_site(tmp_path, {
        "docs/interventies/abcd.md": page("interventie", title=" ABCD ", menutitel="ABCD kort", auteur="Redactie",
                                          erkenning="goed-onderbouwd", doel="Buren helpen elkaar", doelgroep="Bewoners",
                                          themas="[leefbaarheid, bestaat-niet]", datum="2026-11-28"),
        "ebook/een.md": page("hoofdstuk", title="Een", hoofdstuk=3),
        "docs/kaarten/k.md": page("kaart", title="Kaart", basisfunctie="verbinden"),
        "docs/actueel/n.md": page("nieuws", title="Nieuws", datum="2026-05-01"),
    })
    intervention, chapter = site.by_uri["interventies/abcd.md"], site.by_uri["e-book/een.md"]
    assert (intervention.title, intervention.menu_title, intervention.author) == ("ABCD", "ABCD kort", "Redactie")
    assert (intervention.recognition, intervention.is_recognised) == ("goed-onderbouwd", True)
    assert (intervention.goal, intervention.audience, intervention.themes) == ("Buren helpen elkaar", "Bewoners",
                                                                               ("leefbaarheid",))
    assert intervention.dates.published == datetime.date(2026, 11, 28) and intervention.news_day is None
    assert (chapter.chapter, chapter.menu_title, chapter.author) == (3, "Een", None)
    assert site.by_uri["kaarten/k.md"].basic_function == "verbinden"
    assert site.by_uri["actueel/n.md"].news_day == datetime.date(2026, 5, 1)
    assert intervention.text("doel") == "Buren helpen elkaar" and intervention.text("aanbieder") == ""


def test_a_dossier_is_read_from_the_path_in_one_way():
    assert addresses.dossier_of("dossiers/buurtkracht/abcd.md") == "buurtkracht"
    assert addresses.dossier_of("dossiers/buurtkracht/index.md") == "buurtkracht"
    assert addresses.dossier_of("interventies/abcd.md") is None
    assert addresses.is_dossier_landing("dossiers/buurtkracht/index.md")
    assert not addresses.is_dossier_landing("dossiers/buurtkracht/abcd.md")
    assert addresses.dossier_article("dossiers/buurtkracht/abcd.md") == "buurtkracht"
    assert addresses.dossier_article("dossiers/buurtkracht/index.md") is None


def test_the_overview_addresses_come_from_the_vocabulary_without_building():
    vocab = vocabulary.load(ROOT)
    found = addresses.overviews(vocab, ["dossiers/buurtkracht/index.md", "dossiers/buurtkracht/abcd.md", "index.md"])
    assert found[0] == addresses.HUB
    assert {"themas/wat-werkt.md", "doelgroepen/gemeenten.md", "soorten/artikel.md",
            "dossiers/buurtkracht/overzicht.md"} <= set(found)
    assert len(found) == 1 + len(vocab.value_lists["themas"]) + len(vocab.value_lists["doelgroepen"]) \
        + len(vocab.types) + 1
    assert {addresses.SEARCH, addresses.FEED} <= addresses.generated(vocab, [])


def test_an_author_file_at_a_generated_address_is_named_once_in_dutch():
    problems = addresses.taken({"zoeken.md": "de zoekpagina", "themas/index.md": "een overzichtspagina"},
                               {"zoeken/index.md": "docs/zoeken/index.md", "themas/index.md": "docs/themas/index.md",
                                "andere.md": "docs/andere.md"})
    assert [str(problem) for problem in problems] == [
        "docs/zoeken/index.md: op deze plek (/zoeken/) zet de site zelf de zoekpagina. "
        "Geef het bestand een andere naam.",
        "docs/themas/index.md: op deze plek (/themas/) zet de site zelf een overzichtspagina. "
        "Geef het bestand een andere naam."]


@pytest.mark.parametrize("text, line", [
    ("- [Wmo, Wet\n", 1),  # the bracket that is never closed
    ("a: b\nc: [d\n", 2),
    ("a: b\n  c: d\n", 2),
])
def test_an_unreadable_yaml_file_is_one_dutch_message_at_its_line(tmp_path, text, line):
    (tmp_path / "data.yml").write_text(text, encoding="utf-8")
    for read in (yaml_files.load, yaml_files.compose):
        problems = read(tmp_path, "data.yml", "Doe dit.")[2]
        assert len(problems) == 1 and problems[0].line == line, problems
        assert problems[0].message.startswith("het bestand kan niet gelezen worden (")
        assert problems[0].message.endswith("). Doe dit.")


def test_a_missing_optional_yaml_file_is_no_problem_and_a_missing_required_one_is(tmp_path):
    assert yaml_files.compose(tmp_path, "weg.yml", "Doe dit.", optional=True) == ("", None, [])
    assert yaml_files.load(tmp_path, "weg.yml", "Doe dit.")[2][0].path == "weg.yml"


def test_a_hook_stops_with_every_problem_in_the_log(caplog):
    class Stop(Exception):
        pass

    log = logging.getLogger("mkdocs.plugins.kennisbank.test")
    stop_on([], log, Stop)  # nothing to report: the build goes on
    problems = [Problem("a.md", 3, "eerste"), Problem("b.md", None, "tweede")]
    with caplog.at_level(logging.ERROR), pytest.raises(Stop, match="2 fouten"):
        stop_on(problems, log, Stop)
    assert [record.getMessage() for record in caplog.records] == ["a.md:3: eerste", "b.md: tweede"]


def test_an_entry_survives_pickling_with_its_read_only_front_matter():
    import pickle
    from types import MappingProxyType

    entry = Entry("a.md", "docs/a.md", "artikel", "Titel", "Titel", front_matter=MappingProxyType({"doel": "x"}))
    copy = pickle.loads(pickle.dumps(entry))
    assert copy.front_matter == {"doel": "x"} and isinstance(copy.front_matter, MappingProxyType)
    assert (copy.title, copy.type, copy.text("doel")) == ("Titel", "artikel", "x")
