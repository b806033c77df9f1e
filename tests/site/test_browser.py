"""The built site in a real Chromium: nothing is requested from other hosts, and no console errors."""
from urllib.parse import urlparse

import pytest

from conftest import serve

PAGES = ["/", "/dossiers/buurtkracht/abcd/", "/e-book/het-eerste-idee/", "/interventies/abcd/",
         "/praktijkkaarten/vertalen/"]


@pytest.fixture(scope="module")
def site_url(fixture_build):
    url, server = serve(fixture_build.site)
    yield url
    server.shutdown()


@pytest.mark.parametrize("path", PAGES)
def test_page_requests_only_its_own_host(browser, site_url, path):
    page = browser.new_page()
    requested, errors = [], []
    page.on("request", lambda request: requested.append(request.url))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.goto(site_url + path, wait_until="networkidle")
    assert page.locator("h1").first.is_visible()
    hosts = {urlparse(url).netloc for url in requested if not url.startswith("data:")}
    assert hosts == {urlparse(site_url).netloc}, requested
    assert errors == []
    page.close()
