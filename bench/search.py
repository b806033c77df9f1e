"""Site search at scale: what a reader downloads before the first result, and how long results take after
the last keystroke, in headless Chromium, on synthetic Dutch sites (bench/corpus.py).

    .venv/bin/python bench/search.py                 # 200, 1,000 and 3,000 pages
    .venv/bin/python bench/search.py 3000 --reuse    # one size; --reuse: the site built by a previous run

Each size is built with our real configuration and hooks, less hooks/downloads.py (bench/pdf.py measures the PDFs),
into .cache/bench/search-<pages>/, and served gzip-compressed, as static hosts serve text files. A reader
opens an article and types a query into the search box in the header, key by key:
- cold: a fresh browser profile; bytes over the network from the moment the box gets focus until the first
  results, and the time from the last keydown to the moment the results are in the list (timed in the page);
- warm: the same page after that first search; more queries of other kinds, timed the same way.
Three rounds (--rounds), each with a fresh profile; the line per size gives medians.
Goals (issues 5 and 17): at 3,000 pages at most 300 KB before the first result, at most 300 ms on a warm page.
recall_per_kind types the queries of tests/search/zoekvragen-soorten.yml into the real site (make bench).
"""
from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import re
import shutil
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from playwright.sync_api import sync_playwright  # noqa: E402

from bench.corpus import write_corpus  # noqa: E402
from conftest import make_site, run_build  # noqa: E402

SIZES = (200, 1000, 3000)
COLD_QUERY = "vrijwilligers"
WARM_QUERIES = ("buurthuizen", "financien", "mantelzorgers ondersteunen", "steunpunt", "vrijwiligers", "Wmo",
                "zorgcoöperatie", "jongeren betrekken",
                # questions in plain words: a phrase, all content words, and each word on its own (issue 17)
                "hoe vind ik vrijwilligers voor het buurthuis", "wie betaalt de verzekering van vrijwilligers")
KEY_DELAY_MS = 90  # a quick typist
BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
COMPRESSED = (".html", ".js", ".css", ".json", ".svg", ".xml")

# Timing inside the page: the last keydown in the box, and when the summary names the whole query as typed
# (it is written in the same task as the results list). Once per page.
WATCH = """() => {
  const box = document.querySelector('#kb-zoekvak');
  const summary = document.querySelector('[data-kb-zoeksamenvatting]');
  window.kbBench = {query: null, lastKey: 0, shown: 0};
  box.addEventListener('keydown', () => { window.kbBench.lastKey = performance.now(); }, true);
  new MutationObserver(() => {
    const {query, shown} = window.kbBench;
    const text = summary.textContent;
    if (query && !shown && (text.includes(`‘${query}’.`) || text.includes(`(u typte ‘${query}’)`))) {
      window.kbBench.shown = performance.now();
    }
  }).observe(summary, {childList: true, characterData: true, subtree: true});
}"""


def build(pages: int, reuse: bool) -> Path:
    root = ROOT / ".cache" / "bench" / f"search-{pages}"
    if reuse and (root / "site" / "pagefind").is_dir():
        return root / "site"
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    make_site(root, {})
    config = root / "mkdocs.yml"
    config.write_text(re.sub(r"(?m)^  - hooks/downloads\.py\n", "", config.read_text(encoding="utf-8")),
                      encoding="utf-8")
    write_corpus(root, pages)
    started = time.perf_counter()
    built = run_build(root)
    if built.returncode != 0:
        sys.exit(built.output[-3000:])
    seconds = time.perf_counter() - started
    indexing = re.search(r"Zoekindex klaar in ([\d.]+) s", built.output)
    print(f"  built {pages} pages in {seconds:.0f} s (search index and word lists: {indexing[1]} s)", flush=True)
    return root / "site"


class _GzipHandler(http.server.SimpleHTTPRequestHandler):
    """A static host: text files gzip-compressed when the browser accepts it; Pagefind's own files as they are."""

    def log_message(self, *args):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if path.suffix not in COMPRESSED or "gzip" not in self.headers.get("Accept-Encoding", "") or not path.is_file():
            return super().send_head()
        body = _compressed(path)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return _Bytes(body)


class _Bytes:
    def __init__(self, body: bytes):
        self.body = body

    def read(self, *_):
        body, self.body = self.body, b""
        return body

    def close(self):
        pass


@functools.lru_cache(maxsize=4096)
def _compressed(path: Path) -> bytes:
    return gzip.compress(path.read_bytes(), compresslevel=6)


