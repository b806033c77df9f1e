"""Shared test helpers: build a site (the real one or a small fixture) and serve it."""
from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# The program that builds the sites of these tests: MkDocs, or ProperDocs (a drop-in fork of MkDocs 1.x) with
# KENNISBANK_ENGINE=properdocs, as `make test-properdocs` runs the site tests. Read here only.
ENGINE = os.environ.get("KENNISBANK_ENGINE", "mkdocs")
# Each engine's Python: the venv the Makefile installs it in (make site ENGINE=...).
ENGINE_PYTHONS = {"mkdocs": ROOT / ".venv/bin/python", "properdocs": ROOT / ".venv-properdocs/bin/python"}
if ENGINE not in ENGINE_PYTHONS:
    raise pytest.UsageError(f"KENNISBANK_ENGINE={ENGINE}: choose one of {', '.join(ENGINE_PYTHONS)}")
# What a site needs besides its content: the configuration and our code.
SITE_MACHINERY = ("mkdocs.yml", "vocabulaire.yml", "verboden-formuleringen.yml", "hooks", "kennisbank", "overrides",
                  "docs/assets")


@dataclass
class Build:
    returncode: int
    output: str
    root: Path

    @property
    def site(self) -> Path:
        return self.root / "site"

    def html(self, url_path: str) -> str:
        return (self.site / url_path.strip("/") / "index.html").read_text(encoding="utf-8")


def run_build(root: Path, *options: str, engine: str = ENGINE) -> Build:
    """`mkdocs build` of the site in root, as `make site` runs it; options are added (such as -v).
    engine: the program that builds it (the chosen one runs in this Python, the other in its own venv)."""
    python = sys.executable if engine == ENGINE else str(ENGINE_PYTHONS[engine])
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [python, "-m", engine, "build", "--clean", "-f", str(root / "mkdocs.yml"), "-d", str(root / "site"),
         *options],
        cwd=root, env=env, capture_output=True, text=True, timeout=600, check=False,
    )
    return Build(result.returncode, result.stdout + result.stderr, root)


def make_site(root: Path, files: dict[str, str | bytes]) -> Path:
    """A site with our configuration and code, and only the given content files."""
    for name in SITE_MACHINERY:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, root / name, ignore=shutil.ignore_patterns("__pycache__"), dirs_exist_ok=True)
        else:
            shutil.copy2(source, root / name)
    for folder in ("dossiers", "ebook"):
        (root / folder).mkdir(exist_ok=True)
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
    return root


def real_site(root: Path) -> Path:
    """A site with our configuration and code and the shipped content."""
    for name in ("docs", "dossiers", "ebook", "data"):
        if (ROOT / name).exists():
            shutil.copytree(ROOT / name, root / name, dirs_exist_ok=True)
    return make_site(root, {})


def page(page_type: str = "pagina", title: str = "Een pagina", body: str = "Tekst.\n", **fields) -> str:
    """Markdown for a valid page of the given type; fields add or override front matter."""
    meta = {"title": title, "description": "Een korte samenvatting.", "type": page_type}
    meta.update(REQUIRED_EXTRAS.get(page_type, {}))
    meta.update(fields)
    lines = [f"{key}: {value}" for key, value in meta.items() if value is not None]
    return "---\n" + "\n".join(lines) + "\n---\n\n" + body


REQUIRED_EXTRAS = {
    "artikel": {"themas": "[vrijwillige-inzet]", "doelgroepen": "[gemeenten]", "datum": "2026-11-28"},
    "dossier": {"themas": "[leefbaarheid]"},
    "hoofdstuk": {"hoofdstuk": 1},
    "kaart": {"basisfunctie": "vertalen", "themas": "[vrijwillige-inzet]", "datum": "2026-11-28"},
    "interventie": {
        "doel": "Meer mensen doen mee.", "doelgroep": "Bewoners van een wijk.", "aanpak": "In vijf stappen.",
        "uitvoerders": "Opbouwwerkers.", "themas": "[bewonersinitiatieven]", "doelgroepen": "[bewoners]",
        "erkenning": "onbekend", "bron": "Movisie", "datum": "2026-11-28",
    },
}

