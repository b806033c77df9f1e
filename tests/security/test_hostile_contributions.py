"""Every hostile contribution (tests/security/hostile.py) is refused with a Dutch message that names its file, or
published with nothing executable, nothing from outside the repository and nothing fetched from elsewhere.

Each case is built as its own small site (two at a time); `make check` must refuse what the build refuses.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pikepdf
import pytest
import tinyhtml5
from hostile import cases

from conftest import FIXTURE_FILES, ROOT, make_site, run_build, serve

CASES = cases()
# A Dutch message about a file or folder: "dossiers/x/bestand.md:12: ...", "docs/map: ...", "data/contacten.yml: ...".
_MESSAGE = re.compile(r"^(?:ERROR\s+-\s+)?((?:docs|dossiers|ebook|data)/[\w./-]+|[\w.-]+\.yml)(?::\d+)?: \S",
                      re.MULTILINE)
_URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "xlink:href", "poster", "background", "srcset"}
_EXECUTABLE_SCHEME = re.compile(r"^\s*(?:javascript|vbscript|data:text|file):", re.IGNORECASE)
_ELSEWHERE = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:|[/\\]{2})", re.IGNORECASE)
SECRETS = (b"root:x:0:0", b"PATH=", b"[core]")  # /etc/passwd, /proc/self/environ, .git/config


def _prepare(root: Path, case: dict) -> Path:
    make_site(root, {**FIXTURE_FILES, **case["files"]})
    for name in ("leesbaarheid.yml", "woordenlijst.txt"):  # what `make check` reads besides the site's machinery
        shutil.copy2(ROOT / name, root / name)
    if "vocabulary" in case:
        name, old, new = case["vocabulary"]
        text = (root / name).read_text(encoding="utf-8")
        assert old in text, f"{name} has no '{old}' any more: update the case"
        (root / name).write_text(text.replace(old, new, 1), encoding="utf-8")
    if "symlink" in case:
        link, target = case["symlink"]
        (root / link).parent.mkdir(parents=True, exist_ok=True)
        (root / link).symlink_to(target)
    return root


def _check(root: Path):
    result = subprocess.run([sys.executable, "-m", "kennisbank.check", "--root", str(root), "--zonder-spelling"],
                            capture_output=True, text=True, timeout=300, cwd=ROOT, check=False)
    return result.returncode, result.stdout + result.stderr


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    """Each case built (and checked) once: name -> (build, check exit code, check output)."""
    def one(name: str):
        root = _prepare(tmp_path_factory.mktemp(name), CASES[name])
        build = run_build(root)
        return name, (build, *_check(root))

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        return dict(pool.map(one, CASES))


def test_there_are_at_least_eighty_hostile_contributions():
    assert len([case for case in CASES.values() if not case.get("harmless")]) >= 80


@pytest.mark.parametrize("name", CASES)
def test_refused_in_dutch_or_published_harmless(outcomes, name):
    build, check_code, check_output = outcomes[name]
    assert "Traceback" not in build.output and "Traceback" not in check_output, build.output + check_output
    case_files = set(CASES[name]["files"]) | {CASES[name].get("vocabulary", ("",))[0],
                                              CASES[name].get("symlink", ("",))[0]}
    if build.returncode != 0:
        assert not CASES[name].get("harmless"), f"a harmless contribution was refused:\n{build.output}"
        named = set(_MESSAGE.findall(build.output))
        assert named & case_files or any(path.startswith(tuple(case_files - {""})) for path in named), build.output
        assert "De site is niet gebouwd" in build.output
        # make check sees what the build sees: it refuses the same contribution, naming the same file.
        assert check_code == 1 and set(_MESSAGE.findall(check_output)) & named, check_output
        return
    _assert_harmless(build.site)


def _assert_harmless(site: Path):
    for path in site.rglob("*"):
        if path.is_symlink():
            pytest.fail(f"{path} is a symbolic link in the built site")
        if not path.is_file():
            continue
        data = path.read_bytes()
        for secret in SECRETS:
            assert secret not in data, f"{path} holds content of a file outside the repository"
        if path.suffix == ".html":
            for tag, name, value in _attributes(data.decode("utf-8", errors="replace")):
                assert not name.startswith("on"), f"{path}: <{tag} {name}={value!r}>"
                if name in _URL_ATTRIBUTES:
                    # Browsers drop tabs and newlines inside a URL: "java\tscript:" is "javascript:".
                    assert not _EXECUTABLE_SCHEME.match(re.sub(r"[\t\n\r]", "",
                                                               value)), f"{path}: <{tag} {name}={value!r}>"
                if (tag, name) == ("img", "src"):
                    assert not _ELSEWHERE.match(value), f"{path}: an image from elsewhere: {value}"
        if path.suffix == ".pdf":
            with pikepdf.open(path) as pdf:
                names = pdf.Root.get("/Names", {})
                assert "/EmbeddedFiles" not in names, f"{path} carries an attachment"
                for pdf_page in pdf.pages:
                    for annotation in pdf_page.get("/Annots", []):
                        assert annotation.get("/Subtype") != "/FileAttachment", f"{path} carries an attachment"


def _attributes(html: str):
    """Every attribute of every element, as a browser's HTML5 parser reads the page."""
    for element in tinyhtml5.parse(html).iter():
        if isinstance(element.tag, str):
            for name, value in element.attrib.items():
                yield element.tag.rsplit("}", 1)[-1], name.rsplit("}", 1)[-1].lower(), value


