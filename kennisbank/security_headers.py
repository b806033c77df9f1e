"""The HTTP security headers a host sends with the built site, written as files the host reads, and the same
script policy as a <meta> element in every page (GitHub Pages sends no headers of its own choosing).

The Content-Security-Policy allows scripts only from the site itself plus a reviewed list of the theme's inline
scripts (REVIEWED_SCRIPTS_FILE, by sha256 hash). It is never worked out from what the pages contain: a script that
got into a page some other way is not on the list, so the browser refuses it, and the build stops on it.
"""
from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

# Where the build writes the host files, relative to the built site.
NETLIFY_HEADERS = "_headers"  # Netlify and Cloudflare Pages read this file at the site root
NGINX_SNIPPET = "_host/nginx-security-headers.conf"
# One line per inline script of the theme that a person has read: its CSP hash, then what it is.
REVIEWED_SCRIPTS_FILE = Path(__file__).with_name("reviewed-inline-scripts.txt")
# Directives a browser ignores (with a console error) in a <meta> policy; they go in the headers only.
_HEADER_ONLY = ("frame-ancestors",)

_SCRIPT = re.compile(r"<script\b(?P<attributes>[^>]*)>(?P<body>.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
_ATTRIBUTE = re.compile(r"""([^\s=/>"']+)\s*(?:=\s*("[^"]*"|'[^']*'|[^\s>]+))?""")
# The `type` values for which a browser runs a <script>; JSON and JSON-LD are data, not code.
_SCRIPT_TYPES = frozenset({"", "module", "text/javascript", "application/javascript", "application/ecmascript",
                           "text/ecmascript", "text/jscript", "text/livescript", "application/x-javascript"})

# No sensor, camera, microphone, location or payment access: the site needs none of them.
# Only names Chromium knows: an unknown name is a console error on every page.
_PERMISSIONS = ("accelerometer", "camera", "display-capture", "geolocation", "gyroscope", "magnetometer",
                "microphone", "midi", "payment", "usb")


def inline_script_hashes(html: str) -> set[str]:
    """The CSP source expression ('sha256-...') of each inline script a browser would run."""
    hashes = set()
    for match in _SCRIPT.finditer(html):
        attributes = {name.lower(): value.strip("\"'") for name, value in _ATTRIBUTE.findall(match["attributes"])}
        if "src" in attributes or attributes.get("type", "").strip().lower() not in _SCRIPT_TYPES:
            continue
        digest = hashlib.sha256(match["body"].encode("utf-8")).digest()
        hashes.add(f"'sha256-{base64.b64encode(digest).decode('ascii')}'")
    return hashes


def reviewed_script_hashes(path: Path = REVIEWED_SCRIPTS_FILE) -> set[str]:
    """The CSP hashes of the theme's inline scripts that were read and found harmless."""
    return {line.split()[0] for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def unreviewed_scripts(site_dir: Path, reviewed: set[str]) -> dict[str, str]:
    """Each inline script in the built site that is not on the reviewed list: its hash, and one page that has it."""
    found: dict[str, str] = {}
    for path in sorted(Path(site_dir).rglob("*.html")):
        for digest in inline_script_hashes(path.read_text(encoding="utf-8", errors="replace")) - reviewed:
            found.setdefault(digest, path.relative_to(site_dir).as_posix())
    return found


def content_security_policy(script_hashes: set[str], for_meta: bool = False) -> str:
    # 'wasm-unsafe-eval' compiles WebAssembly only (Pagefind's search engine); JavaScript eval stays blocked.
    script_sources = ["'self'", *sorted(script_hashes), "'wasm-unsafe-eval'"]
    directives = [
        ("default-src", ["'self'"]),
        ("script-src", script_sources),
        ("style-src", ["'self'"]),
        ("img-src", ["'self'", "data:"]),  # the theme's icons are data: URLs in its CSS
        ("font-src", ["'self'"]),
        ("connect-src", ["'self'"]),
        ("worker-src", ["'self'"]),
        ("object-src", ["'none'"]),
        ("base-uri", ["'self'"]),
        ("form-action", ["'self'"]),
        ("frame-ancestors", ["'none'"]),
    ]
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in directives
                     if not (for_meta and name in _HEADER_ONLY))


def security_headers(script_hashes: set[str]) -> list[tuple[str, str]]:
    """The headers for every response of the built site, in the order a host should send them."""
    policy = content_security_policy(script_hashes)
    return [
        ("Content-Security-Policy", policy),
        ("Strict-Transport-Security", "max-age=31536000; includeSubDomains"),
        ("X-Content-Type-Options", "nosniff"),
        ("X-Frame-Options", "DENY"),  # for browsers that do not know frame-ancestors
        ("Referrer-Policy", "same-origin"),  # other sites do not learn which page a reader came from
        ("Permissions-Policy", ", ".join(f"{name}=()" for name in _PERMISSIONS)),
        ("Cross-Origin-Opener-Policy", "same-origin"),
    ]


def netlify_headers(headers: list[tuple[str, str]]) -> str:
    lines = ["# Gemaakt door de build (kennisbank/security_headers.py). Niet met de hand wijzigen.", "/*"]
    lines += [f"  {name}: {value}" for name, value in headers]
    return "\n".join(lines) + "\n"


def nginx_snippet(headers: list[tuple[str, str]]) -> str:
    lines = [
        "# Gemaakt door de build (kennisbank/security_headers.py). Niet met de hand wijzigen.",
        "# Zet in het server-blok van de site: include <site>/_host/nginx-security-headers.conf;",
        "# Let op: een location met een eigen add_header erft deze headers niet; include het bestand daar ook.",
    ]
    lines += [f'add_header {name} "{value}" always;' for name, value in headers]
    lines += [
        "# De bestanden voor de host zelf zijn geen pagina's van de site.",
        f"location = /{NETLIFY_HEADERS} {{ return 404; }}",
        f"location ^~ /{NGINX_SNIPPET.split('/')[0]}/ {{ return 404; }}",
    ]
    return "\n".join(lines) + "\n"


def write_host_files(site_dir: Path, script_hashes: set[str]) -> list[Path]:
    """Write the header files for Netlify/Cloudflare Pages and for nginx into the built site."""
    headers = security_headers(script_hashes)
    written = []
    for name, text in ((NETLIFY_HEADERS, netlify_headers(headers)), (NGINX_SNIPPET, nginx_snippet(headers))):
        path = Path(site_dir) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
