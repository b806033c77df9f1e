"""`make serve`: after a save, the preview renders only what changed, and shows exactly what a whole build of
the same sources shows (navigation, links, generated pages, search)."""
import gzip
import importlib.util
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from watchdog.observers.polling import PollingObserver

from conftest import BIG_SECTION_FILES, FIXTURE_FILES, ROOT, make_site, page

SCRIPT = Path(__file__).with_name("serve_builds.py")
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}  # as run_build: the site's Markdown extension is ours
ARTICLE = "dossiers/buurtkracht/abcd.md"
ARTICLE_HTML = "dossiers/buurtkracht/abcd/index.html"
DOSSIER_HTML = "dossiers/buurtkracht/index.html"  # its navigation lists the article
NEW_TEXT = "Een nieuwe zin over buurtbewoners en hun talenten."


def serve_builds(root: Path, site_dir: Path, edits: list) -> list[str]:
    """The outcome of each build ("ok" or "fout"), as `make serve` makes them: one process, one folder."""
    result = subprocess.run([sys.executable, str(SCRIPT), str(root), str(site_dir), json.dumps(edits)],
                            capture_output=True, text=True, timeout=600, cwd=root, env=ENV, check=False)
    assert "Traceback" not in result.stderr, result.stderr
    return [line.split()[0] for line in result.stdout.splitlines()], result.stderr


def pages(site_dir: Path) -> dict[str, str]:
    """Every HTML page of a build, by path; Pagefind's index is left out (its file names vary per run)."""
    return {path.relative_to(site_dir).as_posix(): path.read_text(encoding="utf-8")
            for path in sorted(site_dir.rglob("*.html")) if "pagefind" not in path.parts}


def nav_titles(page_html: str) -> list[str]:
    return re.findall(r'<span class="md-ellipsis">\s*(.*?)\s*</span>', page_html, re.S)


@pytest.fixture
def site(tmp_path) -> Path:
    (tmp_path / "bron").mkdir()
    return make_site(tmp_path / "bron", FIXTURE_FILES)


def whole_build(site: Path, folder: Path) -> dict[str, str]:
    """The same sources built whole by a fresh `make serve`."""
    outcomes, log = serve_builds(site, folder, [])
    assert outcomes == ["ok"], log
    return pages(folder)


def test_a_changed_body_renders_only_that_page_and_equals_a_whole_build(site, tmp_path):
    preview = tmp_path / "preview"
    edit = [ARTICLE, "## De vijf stappen\n", f"## De vijf stappen\n\n{NEW_TEXT}\n\n## Een nieuwe kop\n"]
    outcomes, log = serve_builds(site, preview, [])
    assert outcomes == ["ok"], log
    before = {path: (preview / path).stat().st_mtime_ns for path in pages(preview)}

    time.sleep(0.01)  # a later modification time than the first build's output
    outcomes, log = serve_builds(site, preview, [edit])  # a new process: the first build is whole again
    assert outcomes == ["ok", "ok"], log
    assert "Alleen de gewijzigde pagina's opnieuw" in log

    built = pages(preview)
    assert NEW_TEXT in built[ARTICLE_HTML] and 'id="een-nieuwe-kop"' in built[ARTICLE_HTML]
    assert built == whole_build(site, tmp_path / "geheel")
    # The other pages kept their navigation, with every title (MkDocs' own dirty build shows "None").
    assert "Asset Based Community Development" in nav_titles(built[DOSSIER_HTML])
    assert "None" not in " ".join(nav_titles(built[DOSSIER_HTML]))
    assert before.keys() <= built.keys()


def test_a_changed_body_in_a_big_section_equals_a_whole_build(tmp_path):
    """The menu of a big dossier (the page's neighbours, the overview link) is the same after a quick rebuild."""
    (tmp_path / "bron").mkdir()
    site = make_site(tmp_path / "bron", BIG_SECTION_FILES)
    preview = tmp_path / "preview"
    edit = ["dossiers/groot/artikel-40.md", "## Eerste kopje\n", f"## Eerste kopje\n\n{NEW_TEXT}\n\n## Nog een kop\n"]
    outcomes, log = serve_builds(site, preview, [edit])
    assert outcomes == ["ok", "ok"], log
    assert "Alleen de gewijzigde pagina's opnieuw" in log
    built = pages(preview)
    assert NEW_TEXT in built["dossiers/groot/artikel-40/index.html"]
    assert "Alle 80 pagina's in Groot" in nav_titles(built["dossiers/groot/artikel-40/index.html"])
    assert built == whole_build(site, tmp_path / "geheel")


