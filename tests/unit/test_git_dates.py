"""Last-changed dates from one `git log`: real repositories, a shallow clone, and no repository at all."""
import datetime
import subprocess

import pytest

from kennisbank.content import git_dates

FOLDERS = ("docs", "dossiers")


def git(root, *args, date="2026-12-03T10:00:00+01:00"):
    env = {"GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date, "PATH": "/usr/bin:/bin", "HOME": str(root)}
    subprocess.run(["git", "-C", str(root), "-c", "user.name=Redactie", "-c", "user.email=redactie@example.org",
                    "-c", "commit.gpgsign=false", *args], check=True, capture_output=True, env=env)


@pytest.fixture
def repository(tmp_path):
    root = tmp_path / "repo"
    (root / "docs").mkdir(parents=True)
    (root / "dossiers").mkdir()
    git(root, "init", "-q", "-b", "main")
    (root / "docs/oud.md").write_text("een\n")
    (root / "docs/nieuw.md").write_text("een\n")
    (root / "elders.md").write_text("buiten de inhoud\n")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "eerste", date="2026-11-28T09:00:00+01:00")
    (root / "docs/nieuw.md").write_text("twee\n")
    (root / "dossiers/later.md").write_text("een\n")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "tweede", date="2026-12-03T10:00:00+01:00")
    return root


def test_each_file_gets_the_date_of_its_last_commit(repository):
    history = git_dates.load(repository, FOLDERS)
    assert history.note is None
    assert history.last_changed("docs/oud.md") == datetime.datetime.fromisoformat("2026-11-28T09:00:00+01:00")
    assert history.last_changed("docs/nieuw.md") == datetime.datetime.fromisoformat("2026-12-03T10:00:00+01:00")
    assert history.last_changed("dossiers/later.md").date() == datetime.date(2026, 12, 3)
    assert history.last_changed("elders.md") is None  # not in the content folders


def test_one_git_log_for_all_files_and_none_again_for_the_same_commit(repository, monkeypatch):
    calls = []
    real = git_dates._git
    monkeypatch.setattr(git_dates, "_git", lambda root, *args: calls.append(args[0:3]) or real(root, *args))
    git_dates._history.cache_clear()
    git_dates.load(repository, FOLDERS)
    git_dates.load(repository, FOLDERS)
    logs = [call for call in calls if "log" in call]
    assert len(logs) == 1, calls


def test_a_shallow_clone_gives_no_dates_for_files_whose_history_is_cut_off(repository, tmp_path):
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{repository}", str(clone)], check=True)
    history = git_dates.load(clone, FOLDERS)
    # Depth 1: the one commit seems to add every file, so no date can be trusted.
    assert history.changed == {}
    assert "shallow clone" in history.note and "fetch-depth: 0" in history.note


def test_a_deeper_shallow_clone_keeps_the_dates_it_can_trust(repository, tmp_path):
    (repository / "docs/oud.md").write_text("drie\n")
    git(repository, "commit", "-q", "-am", "derde", date="2026-12-10T08:00:00+01:00")
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "2", f"file://{repository}", str(clone)], check=True)
    history = git_dates.load(clone, FOLDERS)
    assert history.last_changed("docs/oud.md").date() == datetime.date(2026, 12, 10)  # the newest commit
    assert history.last_changed("docs/nieuw.md") is None  # last changed in the cut-off commit
    assert history.note is not None


def test_outside_git_there_are_no_dates_and_a_reason(tmp_path):
    history = git_dates.load(tmp_path, FOLDERS)
    assert history.changed == {}
    assert "geen Git-repository" in history.note
