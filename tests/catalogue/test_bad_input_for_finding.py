"""Bad input for the ways in stops the build with a Dutch message that names the file; never a traceback.

An unknown theme and a related page that does not exist are in tests/site/test_bad_input.py; the schema
(kennisbank/content/schema.py) and the link check (kennisbank/content/links.py) report them, here nothing is checked
twice.
"""
import pytest

from conftest import FIXTURE_FILES, make_site, page, run_build

CASES = {
    "unknown target group": ({"dossiers/buurtkracht/kapot.md": page("artikel", doelgroepen="[jongeren, studenten]")},
                             "dossiers/buurtkracht/kapot.md:6: de doelgroep 'studenten' bestaat niet in "
                             "vocabulaire.yml"),
    "unknown recognition level": ({"docs/interventies/kapot.md": page("interventie", erkenning="effectief")},
                                  "docs/interventies/kapot.md:11: het erkenningsniveau 'effectief' bestaat niet in "
                                  "vocabulaire.yml"),
    "related page of a card that does not exist": (
        {"docs/praktijkkaarten/kapot.md": page("kaart", gerelateerd="[/interventies/weg.md]")},
        "docs/praktijkkaarten/kapot.md:8: 'gerelateerd' noemt '/interventies/weg.md', maar die pagina bestaat niet"),
    "redirect to a page that does not exist": (
        {"data/redirects.yml": "# uitleg\n/oud.md: /dossiers/buurtkracht/abdc.md\n"},
        "data/redirects.yml:2: de nieuwe pagina '/dossiers/buurtkracht/abdc.md' bestaat niet. "
        "Bedoelt u '/dossiers/buurtkracht/abcd.md'?"),
    "redirect from an address that is still a page": (
        {"data/redirects.yml": "/dossiers/buurtkracht/abcd.md: /interventies/abcd.md\n"},
        "data/redirects.yml:1: '/dossiers/buurtkracht/abcd.md' is nog een pagina op de site"),
    "a page where the site puts an overview": (
        {"dossiers/buurtkracht/overzicht.md": page(title="Overzicht")},
        "dossiers/buurtkracht/overzicht.md: op deze plek (/dossiers/buurtkracht/overzicht/) zet de site zelf een "
        "overzichtspagina. Geef het bestand een andere naam."),
}


@pytest.mark.parametrize("files, expected", CASES.values(), ids=CASES.keys())
def test_bad_input_stops_the_build_with_a_dutch_message(tmp_path, files, expected):
    build = run_build(make_site(tmp_path, {**FIXTURE_FILES, **files}))
    assert build.returncode != 0
    assert "Traceback" not in build.output
    assert expected in build.output, build.output
    assert "De site is niet gebouwd" in build.output


def test_make_check_knows_the_overview_pages_and_checks_the_redirects(tmp_path):
    from kennisbank.check import find_errors

    files = {**FIXTURE_FILES,
             "docs/colofon.md": page(title="Over",
                                     body="Zie [Wat werkt](/themas/wat-werkt.md) en [alles](/themas/index.md).\n"),
             "data/redirects.yml": "/oud.md: /themas/wat-werkt.md\n/ouder.md: /themas/wat-werkt-niet.md\n"}
    _, errors = find_errors(make_site(tmp_path, files))
    assert [str(e) for e in errors] == [
        "data/redirects.yml:2: de nieuwe pagina '/themas/wat-werkt-niet.md' bestaat niet. Bedoelt u "
        "'/themas/wat-werkt.md'? "
        "Schrijf het pad op de site van een bestaande pagina, eindigend op .md."]