def serve(site: Path):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_GzipHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}", server


def search(page, query: str, transferred: list[int]) -> tuple[float, int, int]:
    """Type a query into the header box; milliseconds from the last keydown to the results, bytes, results."""
    box = page.locator("#kb-zoekvak")
    box.fill("")
    box.focus()
    page.evaluate("query => Object.assign(window.kbBench, {query, lastKey: 0, shown: 0})", query)
    transferred.clear()
    box.press_sequentially(query, delay=KEY_DELAY_MS)
    page.wait_for_function("() => window.kbBench.shown > 0", timeout=30_000)
    page.wait_for_timeout(100)  # responses still finishing for this search
    timing = page.evaluate("window.kbBench")
    return timing["shown"] - timing["lastKey"], sum(transferred), page.locator("#kb-zoeklijst [role=option]").count()


def _bytes(request) -> int:
    """Bytes over the network for one response: headers and (compressed) body. Chromium reports no body size
    for a worker's own script; its Content-Length (the compressed size, from our server) stands in."""
    sizes = request.sizes()
    body = sizes["responseBodySize"] or int(request.response().headers.get("content-length", 0))
    return sizes["responseHeadersSize"] + body


def measure(site: Path, pages: int, rounds: int) -> dict:
    """Cold and warm search on one built site; the figures, also printed as one line."""
    base, server = serve(site)
    article = next(path for path in sorted((site / "dossiers").rglob("index.html")) if "pagina-" in str(path))
    url = f"{base}/{article.parent.relative_to(site).as_posix()}/"
    cold, warm = [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=BROWSER_ARGS)
        for _ in range(rounds):  # each round a fresh browser profile: nothing cached
            context = browser.new_context()
            page = context.new_page()
            transferred: list[int] = []
            page.on("requestfinished", lambda request, into=transferred: into.append(_bytes(request)))
            page.goto(url, wait_until="networkidle")
            page.evaluate(WATCH)
            cold.append(search(page, COLD_QUERY, transferred))
            warm += [search(page, query, transferred) for query in WARM_QUERIES]
            context.close()
        browser.close()
    server.shutdown()
    index_bytes = sum(path.stat().st_size for path in (site / "pagefind").rglob("*") if path.is_file())
    warm_ms = sorted(ms for ms, _, _ in warm)
    figures = {"cold_kb": statistics.median(b for _, b, _ in cold) / 1000,
               "cold_ms": statistics.median(ms for ms, _, _ in cold),
               "warm_ms": statistics.median(warm_ms), "warm_p90_ms": warm_ms[int(len(warm_ms) * 0.9)],
               "index_mb": index_bytes / 1e6}
    print(f"{pages:>5} pages | index {figures['index_mb']:.1f} MB on disk | cold '{COLD_QUERY}' (median of {rounds}): "
          f"{figures['cold_kb']:.0f} KB before the first result, {figures['cold_ms']:.0f} ms after the last key | "
          f"warm, {len(warm)} searches: median {figures['warm_ms']:.0f} ms, 90th percentile "
          f"{figures['warm_p90_ms']:.0f} ms, slowest {warm_ms[-1]:.0f} ms", flush=True)
    return figures


def recall_per_kind(site: Path) -> dict[str, float]:
    """Recall@5 of each kind of query in tests/search/zoekvragen-soorten.yml, typed into the search box of the
    built real site (issue 17: at least 0.9 per kind); printed one line per kind."""
    sys.path.insert(0, str(ROOT / "tests" / "search"))
    from search_helpers import KINDS, built_pages, recall

    base, server = serve(site)
    found = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=BROWSER_ARGS)
        page = browser.new_page()
        page.goto(f"{base}/dossiers/", wait_until="networkidle")
        for kind, questions in KINDS.items():
            found[kind], misses = recall(page, questions, built_pages(site))
            print(f"  recall@5 {found[kind]:.2f}  {kind} ({len(questions)} vragen)"
                  + "".join(f"\n    mis: {m}" for m in misses), flush=True)
        browser.close()
    server.shutdown()
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=SIZES)
    parser.add_argument("--reuse", action="store_true", help="use the site a previous run built, if there is one")
    parser.add_argument("--rounds", type=int, default=3, help="fresh browser profiles per size (default 3)")
    arguments = parser.parse_args()
    for pages in arguments.sizes:
        measure(build(pages, arguments.reuse), pages, arguments.rounds)


if __name__ == "__main__":
    main()
