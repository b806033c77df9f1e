"""What a reader's browser downloads for one article: bytes over the network and requests, with a cold cache,
served gzip-compressed as static hosts serve text files."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import sync_playwright

from bench.search import BROWSER_ARGS, _bytes, serve


def measure(site: Path, path: str) -> dict:
    """path: the page's address in the site, "dossiers/buurtkracht/abcd/"."""
    base, server = serve(site)
    sizes: list[int] = []
    hosts: set[str] = set()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=BROWSER_ARGS)
        context = browser.new_context()
        page = context.new_page()
        page.on("request", lambda request: hosts.add(urlsplit(request.url).netloc)
                if request.url.startswith("http") else None)
        page.on("requestfinished", lambda request: sizes.append(_bytes(request)))
        page.goto(f"{base}/{path}", wait_until="networkidle")
        page.wait_for_timeout(500)  # fonts and scripts that load after the page
        context.close()
        browser.close()
    server.shutdown()
    return {"kb": sum(sizes) / 1000, "requests": len(sizes), "other_hosts": sorted(hosts - {base.split("/")[2]})}
