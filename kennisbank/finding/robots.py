"""robots.txt: every page may be indexed, and where the sitemap is (search engines look for it at the site's root)."""
from __future__ import annotations

from urllib.parse import urljoin


def robots_txt(site_url: str) -> str:
    """The file's text; the sitemap line only with a site URL, since robots.txt needs an absolute address."""
    lines = ["User-agent: *", "Allow: /"]
    if site_url:
        lines += ["", f"Sitemap: {urljoin(site_url, 'sitemap.xml')}"]
    return "\n".join(lines) + "\n"
