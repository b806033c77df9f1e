"""kennisbank/preview.py: when a preview rebuild may render only the changed pages."""
import os

import pytest

from conftest import page
from kennisbank.preview import reason_for_full_build, take_snapshot
from kennisbank.session import Session

ARTICLE = "dossiers/buurtkracht/abcd.md"


@pytest.fixture
def root(tmp_path):
    files = {
        "mkdocs.yml": "site_name: Kennisbank\n",
        "vocabulaire.yml": "themas: {}\n",
        "docs/index.md": page(title="Start"),
        "docs/begrippen.md": page(title="Begrippen", body="## Vrijwilliger\n\nIemand die ...\n"),
        ARTICLE: page("artikel", title="ABCD", body="## Stappen\n\nTekst.\n"),
        "data/contacten.yml": "[]\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def edit(root, name, old, new):
    path = root / name
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))  # a later time, also on coarse clocks


GLOSSARY = ("docs/begrippen.md",)


def test_the_first_build_is_whole(root):
    assert reason_for_full_build(None, take_snapshot(root, GLOSSARY)) == "eerste build"


def test_a_changed_body_needs_no_whole_build(root):
    before = take_snapshot(root, GLOSSARY)
    edit(root, ARTICLE, "Tekst.", "Andere tekst, met een [link](/index.md).")
    assert reason_for_full_build(before, take_snapshot(root, GLOSSARY)) is None


@pytest.mark.parametrize("name, old, new, reason", [
    (ARTICLE, "title: ABCD", "title: ABCD in de buurt", f"de front matter van {ARTICLE} is gewijzigd"),
    (ARTICLE, "themas: [vrijwillige-inzet]", "themas: [leefbaarheid]", f"de front matter van {ARTICLE} is gewijzigd"),
    ("docs/begrippen.md", "Iemand die", "Een persoon die",
     "instellingen, sjablonen, gegevens, code of de begrippenlijst zijn gewijzigd"),
    ("vocabulaire.yml", "{}", "{a: A}", "instellingen, sjablonen, gegevens, code of de begrippenlijst zijn gewijzigd"),
    ("data/contacten.yml", "[]", "[{}]", "instellingen, sjablonen, gegevens, code of de begrippenlijst zijn gewijzigd"),
    ("mkdocs.yml", "Kennisbank", "Kennisbank Actief Burgerschap",
     "instellingen, sjablonen, gegevens, code of de begrippenlijst zijn gewijzigd"),
])
def test_what_other_pages_show_needs_a_whole_build(root, name, old, new, reason):
    before = take_snapshot(root, GLOSSARY)
    edit(root, name, old, new)
    assert reason_for_full_build(before, take_snapshot(root, GLOSSARY)) == reason


def test_a_page_added_or_removed_needs_a_whole_build(root):
    before = take_snapshot(root, GLOSSARY)
    (root / "docs/nieuw.md").write_text(page(title="Nieuw"), encoding="utf-8")
    added = take_snapshot(root, GLOSSARY)
    assert reason_for_full_build(before, added) == "een pagina is toegevoegd, verplaatst of verwijderd"
    (root / "docs/nieuw.md").unlink()
    assert reason_for_full_build(added, take_snapshot(root, GLOSSARY)) == \
        "een pagina is toegevoegd, verplaatst of verwijderd"


def test_a_page_without_closed_front_matter_counts_as_all_front_matter(root):
    (root / "docs/kapot.md").write_text("---\ntitle: Kapot\n\nTekst.\n", encoding="utf-8")
    before = take_snapshot(root, GLOSSARY)
    edit(root, "docs/kapot.md", "Tekst.", "Andere tekst.")
    assert reason_for_full_build(before, take_snapshot(root, GLOSSARY)) == \
        "de front matter van docs/kapot.md is gewijzigd"


def test_a_session_remembers_the_previous_build_and_forgets_generated_pages_on_a_whole_build(root):
    session = Session(incremental=True)
    assert session.start_preview_build(root, GLOSSARY) == "eerste build" and session.whole
    session.generated["themas/index.md"] = "tekst"
    edit(root, ARTICLE, "Tekst.", "Nieuw.")
    assert session.start_preview_build(root, GLOSSARY) is None and not session.whole
    assert session.generated == {"themas/index.md": "tekst"}
    edit(root, ARTICLE, "title: ABCD", "title: Anders")
    assert session.start_preview_build(root, GLOSSARY) is not None and session.whole and session.generated == {}


def test_background_work_runs_in_order_and_can_be_waited_for():
    session = Session(incremental=True)
    done = []
    for number in range(3):
        session.in_background(lambda number=number: done.append(number))
    session.wait_for_background()
    assert done == [0, 1, 2] and session.pending == []


def test_after_a_failed_rebuild_of_changed_pages_the_fix_renders_only_what_changed(root):
    session = Session(incremental=True)
    session.start_preview_build(root, GLOSSARY)
    edit(root, ARTICLE, "Tekst.", "Een [kapotte link](/bestaat-niet.md).")
    assert session.start_preview_build(root, GLOSSARY) is None
    session.preview_build_failed()
    edit(root, ARTICLE, "Een [kapotte link](/bestaat-niet.md).", "Hersteld.")
    assert session.start_preview_build(root, GLOSSARY) is None  # compared with the last build that succeeded


def test_after_a_failed_whole_build_the_next_build_is_whole(root):
    session = Session(incremental=True)
    session.start_preview_build(root, GLOSSARY)
    session.preview_build_failed()  # it stopped halfway: pages may be missing
    assert session.start_preview_build(root, GLOSSARY) == "eerste build"
