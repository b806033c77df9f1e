"""The downloads (kennisbank/downloads/): the e-book as PDF and EPUB, a PDF of each article and intervention, the
practice cards as one PDF; and links that say type and size at the top of the pages that offer them.

They are made in on_env: by then every page's HTML is rendered and no page is written yet, so each page is
written once, with the real sizes in its links, and nothing is patched afterwards.
"""
from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from kennisbank.content import sources
from kennisbank.downloads.publish import CACHE_FOLDER, BuiltSite, Download, links_html, publish
from kennisbank.problems import ContentError, stop_on
from kennisbank.session import SESSION

if TYPE_CHECKING:
    from jinja2 import Environment
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.plugins.kennisbank.downloads")

# What each page offers for download in this build, by the site path of its source.
offers: dict[str, list[Download]] = {}


@event_priority(-100)  # after hooks/links.py, so a broken link is reported as such before any PDF is made
def on_env(env: Environment, config: MkDocsConfig, files: Files) -> None:
    offers.clear()
    if SESSION.incremental:  # the preview shows pages, not downloads: `make site` makes those
        return
    if not config.site_url:
        raise PluginError("mkdocs.yml: site_url ontbreekt. De pdf's en de epub linken met volledige adressen "
                          "naar de site. Zet bijvoorbeeld: site_url: https://kennisbank.example.nl/")
    rendered = {file.src_uri: (file.page.url, file.page.content) for file in files.documentation_pages()
                if file.page is not None and file.page.content is not None}
    assets = {file.dest_uri: Path(file.abs_src_path) for file in files
              if not file.is_documentation_page() and file.abs_src_path}
    root = sources.repository_root(config.config_file_path)
    site = BuiltSite(root, Path(config.site_dir), config.site_url.rstrip("/") + "/", config.site_name, assets)
    started = time.perf_counter()
    try:
        made, writer = publish(site, SESSION.site(root), rendered)
    except ContentError as error:
        stop_on(error.problems, log, PluginError)
    offers.update(made)
    log.info("Downloads klaar in %.1f s: %d pdf's gemaakt, %d uit de cache (%s).", time.perf_counter() - started,
             writer.rendered, len(writer.used) - writer.rendered, CACHE_FOLDER)


@event_priority(-100)  # last: other hooks read page.content without the links (reading time, search)
def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> None:
    downloads = offers.get(page.file.src_uri)
    if downloads:
        page.content = links_html(downloads, page.url) + (page.content or "")
