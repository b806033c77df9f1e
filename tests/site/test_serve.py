"""`make serve` itself (a real `mkdocs serve` process, as the Makefile runs it): an edit in data/ reaches the page,
and a save that breaks the build shows the Dutch message in the browser, until the fix brings the page back."""
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from bench import preview
from conftest import ENGINE, FIXTURE_FILES, ROOT, make_site, page

ARTICLE = "dossiers/buurtkracht/abcd.md"
ARTICLE_URL = "dossiers/buurtkracht/abcd/"
CONTACTS = "data/contacten.yml"
CONTACT = ("- rol: Adviseur buurtkracht\n  onderwerpen: [buurthuis]\n  naam: {name}\n"
           "  email: a.jansen@kennisinstituut.nl\n")
BROKEN_LINK = ("## De vijf stappen\n", "## De vijf stappen\n\nZie [dit](/dossiers/buurtkracht/bestaat-niet.md).\n")


def serve_command() -> list[str]:
    """The command `make serve` runs, with this Python (the site is served from its own folder)."""
    return [sys.executable if word.endswith("/python") else word for word in preview.serve_command(ENGINE)]


def get(url: str) -> tuple[int | None, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")
    except OSError:
        return None, ""


def eventually(condition, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "the preview did not show the change in time"
        time.sleep(0.1)


def shows(tab, expression: str, timeout: float = 120) -> None:
    """Wait until the expression is true in the tab, which the live reload reloads meanwhile."""
    from playwright.sync_api import Error

    def holds() -> bool:
        try:
            return tab.evaluate(expression)
        except Error:  # the page was being reloaded
            return False
    eventually(holds, timeout)


class Served:
    def __init__(self, root: Path, url: str):
        self.root, self.url = root, url

    def edit(self, path: str, old: str, new: str) -> None:
        file = self.root / path
        text = file.read_text(encoding="utf-8")
        assert old in text, (path, old)
        time.sleep(1.1)  # MkDocs compares modification times: a save must be later than the last build
        file.write_text(text.replace(old, new, 1), encoding="utf-8")

    def page(self, path: str = ARTICLE_URL) -> tuple[int | None, str]:
        return get(self.url + path)


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    files = {**FIXTURE_FILES, CONTACTS: CONTACT.format(name="Anna Jansen"),
             "docs/colofon.md": page(title="Over deze kennisbank", body="Vragen?\n\n<!-- contactpersonen -->\n")}
    root = make_site(tmp_path_factory.mktemp("serve"), files)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log = open(root.parent / "serve.log", "w")  # noqa: SIM115  # the server writes to it until `finally` closes it
    server = subprocess.Popen([*serve_command(), "-f", str(root / "mkdocs.yml"), "-a", f"127.0.0.1:{port}"],
                              cwd=root, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
                              env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)})
    served = Served(root, f"http://127.0.0.1:{port}/")
    try:
        eventually(lambda: served.page()[0] == 200 or server.poll() is not None, 300)
        assert server.poll() is None, (root.parent / "serve.log").read_text()
        yield served
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=60)
        log.close()


def test_an_edit_in_data_reaches_the_page(served):
    assert "Anna Jansen" in served.page("colofon/")[1]
    served.edit(CONTACTS, "Anna Jansen", "Bram de Vries")
    eventually(lambda: "Bram de Vries" in served.page("colofon/")[1])


@pytest.mark.parametrize("path, broken, message", [
    (ARTICLE, ("themas: [vrijwillige-inzet]", "themas: [<b>buurtwerk</b>]"),  # quoted in the message: escaped
     f"{ARTICLE}:5: het thema &#x27;&lt;b&gt;buurtwerk&lt;/b&gt;&#x27; bestaat niet in vocabulaire.yml"),
    (ARTICLE, ("title: Asset Based Community Development", "title: ABCD: zo werkt het"),
     f"{ARTICLE}:2: de front matter is geen geldige YAML"),
    (ARTICLE, BROKEN_LINK, f"{ARTICLE}:"),
])
def test_a_broken_save_shows_the_message_on_every_page_and_the_fix_brings_them_back(served, path, broken, message):
    served.edit(path, *broken)
    eventually(lambda: message in served.page()[1])
    status, html = served.page("")  # another page shows it too: whichever page the author has open
    assert status == 500 and message in html and '<html lang="nl">' in html
    assert "<b>" not in html
    served.edit(path, broken[1], broken[0])
    eventually(lambda: served.page()[0] == 200)
    assert "Asset Based Community Development" in served.page()[1]


def test_the_page_the_author_has_open_shows_the_message_and_comes_back(served, browser):
    tab = browser.new_page()
    tab.goto(served.url + ARTICLE_URL)
    assert tab.locator("h1").first.inner_text() == "Asset Based Community Development"
    served.edit(ARTICLE, *BROKEN_LINK)
    shows(tab, "() => document.body.innerText.includes('bestaat-niet')")
    assert tab.locator("h1").first.inner_text() == "De site is niet gebouwd"
    assert ARTICLE + ":" in tab.locator("main").inner_text()
    served.edit(ARTICLE, BROKEN_LINK[1], BROKEN_LINK[0])
    shows(tab, "() => document.querySelector('h1')?.innerText === 'Asset Based Community Development'")
    tab.close()