def test_only_the_changed_page_is_written_again(site, tmp_path):
    preview = tmp_path / "preview"
    edit = [ARTICLE, "## De vijf stappen\n", f"## De vijf stappen\n\n{NEW_TEXT}\n"]
    script = (f"import sys, json, time; sys.path.insert(0, {str(SCRIPT.parent)!r}); import serve_builds as s; "
              "from pathlib import Path; root, out = Path(sys.argv[1]), Path(sys.argv[2]); "
              "s.serve_build(root, out, True); time.sleep(0.01); "
              "before = {p: p.stat().st_mtime_ns for p in out.rglob('*.html') if 'pagefind' not in p.parts}; "
              "p = root / sys.argv[3]; p.write_text(p.read_text().replace(*json.loads(sys.argv[4])[1:], 1)); "
              "s.serve_build(root, out, False); "
              "print(sorted(str(q.relative_to(out)) for q, t in before.items() if q.stat().st_mtime_ns != t))")
    result = subprocess.run([sys.executable, "-c", script, str(site), str(preview), ARTICLE, json.dumps(edit)],
                            capture_output=True, text=True, timeout=600, cwd=site, env=ENV, check=False)
    assert result.returncode == 0, result.stderr
    rewritten = eval(result.stdout.strip().splitlines()[-1])  # a list of strings the script printed
    # The page itself; the 404 page is a template MkDocs renders in every build.
    assert set(rewritten) - {"404.html"} == {ARTICLE_HTML}


def test_a_new_title_reaches_every_page_through_a_whole_build(site, tmp_path):
    preview = tmp_path / "preview"
    edit = [ARTICLE, "title: Asset Based Community Development", "title: ABCD in de buurt"]
    outcomes, log = serve_builds(site, preview, [edit])
    assert outcomes == ["ok", "ok"], log
    assert f"De hele site opnieuw: de front matter van {ARTICLE} is gewijzigd" in log
    built = pages(preview)
    assert "ABCD in de buurt" in nav_titles(built[DOSSIER_HTML])
    assert built == whole_build(site, tmp_path / "geheel")


@pytest.mark.parametrize("path, old, new, shown", [
    ("data/contacten.yml", "naam: Anna Jansen", "naam: Bram de Vries", "Bram de Vries"),
    ("data/redirects.yml", "/dossiers/oud.md:", "/dossiers/ouder.md:", "dossiers/ouder/index.html"),
])
def test_an_edit_in_data_equals_a_whole_build(tmp_path, path, old, new, shown):
    files = {**FIXTURE_FILES, "docs/colofon.md": page(title="Colofon", body="<!-- contactpersonen -->\n"),
             "data/contacten.yml": "- rol: Adviseur\n  onderwerpen: [buurthuis]\n  naam: Anna Jansen\n"
                                   "  email: a.jansen@kennisinstituut.nl\n",
             "data/redirects.yml": "/dossiers/oud.md: /dossiers/buurtkracht/abcd.md\n"}
    (tmp_path / "bron").mkdir()
    site = make_site(tmp_path / "bron", files)
    outcomes, log = serve_builds(site, tmp_path / "preview", [[path, old, new]])
    assert outcomes == ["ok", "ok"], log
    assert "De hele site opnieuw: instellingen, sjablonen, gegevens" in log
    built = pages(tmp_path / "preview")
    assert built == whole_build(site, tmp_path / "geheel")
    assert shown in built or shown in built["colofon/index.html"]


def test_a_broken_link_stops_the_preview_with_a_dutch_message_and_the_fix_brings_it_back(site, tmp_path):
    preview = tmp_path / "preview"
    broken = [ARTICLE, "## De vijf stappen\n",
              "## De vijf stappen\n\nZie [dit](/dossiers/buurtkracht/bestaat-niet.md).\n"]
    fixed = [ARTICLE, "Zie [dit](/dossiers/buurtkracht/bestaat-niet.md).\n", "Zie het dossier.\n"]
    outcomes, log = serve_builds(site, preview, [broken, fixed])
    assert outcomes == ["ok", "fout", "ok"], log
    assert f"{ARTICLE}:" in log and "bestaat-niet" in log
    assert log.count("Alleen de gewijzigde pagina's opnieuw") == 2  # the fix, too, renders only the changed page
    built = pages(preview)
    assert "Zie het dossier." in built[ARTICLE_HTML]
    assert built == whole_build(site, tmp_path / "geheel")


