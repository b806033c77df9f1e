"""Every kind of bad input stops the build with a Dutch message that names file and line; never a traceback."""
import pytest

from conftest import FIXTURE_FILES, make_site, page, run_build

BROKEN = "dossiers/buurtkracht/kapot.md"

CASES = {
    "broken YAML": (page("artikel").replace("title: Een pagina", "title: Vrijwilligers: zo vindt u ze"),
                    ":2: de front matter is geen geldige YAML"),
    "missing field": (page("artikel", themas=None), ":1: het veld 'themas' ontbreekt"),
    "unknown field": (page("artikel", thema="[leefbaarheid]"),
                      ":8: het veld 'thema' hoort niet bij het type artikel. Bedoelt u 'themas'?"),
    "unknown theme": (page("artikel", themas="[buurtwerk]"),
                      ":5: het thema 'buurtwerk' bestaat niet in vocabulaire.yml"),
    "unknown type": (page("artikkel"), ":4: het paginatype 'artikkel' bestaat niet. Bedoelt u 'artikel'?"),
    "date that is not a date": (page("artikel", datum="2026-13-45"),
                                ":7: '2026-13-45' bij 'datum' is geen geldige datum"),
    "title too long": (page(title="Een titel die veel te lang is voor een zoekresultaat en voor het scherm van een "
                                  "telefoon"),
                       ":2: de titel is 88 tekens lang"),
    "empty file": ("", ": het bestand is leeg"),
    "not UTF-8": (b"---\ntitle: Caf\xe9\n---\n", ":2: het bestand is geen UTF-8-tekst"),
    "binary data": (bytes(range(256)), ":1: het bestand bevat binaire gegevens"),
    "no front matter": ("# Titel\n\nTekst.\n", ":1: het bestand begint niet met front matter"),
    "unclosed front matter": ("---\ntitle: Titel\n\nTekst.\n", ":1: de front matter wordt niet afgesloten"),
    "broken link": (page(body="Lees [dit](bestaat-niet.md).\n"), ":7: de link naar 'bestaat-niet.md' werkt niet"),
    "broken anchor": (page(body="\n\nLees [dit](abcd.md#nergens).\n"),
                      ":9: de link naar 'abcd.md#nergens' werkt niet: de pagina heeft geen kop met het anker "
                      "'#nergens'"),
    "missing image": (page(body="![Kaart van de wijk](kaart.png)\n"), ":7: de afbeelding 'kaart.png' bestaat niet"),
    "image without alt text": (page(body="![](kaart.png)\n"), ":7: de afbeelding 'kaart.png' heeft geen alt-tekst"),
    "raw script": (page(body="Tekst.\n\n<script>alert(1)</script>\n"), ":9: de HTML-tag <script> is niet toegestaan"),
    "event handler": (page(body='<span onclick="alert(1)">Tekst</span>\n'),
                      ":7: het attribuut 'onclick' in <span> voert code uit"),
    "related page that does not exist": (page("artikel", gerelateerd="[/dossiers/buurtkracht/weg.md]"),
                                         ":8: 'gerelateerd' noemt '/dossiers/buurtkracht/weg.md', maar die pagina "
                                         "bestaat niet"),
}


@pytest.mark.parametrize("content, expected", CASES.values(), ids=CASES.keys())
def test_bad_input_stops_the_build_with_a_dutch_message(tmp_path, content, expected):
    build = run_build(make_site(tmp_path, {**FIXTURE_FILES, BROKEN: content}))
    assert build.returncode != 0
    assert "Traceback" not in build.output
    assert f"{BROKEN}{expected}" in build.output, build.output
    assert "De site is niet gebouwd" in build.output


def test_two_files_on_one_site_path_are_reported(tmp_path):
    files = {**FIXTURE_FILES, "docs/dossiers/buurtkracht/abcd.md": page(title="Dubbel")}
    build = run_build(make_site(tmp_path, files))
    assert build.returncode != 0
    assert ("dossiers/buurtkracht/abcd.md: dit bestand komt op dezelfde plek op de site als "
            "docs/dossiers/buurtkracht/abcd.md" in build.output)
