"""The HTTP security headers a host sends with the built site, written as files the host reads.

The Content-Security-Policy allows scripts only from the site itself plus the exact inline scripts
the theme writes into the pages (by their sha256 hash), so injected script cannot run.
"""
from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

# Where the build writes the host files, relative to the built site.
NETLIFY_HEADERS = "_headers"  # Netlify and Cloudflare Pages read this file at the site root
NGINX_SNIPPET = "_host/nginx-security-headers.conf"

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


def site_script_hashes(site_dir: Path) -> set[str]:
    """The hashes of the inline scripts of every HTML file in the built site."""
    hashes = set()
    for path in Path(site_dir).rglob("*.html"):
        hashes |= inline_script_hashes(path.read_text(encoding="utf-8", errors="replace"))
    return hashes


def uses_webassembly(site_dir: Path) -> bool:
    """Whether the site ships WebAssembly: a .wasm file, or Pagefind's search engine (its files end in .pagefind)."""
    site_dir = Path(site_dir)
    return (site_dir / "pagefind").is_dir() or next(site_dir.rglob("*.wasm"), None) is not None


def content_security_policy(script_hashes: set[str], webassembly: bool = False) -> str:
    script_sources = ["'self'", *sorted(script_hashes)]
    if webassembly:
        script_sources.append("'wasm-unsafe-eval'")  # compiles WebAssembly only; JavaScript eval stays blocked
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
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in directives)


def security_headers(site_dir: Path) -> list[tuple[str, str]]:
    """The headers for every response of the built site, in the order a host should send them."""
    policy = content_security_policy(site_script_hashes(site_dir), uses_webassembly(site_dir))
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


def write_host_files(site_dir: Path) -> list[Path]:
    """Write the header files for Netlify/Cloudflare Pages and for nginx into the built site."""
    headers = security_headers(site_dir)
    written = []
    for name, text in ((NETLIFY_HEADERS, netlify_headers(headers)), (NGINX_SNIPPET, nginx_snippet(headers))):
        path = Path(site_dir) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