def test_the_search_index_holds_every_page_after_a_rebuild(site, tmp_path):
    preview = tmp_path / "preview"
    edit = [ARTICLE, "## De vijf stappen\n", f"## De vijf stappen\n\n{NEW_TEXT}\n"]
    outcomes, log = serve_builds(site, preview, [edit])  # the process waits for the background index at exit
    assert outcomes == ["ok", "ok"], log
    entry = json.loads((preview / "pagefind/pagefind-entry.json").read_text())
    indexed = entry["languages"]["nl"]["page_count"]
    whole = tmp_path / "geheel"
    whole_build(site, whole)
    assert indexed == json.loads((whole / "pagefind/pagefind-entry.json").read_text())["languages"]["nl"]["page_count"]
    assert indexed >= len([name for name in FIXTURE_FILES if name.endswith(".md")]) - 1
    # The preview's index took the new version of the page in place of the old one.
    url = "/" + ARTICLE_HTML.removesuffix("index.html")
    article = [fragment for fragment in fragments(preview) if fragment["url"] == url]
    assert len(article) == 1 and NEW_TEXT.rstrip(".") in article[0]["content"]


def fragments(site_dir: Path) -> list[dict]:
    """Every page as Pagefind's index holds it (its url and text)."""
    return [json.loads(gzip.decompress(path.read_bytes()).removeprefix(b"pagefind_dcd"))
            for path in sorted((site_dir / "pagefind" / "fragment").glob("*.pf_fragment"))]


def test_make_serve_uses_the_incremental_preview():
    commands = subprocess.run(["make", "-s", "-n", "serve"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout
    assert "mkdocs serve" in commands and "--dirty" in commands


def _served(tmp_path, hook_changes=None):
    """A live-reload server as `mkdocs serve` has it when hooks/preview.py's on_serve runs, and after it."""
    from mkdocs.livereload import LiveReloadServer

    spec = importlib.util.spec_from_file_location("preview_hook", ROOT / "hooks" / "preview.py")
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    for name, value in (hook_changes or {}).items():
        setattr(hook, name, value)
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))
    (tmp_path / "docs").mkdir()
    for name in ("mkdocs.yml", "grenzen.yml", "data/contacten.yml", "docs/index.md"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("", encoding="utf-8")
    server.watch(str(tmp_path / "docs"))
    server.watch(str(tmp_path / "mkdocs.yml"))
    server.watch(str(tmp_path / "docs"))  # watched twice: MkDocs counts
    mkdocs = {"delay": server.build_delay, "interval": server.observer.timeout}
    hook.SESSION.incremental = True
    try:
        server = hook.on_serve(server, config=SimpleNamespace(config_file_path=str(tmp_path / "mkdocs.yml")),
                               builder=None)
    finally:
        hook.SESSION.incremental = False
    return hook, server, mkdocs


def test_the_preview_hears_of_a_save_at_once_and_not_of_a_read(tmp_path):
    hook, server, mkdocs = _served(tmp_path)
    assert not isinstance(server.observer, PollingObserver)
    assert server.build_delay == hook.SETTLE_SECONDS < mkdocs["delay"]
    # What MkDocs watched, and every shared input of the build that the site has (data/ is not in mkdocs.yml);
    # files through their folder (the root, not its subfolders).
    assert sorted(server._watched_paths) == sorted([str(tmp_path / "docs"), str(tmp_path), str(tmp_path / "data")])
    assert len(server.observer.emitters) == len(server._watched_paths)
    server.observer.start()
    try:
        for name in ("docs/index.md", "data/contacten.yml", "grenzen.yml"):
            time.sleep(0.2)
            (tmp_path / name).read_text(encoding="utf-8")  # the build reads every page: no rebuild for that
            time.sleep(0.3)
            assert not server._want_rebuild, name
            (tmp_path / name).write_text("x", encoding="utf-8")
            deadline = time.monotonic() + 5
            while not server._want_rebuild and time.monotonic() < deadline:
                time.sleep(0.01)
            assert server._want_rebuild, name
            time.sleep(0.3)  # the rest of the save's events (closed after writing)
            server._want_rebuild = False
    finally:
        server.observer.stop()
        server.observer.join()


def test_without_the_systems_reports_the_preview_looks_more_often_than_mkdocs_does(tmp_path):
    hook, server, mkdocs = _served(tmp_path, {"_system_tells": lambda paths: False})
    assert isinstance(server.observer, PollingObserver)
    assert server.observer.timeout == hook.POLL_SECONDS < mkdocs["interval"]
    assert sorted(server._watched_paths) == sorted(str(tmp_path / name)
                                                   for name in ("docs", "mkdocs.yml", "grenzen.yml", "data"))
    assert len(server.observer.emitters) == len(server._watched_paths)
