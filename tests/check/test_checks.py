"""Each check of `make check` on a page that must fail, with the Dutch message, file and line."""
import pytest
from check_helpers import check_root, run_check  # noqa: F401 - check_root is a fixture

from conftest import page

GOOD = page("artikel", title="Vrijwilligers vinden", body=(
    "Veel mensen willen graag helpen. Ze doen mee als iemand het ze vraagt.\n\n"
    "## Vragen\n\nVraag mensen persoonlijk. Lees ook [de startpagina](/index.md).\n"))

ERRORS = {
    "front matter": (page("artikel", themas="[buurtwerk]"), ":5: het thema 'buurtwerk' bestaat niet"),
    "broken link": (page(body="Lees [de pagina](weg.md).\n"), ":7: de link naar 'weg.md' werkt niet"),
    "broken anchor": (page(body="Lees [de stappen](/index.md#stappen).\n"),
                      ":7: de link naar '/index.md#stappen' werkt niet"),
    "missing image": (page(body="![Kaart van de wijk](kaart.png)\n"), ":7: de afbeelding 'kaart.png' bestaat niet"),
    "image without alt text": (page(body="![](/logo.png)\n"),
                               ":7: de afbeelding '/logo.png' heeft geen alt-tekst. Beschrijf in een paar woorden wat "
                               "erop staat"),
    "skipped heading level": (page(body="## Kop\n\n#### Te diep\n"), ":9: de kop 'Te diep' slaat een niveau over"),
    "two H1": (page(body="# Een\n\n# Twee\n"), ":9: de pagina heeft meer dan één kop van niveau 1"),
    "long title": (page(title="T" * 71), ":2: de titel is 71 tekens lang"),
    "klik hier": (page(body="Meer weten? [Klik hier](/index.md).\n"),
                  ":7: de linktekst 'Klik hier' zegt niet waar de link heen gaat"),
    "bare url as link text": (page(body="Zie [https://vng.nl](https://vng.nl).\n"),
                              ":7: de linktekst is een kaal webadres"),
    "autolink": (page(body="Zie <https://vng.nl>.\n"), ":7: het webadres <https://vng.nl> staat als kale link"),
    "script": (page(body="<script>alert(1)</script>\n"), ":7: de HTML-tag <script> is niet toegestaan"),
    "iframe": (page(body='<iframe src="https://example.org"></iframe>\n'),
               ":7: de HTML-tag <iframe> is niet toegestaan"),
    "object": (page(body='<object data="x.swf"></object>\n'), ":7: de HTML-tag <object> is niet toegestaan"),
    "embed": (page(body='<embed src="x.swf">\n'), ":7: de HTML-tag <embed> is niet toegestaan"),
    "style": (page(body="<style>h1{}</style>\n"), ":7: de HTML-tag <style> is niet toegestaan"),
    "event handler": (page(body='<span onclick="x()">a</span>\n'),
                      ":7: het attribuut 'onclick' in <span> voert code uit"),
    "javascript url": (page(body="[Een link](javascript:alert(1))\n"),
                       ":7: het adres 'javascript:alert(1)' in <a href> is niet toegestaan"),
}


@pytest.fixture
def site(check_root):
    (check_root / "docs" / "index.md").write_text(page(title="Start"), encoding="utf-8")
    (check_root / "docs" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return check_root


def test_a_good_page_passes_without_warnings(site):
    (site / "dossiers/buurtkracht/goed.md").write_text(GOOD, encoding="utf-8")
    code, output = run_check(site, "--strikt")
    assert code == 0, output
    assert "0 fouten, 0 waarschuwingen." in output


@pytest.mark.parametrize("content, expected", ERRORS.values(), ids=ERRORS.keys())
def test_each_error_names_file_line_and_fix(site, content, expected):
    (site / "dossiers/buurtkracht/fout.md").write_text(content, encoding="utf-8")
    code, output = run_check(site)
    assert code == 1
    assert f"dossiers/buurtkracht/fout.md{expected}" in output, output
    assert "Traceback" not in output


WARNINGS = {
    "spelling": ("Wij zoeken vrijwiligers voor de buurt.\n",
                 ":7: waarschuwing: 'vrijwiligers' staat niet in het Nederlandse woordenboek"),
    "long sentence": (" ".join(["woord"] * 30) + ".\n", ":7: waarschuwing: deze zin heeft 30 woorden"),
    "passive voice": ("Er wordt betaald. Het werk wordt gedaan. Het geld wordt gegeven.\n",
                      ": waarschuwing: 100% van de zinnen lijkt in de lijdende vorm"),
}


@pytest.mark.parametrize("body, expected", WARNINGS.values(), ids=WARNINGS.keys())
def test_warnings_pass_unless_strict(site, body, expected):
    (site / "dossiers/buurtkracht/tekst.md").write_text(page(body=body), encoding="utf-8")
    code, output = run_check(site)
    assert code == 0 and f"dossiers/buurtkracht/tekst.md{expected}" in output, output
    strict_code, _ = run_check(site, "--strikt")
    assert strict_code == 1


def test_the_b1_report_has_a_row_per_page(site):
    (site / "dossiers/buurtkracht/goed.md").write_text(GOOD, encoding="utf-8")
    _, output = run_check(site)
    assert "## Taalrapport (B1)" in output
    assert "| docs/index.md |" in output and "| dossiers/buurtkracht/goed.md |" in output
