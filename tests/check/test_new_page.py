"""`make nieuw` makes a page of every type that passes `make check` unchanged."""
import datetime

import pytest
from check_helpers import check_root, run_check  # noqa: F401 - check_root is a fixture

from conftest import page
from kennisbank import new_page

TYPES = ("artikel", "dossier", "hoofdstuk", "kaart", "interventie", "nieuws", "pagina")


@pytest.mark.parametrize("page_type", TYPES)
def test_new_page_passes_the_check(check_root, page_type):
    (check_root / "docs" / "index.md").write_text(page(title="Start"), encoding="utf-8")
    path = new_page.create(check_root, page_type, "Samen: een buurthuis draaien", dossier="buurtkracht",
                           today=datetime.date(2026, 11, 28))
    text = path.read_text(encoding="utf-8")
    assert 'title: "Samen: een buurthuis draaien"' in text
    assert page_type == "dossier" or page_type == "pagina" or "datum: 2026-11-28" in text
    code, output = run_check(check_root, "--strikt")
    assert code == 0, output


def test_chapters_get_the_next_number(check_root):
    (check_root / "ebook" / "een.md").write_text(page("hoofdstuk", hoofdstuk=4), encoding="utf-8")
    path = new_page.create(check_root, "hoofdstuk", "Verder")
    assert "hoofdstuk: 5" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("arguments, expected", [
    (["--type", "artikel", "--titel", "Iets"], "zeg in welk dossier het artikel komt: DOSSIER=buurtkracht"),
    (["--type", "artikkel", "--titel", "Iets"], "het type 'artikkel' bestaat niet"),
    (["--type", "pagina", "--titel", "x" * 80], "de titel is 80 tekens lang"),
    (["--type", "pagina", "--titel", "!!!"], "de titel heeft geen letters of cijfers"),
])
def test_wrong_commands_get_a_dutch_answer(check_root, capsys, arguments, expected):
    assert new_page.main([*arguments, "--root", str(check_root)]) == 2
    assert expected in capsys.readouterr().err


def test_an_existing_page_is_not_overwritten(check_root, capsys):
    new_page.main(["--type", "pagina", "--titel", "Over ons", "--root", str(check_root)])
    assert new_page.main(["--type", "pagina", "--titel", "Over ons", "--root", str(check_root)]) == 2
    assert "docs/over-ons.md bestaat al" in capsys.readouterr().err
