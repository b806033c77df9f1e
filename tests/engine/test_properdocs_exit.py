"""The way out of MkDocs, tested: ProperDocs (a drop-in fork of MkDocs 1.x, in its own venv without MkDocs) builds
the shipped site into the same bytes, file for file; only the generator meta tag names the other program.

One extra build: the other engine's, compared with the shared `real_build` of the chosen one. It reuses that build's
PDF cache, whose key is each PDF's HTML: a PDF is only taken from the cache if the other engine gave it the same HTML.
"""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from conftest import ENGINE, ENGINE_PYTHONS, ROOT, Build, real_site, run_build

OTHER = "properdocs" if ENGINE == "mkdocs" else "mkdocs"
PDF_CACHE = ".cache/pdf"  # kennisbank/downloads/publish.py: CACHE_FOLDER


def pinned(requirements: str, package: str) -> str:
    """The version of package that the requirements file pins."""
    found = re.search(rf"^{re.escape(package)}==(\S+)", (ROOT / requirements).read_text(encoding="utf-8"), re.M)
    assert found, f"{package} is not pinned in {requirements}"
    return found.group(1)


def generator(engine: str) -> bytes:
    """The generator meta tag of a page built by engine (Material writes "mkdocs-" and the engine's version)."""
    engine_version = {"mkdocs": pinned("requirements.txt", "mkdocs"),
                      "properdocs": "ProperDocs " + pinned("requirements-properdocs.txt", "properdocs")}[engine]
    material = pinned("requirements.txt", "mkdocs-material")
    return f'<meta name="generator" content="mkdocs-{engine_version}, mkdocs-material-{material}">'.encode()


def files(site: Path) -> dict[str, bytes]:
    return {path.relative_to(site).as_posix(): path.read_bytes() for path in site.rglob("*") if path.is_file()}


def build_with_the_other_engine(real_build: Build, root: Path) -> Build:
    shutil.copytree(real_build.root / PDF_CACHE, root / PDF_CACHE)
    cached = sorted(path.name for path in (root / PDF_CACHE).iterdir())
    build = run_build(real_site(root), engine=OTHER)
    assert build.returncode == 0, build.output
    # Not one PDF made anew: every PDF's HTML is the same under both engines.
    assert sorted(path.name for path in (root / PDF_CACHE).iterdir()) == cached, build.output
    return build


def test_the_other_engine_builds_the_same_bytes_but_for_the_generator_tag(real_build: Build, tmp_path: Path) -> None:
    other = build_with_the_other_engine(real_build, tmp_path)
    assert "WARNING" not in other.output
    ours, theirs = files(real_build.site), files(other.site)
    assert set(ours) == set(theirs)
    assert any(name.endswith(".pdf") for name in ours) and any(name.endswith(".epub") for name in ours)
    tagged = {name for name, content in ours.items() if generator(ENGINE) in content}
    assert len(tagged) >= len([name for name in ours if name.endswith("/index.html")])  # every page has the tag
    differing = {name for name in ours if ours[name] != theirs[name]}
    assert differing == tagged
    assert [name for name in differing if ours[name].replace(generator(ENGINE), generator(OTHER)) != theirs[name]] == []


def test_the_properdocs_venv_holds_no_mkdocs() -> None:
    """So a ProperDocs build cannot lean on MkDocs: `mkdocs` there is ProperDocs' alias, not the package."""
    python = str(ENGINE_PYTHONS["properdocs"])
    result = subprocess.run([python, "-c", "import importlib.metadata as m, mkdocs; print(mkdocs.__name__); "
                             "print(m.version('properdocs')); m.version('mkdocs')"],
                            check=False, capture_output=True, text=True)
    assert result.returncode != 0, result.stdout
    assert "PackageNotFoundError: No package metadata was found for mkdocs" in result.stderr, result.stderr
    assert result.stdout.split() == ["properdocs", pinned("requirements-properdocs.txt", "properdocs")]
