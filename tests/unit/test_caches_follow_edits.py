"""What is kept between calls (kennisbank/content/per_file.py) is made again after an edit, as `mkdocs serve` needs.

Each test asks twice in one process, with an edit in between, and must see the edit.
"""
import os
import subprocess

from site_entries import load_site

from conftest import ROOT, page
from kennisbank import check
from kennisbank.content import entries, sources
from kennisbank.content.per_file import per_file
from kennisbank.finding.related import related
from kennisbank.search import markup
from kennisbank.search.words import source_words


def edit(path, text):
    """Write the file and move its time of change on, as a save one second later would."""
    before = path.stat().st_mtime_ns if path.exists() else 0
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before + 1_000_000_000, before + 1_000_000_000))


def test_a_result_is_made_again_only_when_its_inputs_change():
    made = []

    @per_file
    def length(file, text):
        made.append(file)
        return len(text)

    assert length("a.md", "een") == 3
    assert length("a.md", "een") == 3
    assert length("b.md", "twee") == 4
    assert length("a.md", "drie!") == 5
    assert made == ["a.md", "b.md", "a.md"]


def test_content_sees_an_edited_page_and_an_edited_vocabulary(tmp_path):
    load_site(tmp_path, {"docs/index.md": page(title="Start"),
                         "docs/a.md": page("artikel", title="A", themas="[nieuw-thema]")})
    _, problems = sources.load(tmp_path)
    assert [p.path for p in problems] == ["docs/a.md"]  # the theme is not in the vocabulary yet

    edit(tmp_path / "docs/index.md", page(title="Start", body="## Kop\n\n#### Te diep\n"))
    pages, problems = sources.load(tmp_path)
    assert problems[0].path == "docs/a.md"
    assert any(p.path == "docs/index.md" for p in problems)
    assert "Te diep" in next(p.source.body for p in pages if p.file.path == "docs/index.md")

    vocabulary = (ROOT / "vocabulaire.yml").read_text(encoding="utf-8")
    edit(tmp_path / "vocabulaire.yml", vocabulary.replace("\nthemas:\n", "\nthemas:\n  nieuw-thema: Nieuw thema\n", 1))
    _, problems = sources.load(tmp_path)
    assert {p.path for p in problems} == {"docs/index.md"}


def test_entries_and_related_pages_follow_an_edited_page(tmp_path):
    site = load_site(tmp_path, {
        "dossiers/d/hier.md": page("artikel", title="Hier", themas="[leefbaarheid]"),
        "dossiers/d/daar.md": page("artikel", title="Daar", themas="[leefbaarheid]"),
        "dossiers/d/elders.md": page("artikel", title="Elders", themas="[participatie]"),
    })
    assert [e.title for e in related(site.by_uri["dossiers/d/hier.md"], site)] == ["Daar"]

    edit(tmp_path / "dossiers/d/elders.md", page("artikel", title="Nu ook hier", themas="[leefbaarheid]"))
    site = entries.load(tmp_path)
    assert site.by_uri["dossiers/d/elders.md"].title == "Nu ook hier"
    assert [e.title for e in related(site.by_uri["dossiers/d/hier.md"], site)] == ["Daar", "Nu ook hier"]


def test_entries_get_the_date_of_a_new_commit(tmp_path):
    load_site(tmp_path, {"docs/a.md": page("artikel", title="A", datum="2026-01-05")})

    def commit(date):
        env = {"GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date, "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
        for args in (("init", "-q"), ("add", "."), ("commit", "-q", "--allow-empty", "-m", "x")):
            subprocess.run(["git", "-C", str(tmp_path), "-c", "user.name=R", "-c", "user.email=r@example.org",
                            "-c", "commit.gpgsign=false", *args], check=True, capture_output=True, env=env)

    commit("2026-02-01T10:00:00+01:00")
    assert str(entries.load(tmp_path).by_uri["a.md"].dates.updated) == "2026-02-01"
    edit(tmp_path / "docs/a.md", page("artikel", title="A", datum="2026-01-05", body="Meer tekst.\n"))
    commit("2026-03-01T10:00:00+01:00")
    assert str(entries.load(tmp_path).by_uri["a.md"].dates.updated) == "2026-03-01"


def test_links_are_checked_against_the_headings_as_they_are_now(tmp_path):
    load_site(tmp_path, {
        "docs/index.md": page(title="Start", body="Lees [de stappen](doel.md#stappen).\n"),
        "docs/doel.md": page(title="Doel", body="## Stappen\n\nTekst.\n"),
    })
    assert check.find_errors(tmp_path)[1] == []

    edit(tmp_path / "docs/doel.md", page(title="Doel", body="## Werkwijze\n\nTekst.\n"))
    problems = check.find_errors(tmp_path)[1]
    assert [(p.path, "#stappen" in p.message) for p in problems] == [("docs/index.md", True)]

    edit(tmp_path / "docs/index.md", page(title="Start", body="Lees [de werkwijze](doel.md#werkwijze).\n"))
    assert check.find_errors(tmp_path)[1] == []


def test_search_words_follow_an_edited_page(tmp_path):
    load_site(tmp_path, {"docs/a.md": page(title="Buurthuis", body="Koffie.\n")})
    assert source_words(sources.load(tmp_path)[0][0].source) == {"buurthuis", "koffie"}
    edit(tmp_path / "docs/a.md", page(title="Buurthuis", body="Thee.\n"))
    assert source_words(sources.load(tmp_path)[0][0].source) == {"buurthuis", "thee"}

    assert markup.text_words("a.md", "<p>Koffie</p>") == ("koffie",)
    assert markup.text_words("a.md", "<p>Thee <span hidden>geheim</span></p>") == ("thee",)
