"""Machine-readable facts in every page's head: JSON-LD and Open Graph (kennisbank/finding/structured_data.py).

overrides/partials/page-metadata.html writes them. The sitemap's <lastmod> becomes the page's own date
(last update, else publication) instead of the build date.
"""
from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urljoin

from markupsafe import Markup

from kennisbank.content import addresses, sources
from kennisbank.finding import overviews, structured_data
from kennisbank.session import SESSION

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page

# This build's pages, files and e-book data, read once in on_files.
_build: dict = {}


def on_files(files: Files, config: MkDocsConfig) -> None:
    root = sources.repository_root(config.config_file_path)
    site = SESSION.site(root)
    _build.update(site=site, files=files, book=SESSION.book(root),
                  overviews=set(addresses.overviews(site.vocabulary, site.by_uri)),
                  overview_dates=overviews.newest_dates(site))


def on_pre_page(page: Page, config: MkDocsConfig, files: Files) -> None:
    """Before the sitemap is written (MkDocs writes it before the pages): the page's own date as <lastmod>; for an
    overview page that of the newest page it lists. (Other pages get the last commit's: SOURCE_DATE_EPOCH.)"""
    entry = _build["site"].by_uri.get(page.file.src_uri)
    if entry is not None and entry.dates.newest:
        page.update_date = entry.dates.newest.isoformat()
    elif page.file.src_uri in _build["overview_dates"]:
        page.update_date = _build["overview_dates"][page.file.src_uri].isoformat()


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> None:
    site_url = config.site_url or ""
    entry = _build["site"].by_uri.get(page.file.src_uri)
    facts = structured_data.PageFacts(
        # A generated page's from its meta, as plain text: hooks/front_matter.py has escaped it by now.
        title=entry.title if entry else _plain(page.meta.get("title") or page.title or config.site_name),
        description=entry.description if entry else _plain(page.meta.get("description") or ""),
        url=page.canonical_url or page.url, site_name=config.site_name, site_url=site_url,
        image=urljoin(site_url, structured_data.SITE_IMAGE) if site_url else "",
    )
    files = _build["files"]

    def url_of(site_uri: str) -> str:
        return urljoin(site_url, files.src_uris[site_uri].url)

    # MkDocs' Page has no field for a hook's own data; the templates read page.kb_metadata.
    page.kb_metadata = {  # type: ignore[attr-defined]
        "json_ld": structured_data.json_ld(facts, entry, _build["site"], url_of, _build["book"],
                                           is_overview=page.file.src_uri in _build["overviews"]),
        "open_graph": structured_data.open_graph(facts, entry, _build["site"]),
    }


def _plain(value) -> str:
    return value.unescape() if isinstance(value, Markup) else str(value)