def test_nothing_a_payload_could_do_happens_in_chromium(outcomes, browser):
    """Every published page with a payload, served as GitHub Pages serves it (no headers): no alert, no global."""
    opened = 0
    for name, (build, _, _) in outcomes.items():
        if build.returncode != 0:
            continue
        pages = [path for path in build.site.rglob("*.html") if b"KBX" in path.read_bytes()]
        url, server = serve(build.site)
        context = browser.new_context()
        try:
            for path in pages:
                tab = context.new_page()
                dialogs = []
                tab.on("dialog", lambda dialog, dialogs=dialogs: (dialogs.append(dialog.message), dialog.dismiss()))
                tab.goto(f"{url}/{path.relative_to(build.site).as_posix()}", wait_until="load")
                tab.mouse.move(200, 300)
                tab.keyboard.press("Tab")
                fired = tab.evaluate("Object.keys(window).filter(k => k.startsWith('__kbx') && typeof window[k] !== "
                                     "'object')")
                assert dialogs == [] and fired == [], f"{name}: {path} ran a payload ({dialogs}, {fired})"
                tab.close()
                opened += 1
        finally:
            context.close()
            server.shutdown()
    assert opened >= len([case for case in CASES.values() if case.get("harmless")])


def test_a_failed_build_leaves_no_site_behind_in_make_site(tmp_path):
    """`make site` builds into site.nieuw/ and only swaps a complete site in: the previous site/ stays whole."""
    root = make_site(tmp_path, {**FIXTURE_FILES, **CASES["script"]["files"]})
    for name in ("Makefile", "requirements.txt", "pyproject.toml"):
        shutil.copy2(ROOT / name, root / name)
    (root / "site").mkdir()
    (root / "site" / "index.html").write_text("vorige versie", encoding="utf-8")
    venv = ROOT / ".venv"
    result = subprocess.run(["make", "site", f"VENV={venv}", f"PY={sys.executable}"], cwd=root, capture_output=True,
                            text=True, timeout=600, env={**os.environ, "PYTHONPATH": str(ROOT)}, check=False)
    assert result.returncode != 0
    assert "vorige versie in site/ is bewaard" in result.stdout + result.stderr
    assert (root / "site" / "index.html").read_text(encoding="utf-8") == "vorige versie"
    assert not (root / "site.nieuw").exists()
