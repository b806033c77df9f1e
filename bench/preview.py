"""Edit-to-preview: from saving one page to the rebuilt page being served by `make serve`, and whether the
preview is then right (navigation titles, the search index)."""
from __future__ import annotations

import os
import random
import re
import shlex
import signal
import socket
import statistics
import string
import subprocess
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POLL = 0.02  # seconds between requests while waiting for the new page


def serve_command(engine: str = "mkdocs") -> list[str]:
    """The command `make serve` runs with this engine (as the Makefile says it, without running it)."""
    lines = subprocess.run(["make", "-s", "-n", "serve", f"ENGINE={engine}"], cwd=ROOT, capture_output=True, text=True,
                           check=True).stdout
    line = next(line for line in lines.splitlines() if f"-m {engine} serve" in line)
    return [word for word in shlex.split(line) if "=" not in word or word.startswith("-")]


def measure(root: Path, article: str, command: list[str], search_file: str, edits: int = 3) -> dict:
    """Serve the site in root with command (+ -f and -a), edit article (a source path) `edits` times.
    search_file: the file (in the served site) that changes when the search index is rewritten."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}/{_site_path(article)}"
    server = subprocess.Popen([*command, "-f", str(root / "mkdocs.yml"), "-a", f"127.0.0.1:{port}"], cwd=ROOT,
                              env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        started = time.perf_counter()
        _wait_for(lambda: _get(url) is not None, 900)
        first_build = time.perf_counter() - started
        _wait_for(lambda: _get(f"http://127.0.0.1:{port}/{search_file}") is not None, 300)
        seconds, search_seconds = [], []
        for _ in range(edits):
            # A word no index has yet: Pagefind rewrites its entry file only when its word list changes.
            marker = "Previewmeting " + "".join(random.choices(string.ascii_lowercase, k=12))
            before_search = _get(f"http://127.0.0.1:{port}/{search_file}")
            time.sleep(1.2)  # MkDocs compares modification times; a save right after a build must be later
            path = root / article
            saved = time.perf_counter()
            path.write_text(path.read_text(encoding="utf-8") + f"\n{marker}.\n", encoding="utf-8")
            _wait_for(lambda marker=marker: marker in (_get(url) or ""), 300)
            seconds.append(time.perf_counter() - saved)
            _wait_for(lambda before=before_search: _get(f"http://127.0.0.1:{port}/{search_file}") not in (None, before),
                      300)
            search_seconds.append(time.perf_counter() - saved)
        page = _get(url)
        titles = re.findall(r'<span class="md-ellipsis">\s*(.*?)\s*</span>', page, re.S)
        return {"first_build": first_build, "seconds": statistics.median(seconds), "all": seconds,
                "search_seconds": statistics.median(search_seconds),
                "nav_ok": bool(titles) and "None" not in titles}
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=60)


def _site_path(article: str) -> str:
    path = article.removesuffix(".md")
    for folder, site in (("docs/", ""), ("ebook/", "e-book/")):
        if path.startswith(folder):
            path = site + path[len(folder):]
    return path + "/"


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode("utf-8", errors="replace")
    except OSError:
        return None


def _wait_for(condition, timeout: float) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("de preview liet de wijziging niet op tijd zien")
        time.sleep(POLL)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]