# The smallest site with every collection and page type.
FIXTURE_FILES = {
    "docs/index.md": page(title="Kennisbank", menutitel="Start",
                          body="Welkom. Lees het [dossier](/dossiers/buurtkracht/index.md).\n"),
    "docs/toegankelijkheid.md": page(title="Toegankelijkheid"),
    "docs/colofon.md": page(title="Over deze kennisbank"),
    "docs/praktijkkaarten/index.md": page(title="Praktijkkaarten"),
    "docs/praktijkkaarten/vertalen.md": page("kaart", title="Vertalen"),
    "docs/interventies/index.md": page(title="Interventies"),
    "docs/interventies/abcd.md": page("interventie", title="ABCD"),
    "dossiers/index.md": page(title="Dossiers"),
    "dossiers/buurtkracht/index.md": page("dossier", title="Dossier Buurtkracht"),
    "dossiers/buurtkracht/abcd.md": page("artikel", title="Asset Based Community Development",
                                         body="## De vijf stappen\n\nZie [het "
                                              "hoofdstuk](/e-book/het-eerste-idee.md#begin).\n"),
    "ebook/index.md": page(title="Stappen in buurt- en dorpskracht", menutitel="E-book"),
    "ebook/het-eerste-idee.md": page("hoofdstuk", title="Het eerste idee", body="## Begin\n\nTekst.\n",
                                     hoofdstuk=1),
    # Alphabetically first, but chapter 2: the navigation must follow the chapter numbers.
    "ebook/aan-de-slag.md": page("hoofdstuk", title="Aan de slag", hoofdstuk=2,
                                 body="Terug naar [het begin](het-eerste-idee.md#begin).\n"),
}


@pytest.fixture(scope="session")
def real_build(tmp_path_factory) -> Build:
    """The shipped site, built once for all tests that read it."""
    build = run_build(real_site(tmp_path_factory.mktemp("real")))
    assert build.returncode == 0, build.output
    return build


@pytest.fixture(scope="session")
def fixture_build(tmp_path_factory) -> Build:
    build = run_build(make_site(tmp_path_factory.mktemp("fixture"), FIXTURE_FILES))
    assert build.returncode == 0, build.output
    return build


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        # As a static host does: a missing page gets the site's own 404.html, with status 404.
        not_found = Path(self.directory) / "404.html"
        if code != 404 or not not_found.is_file():
            return super().send_error(code, message, explain)
        body = not_found.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def serve(directory: Path) -> tuple[str, http.server.ThreadingHTTPServer]:
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}", server


def wait_until(page, expression: str, arg=None, timeout: float = 30.0) -> None:
    """Playwright's wait_for_function, polled from here: its own polling evaluates the expression inside the page,
    which the site's Content-Security-Policy (no 'unsafe-eval') rightly refuses."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression, arg):
        if time.monotonic() > deadline:
            raise AssertionError(f"not true after {timeout} s: {expression}")
        page.wait_for_timeout(50)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run", "--disable-quic"],
        )
        yield browser
        browser.close()


# A site with one big dossier (80 articles: more than max_items in mkdocs.yml, two overview pages of 50) beside
# the small fixture dossier: for the navigation of big sections (tests/site/test_big_sections.py, tests/browser).
BIG_DOSSIER_ARTICLES = 80
BIG_SECTION_FILES = {
    **FIXTURE_FILES,
    "dossiers/groot/index.md": page("dossier", title="Dossier Groot", menutitel="Groot"),
    **{f"dossiers/groot/artikel-{n:02d}.md": page(
        "artikel", title=f"Artikel {n:02d}", themas="[wat-werkt]" if n % 4 == 0 else "[vrijwillige-inzet]",
        datum=f"2026-{n % 12 + 1:02d}-{n % 28 + 1:02d}", body=f"## Eerste kopje\n\nTekst {n}.\n")
       for n in range(1, BIG_DOSSIER_ARTICLES + 1)},
}


@pytest.fixture(scope="session")
def big_section_build(tmp_path_factory) -> Build:
    build = run_build(make_site(tmp_path_factory.mktemp("big-section"), BIG_SECTION_FILES))
    assert build.returncode == 0, build.output
    return build
