"""Around each article: reading time, dates, related pages and a citation (kennisbank/finding/article.py).

overrides/partials/article-facts.html and article-end.html show them; the breadcrumbs are Material's
(navigation.path).
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from mkdocs.utils import get_relative_url

from kennisbank.content import sources
from kennisbank.finding import article
from kennisbank.session import SESSION

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.plugins.kennisbank.article")

# This build's pages, files and e-book data, read once in on_files.
_build: dict = {}


def on_files(files: Files, config: MkDocsConfig) -> None:
    root = sources.repository_root(config.config_file_path)
    site = SESSION.site(root)
    _build.update(site=site, files=files, book=SESSION.book(root))
    if site.history_note:
        log.info("Geen datum van de laatste wijziging uit Git: %s. Pagina's tonen dan alleen hun publicatiedatum.",
                 site.history_note)


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> None:
    entry = _build["site"].by_uri.get(page.file.src_uri)
    # MkDocs' Page has no field for a hook's own data; the templates read page.kb_article.
    page.kb_article = None  # type: ignore[attr-defined]
    if entry is None or not entry.is_article:
        return
    files = _build["files"]
    page.kb_article = article.facts(  # type: ignore[attr-defined]
        entry, _build["site"], page.content or "",
        href=lambda site_uri: get_relative_url(files.src_uris[site_uri].url, page.url),
        url=page.canonical_url or page.url, site_name=config.site_name, book=_build["book"],
    )
