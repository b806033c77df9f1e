"""Banned phrasings (verboden-formuleringen.yml): refused with file and line by `make check` and `make site`."""
from pathlib import Path

import pytest

from check.check_helpers import check_root, run_check  # noqa: F401 - check_root is a fixture
from conftest import FIXTURE_FILES, ROOT, make_site, page, run_build
from kennisbank.checks import phrasings
from kennisbank.content import frontmatter, sources

HEDGES = [
    "Onze bron noemt de uitvoerders niet.",
    "Onze bronnen beschrijven geen werkzame elementen.",
    "Zoals de naam zegt, gaat het om hulp thuis.",
    "Zoals de naam al zegt, gaat het om hulp thuis.",
    "De bron zegt niet wie de aanpak uitvoert.",
    "Voor wie de aanpak is, staat niet in onze bronnen.",
    "Hoe lang het duurt, weten wij niet.",
    "De naam zegt al veel.",
]
FINE = [
    "Movisie noemt drie uitgangspunten.",
    "De bron noemt informatie en advies samen; wij tellen ze apart.",
    "Noem daarom steeds onze bron.",
    "Zo'n naam zegt iets over de buurt.",
]


def _hits(text: str, path: str = "docs/a.md") -> list[phrasings.Hit]:
    banned, problems = phrasings.load(ROOT)
    assert not problems
    source = frontmatter.Source(path, {}, {}, text, 7)
    return phrasings.hits(source, banned)


@pytest.mark.parametrize("sentence", HEDGES)
def test_each_hedge_is_found(sentence):
    assert _hits(sentence), sentence


@pytest.mark.parametrize("sentence", FINE)
def test_plain_statements_pass(sentence):
    assert not _hits(sentence), sentence


def test_a_hedge_over_two_lines_is_found_on_its_first_line():
    [hit] = _hits("Eerste regel.\nOnze bron noemt de\nuitvoerders niet.\n")
    assert hit.line == 8 and hit.found == "Onze bron noemt de uitvoerders niet"


def test_code_is_not_checked():
    assert not _hits("Schrijf nooit `onze bron noemt het doel niet`.\n\n```\nZoals de naam zegt\n```\n")


def test_the_shipped_content_has_none_and_the_old_intervention_pages_had_many():
    _, errors = sources.load(ROOT)
    assert not [e for e in errors if "verboden formulering" in e.message]
    old = (Path(__file__).parent / "oude-interventie.md")
    source, _ = frontmatter.read(old, "docs/interventies/oud.md")
    assert len(phrasings.hits(source, phrasings.load(ROOT)[0])) >= 5


def test_make_check_refuses_a_hedge_in_the_text_and_in_a_field(check_root):
    (check_root / "docs" / "index.md").write_text(page(title="Start"), encoding="utf-8")
    (check_root / "docs" / "interventie.md").write_text(
        page("interventie", title="Hulp thuis", doel="Zoals de naam zegt, hulp thuis.",
             body="Onze bron noemt de\nuitvoerders niet.\n"), encoding="utf-8")
    code, output = run_check(check_root, "--zonder-spelling")
    assert code == 1
    assert "docs/interventie.md:5: 'Zoals de naam zegt' is een verboden formulering" in output
    assert "docs/interventie.md:16: 'Onze bron noemt de uitvoerders niet' is een verboden formulering" in output
    assert "Bij een interventie laat u het veld weg" in output


def test_a_sentence_still_to_rewrite_warns_and_a_rewritten_one_is_reported(check_root):
    (check_root / "docs" / "index.md").write_text(page(title="Start", body="Dat weten wij niet.\n"), encoding="utf-8")
    (check_root / phrasings.PHRASINGS_FILE).write_text(
        (ROOT / phrasings.PHRASINGS_FILE).read_text(encoding="utf-8").split("nog_herschrijven:")[0]
        + "nog_herschrijven:\n  - bestand: docs/index.md\n    zin: Dat weten wij niet.\n"
        + "  - bestand: docs/weg.md\n    zin: Onze bron noemt geen doel.\n", encoding="utf-8")
    code, output = run_check(check_root, "--zonder-spelling")
    assert code == 0, output
    assert ("docs/index.md:7: waarschuwing: 'weten wij niet' staat in verboden-formuleringen.yml bij nog_herschrijven"
            in output)
    assert "de zin 'Onze bron noemt geen doel.' in docs/weg.md is herschreven of weg" in output


def test_a_broken_list_is_an_error_not_a_traceback(check_root):
    (check_root / "docs" / "index.md").write_text(page(title="Start"), encoding="utf-8")
    (check_root / phrasings.PHRASINGS_FILE).write_text(
        "formuleringen:\n  - formulering: onze (bron\n    tip: Schrijf wat de bron zegt.\n"
        "  - tip: zonder formulering\n",
        encoding="utf-8")
    code, output = run_check(check_root, "--zonder-spelling")
    assert code == 1 and "Traceback" not in output
    assert "verboden-formuleringen.yml: formulering 1 ('onze (bron') klopt niet" in output
    assert "verboden-formuleringen.yml: formulering 2 mist 'formulering' of 'tip'" in output


def test_make_site_refuses_a_hedge_with_file_and_line(tmp_path):
    files = {**FIXTURE_FILES, "docs/interventies/abcd.md": page(
        "interventie", title="ABCD", body="ABCD is een aanpak.\n\nOnze bron noemt het doel niet.\n")}
    build = run_build(make_site(tmp_path, files))
    assert build.returncode != 0
    assert "docs/interventies/abcd.md:18: 'Onze bron noemt het doel niet' is een verboden formulering" in build.output
    assert "Traceback" not in build.output


def test_the_loaded_problems_are_a_list_of_their_own(tmp_path):
    (tmp_path / phrasings.PHRASINGS_FILE).write_text("formuleringen:\n  - tip: zonder formulering\n", encoding="utf-8")
    _, problems = phrasings.load(tmp_path)
    problems.append("iets anders")  # sources.load adds its own problems to this list
    assert len(phrasings.load(tmp_path)[1]) == 1
