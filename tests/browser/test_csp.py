"""The site as a host serves it: nginx with the security headers the build wrote (site/_host/).

On every page type, in Chromium: the headers arrive, 0 CSP violations, not one request to another
host (privacy: no fonts, scripts or trackers from elsewhere) and no errors in the console.
"""
import os
import shutil
import socket
import subprocess
import time
from urllib.parse import urlparse

import pytest
from browser_helpers import NOT_FOUND_URL, PAGE_TYPES, SEARCH_QUERY, site  # noqa: F401 (site is a fixture)

from kennisbank import security_headers

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"

NGINX_CONFIG = """
worker_processes 1;
pid {work}/nginx.pid;
{user}
events {{ worker_connections 64; }}
http {{
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path {work}/body;
  proxy_temp_path {work}/proxy;
  fastcgi_temp_path {work}/fastcgi;
  uwsgi_temp_path {work}/uwsgi;
  scgi_temp_path {work}/scgi;
  server {{
    listen 127.0.0.1:{port};
    root {site};
    error_page 404 /404.html;
    include {site}/{snippet};
  }}
}}
"""

# Collects every violation the page reports, from before its first script runs.
RECORD_VIOLATIONS = """window.__violations = [];
document.addEventListener('securitypolicyviolation', e => window.__violations.push(
  `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile || ''}:${e.lineNumber} `
  + `${e.sample || ''}`));"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def nginx(site, tmp_path_factory):
    """nginx on 127.0.0.1 serving the built site, with the headers snippet included as a host would."""
    if not os.path.exists(NGINX):
        pytest.fail("nginx is not installed: make test installs it (apt-get install nginx)")
    work = tmp_path_factory.mktemp("nginx")
    port = free_port()
    config = work / "nginx.conf"
    # nginx's workers run as 'nobody' when it is started as root; they must be able to read the test's files.
    user = "user root;" if os.geteuid() == 0 else ""
    config.write_text(NGINX_CONFIG.format(work=work, user=user, port=port, site=site.build.site,
                                          snippet=security_headers.NGINX_SNIPPET))
    server = subprocess.Popen([NGINX, "-c", str(config), "-p", str(work), "-e", str(work / "error.log"),
                               "-g", "daemon off;"], stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 10
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                pytest.fail(f"nginx did not start: {server.stderr.read()}")
            time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.terminate()
    server.wait(timeout=10)


def expected_headers(site) -> dict[str, str]:
    """The headers as the build wrote them for Netlify/Cloudflare; nginx must send the same."""
    lines = (site.build.site / security_headers.NETLIFY_HEADERS).read_text(encoding="utf-8").splitlines()
    return dict(line.strip().split(": ", 1) for line in lines if line.startswith("  "))


def test_policy_allows_no_inline_or_eval_script(site):
    policy = expected_headers(site)["Content-Security-Policy"]
    script_src = next(part for part in policy.split("; ") if part.startswith("script-src "))
    assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src
    assert "'sha256-" in script_src  # the theme's inline scripts are allowed by hash


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_page_under_nginx_has_no_csp_violations_no_other_hosts_no_errors(browser, site, nginx, page_type):
    headers = expected_headers(site)
    failures = []
    for number, url in enumerate(site.urls(page_type)):
        page = browser.new_page()
        page.add_init_script(RECORD_VIOLATIONS)
        requested, errors = [], []
        # Each handler bound to this page's own lists (a handler outlives the loop round that made it).
        page.on("request", lambda request, requested=requested: requested.append(request.url))
        page.on("pageerror", lambda error, errors=errors: errors.append(f"script error: {error}"))
        # The 404 page's own status is no error.
        page.on("console", lambda message, errors=errors, page=page: errors.append(message.text)
                if message.type == "error" and message.location.get("url") != page.url else None)
        response = page.goto(nginx + url, wait_until="networkidle")
        sent = response.all_headers()
        failures += [f"{url}: header {name} is {sent.get(name.lower())!r}, not {value!r}"
                     for name, value in headers.items() if sent.get(name.lower()) != value]
        box = page.locator("input[type=search]").first
        if number == 0 and box.is_visible():  # the search engine (WebAssembly) and its index load here too
            box.fill(SEARCH_QUERY)
            page.wait_for_timeout(1500)
        failures += [f"{url}: CSP violation: {violation}" for violation in page.evaluate("window.__violations")]
        failures += [f"{url}: requested from another host: {address}" for address in requested
                     if urlparse(address).scheme not in ("data", "blob")
                     and urlparse(address).netloc != urlparse(nginx).netloc]
        failures += [f"{url}: console: {error}" for error in errors]
        page.close()
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("path", ["/" + security_headers.NETLIFY_HEADERS, "/" + security_headers.NGINX_SNIPPET])
def test_host_files_are_not_served(browser, nginx, path):
    page = browser.new_page()
    response = page.goto(nginx + path)
    assert response.status == 404 and "content-security-policy" in response.all_headers()
    page.close()


def test_not_found_page_gets_the_headers_too(browser, nginx):
    page = browser.new_page()
    response = page.goto(nginx + NOT_FOUND_URL)
    assert response.status == 404 and "content-security-policy" in response.all_headers()
    page.close()
