"""A page with Git history shows its Git date; in a shallow clone the build falls back to the publication date."""
import json
import re
import subprocess

from catalogue_helpers import json_ld

from conftest import FIXTURE_FILES, make_site, page, run_build

ARTICLE = "dossiers/buurtkracht/abcd.md"


def git(root, *args, date):
    env = {"GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date, "PATH": "/usr/bin:/bin", "HOME": str(root)}
    subprocess.run(["git", "-C", str(root), "-c", "user.name=Redactie", "-c", "user.email=redactie@example.org",
                    "-c", "commit.gpgsign=false", *args], check=True, capture_output=True, env=env)


def site_with_history(root):
    root.mkdir()
    make_site(root, FIXTURE_FILES)
    git(root, "init", "-q", "-b", "main", date="2026-11-28T09:00:00+01:00")
    git(root, "add", ".", date="2026-11-28T09:00:00+01:00")
    git(root, "commit", "-q", "-m", "eerste versie", date="2026-11-28T09:00:00+01:00")
    (root / ARTICLE).write_text(page("artikel", title="Asset Based Community Development",
                                     body="## De vijf stappen\n\nEen nieuwe alinea.\n"), encoding="utf-8")
    git(root, "commit", "-q", "-am", "artikel bijgewerkt", date="2026-12-03T14:30:00+01:00")
    return root


def test_a_page_with_git_history_shows_its_git_date(tmp_path):
    build = run_build(site_with_history(tmp_path / "repo"))
    assert build.returncode == 0, build.output
    article = build.html("/dossiers/buurtkracht/abcd/")
    assert 'gepubliceerd op <time datetime="2026-11-28">28 november 2026</time>' in article
    assert 'bijgewerkt op <time datetime="2026-12-03">3 december 2026</time>' in article
    assert json_ld(article)["dateModified"] == "2026-12-03"
    assert "(2026, 3 december)" in article  # APA cites the date of the last update
    assert re.search(r"<loc>[^<]*/dossiers/buurtkracht/abcd/</loc>\s*<lastmod>2026-12-03</lastmod>",
                     (build.site / "sitemap.xml").read_text())
    assert "<updated>2026-12-03T14:30:00+01:00</updated>" in (build.site / "feed.xml").read_text()
    # A page that did not change since its publication makes no update claim.
    assert "bijgewerkt op <time" not in build.html("/interventies/abcd/")
    assert "Geen datum van de laatste wijziging" not in build.output


def test_a_shallow_clone_builds_and_falls_back_to_the_publication_date(tmp_path):
    origin = site_with_history(tmp_path / "repo")
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{origin}", str(clone)], check=True)
    build = run_build(clone)
    assert build.returncode == 0, build.output
    assert "Traceback" not in build.output
    assert ("Geen datum van de laatste wijziging uit Git: de Git-geschiedenis is onvolledig (een shallow clone)"
            in build.output)
    article = build.html("/dossiers/buurtkracht/abcd/")
    assert 'gepubliceerd op <time datetime="2026-11-28">28 november 2026</time>' in article
    assert "bijgewerkt op <time" not in article  # the clone's one commit does not say when the page changed
    assert json.loads(json.dumps(json_ld(article)))["dateModified"] == "2026-11-28"
