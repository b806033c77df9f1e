"""The Atom feed of new and updated articles (kennisbank/finding/feed.py), as the file /feed.xml."""
from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urljoin

from mkdocs.structure.files import File

from kennisbank.content import addresses, sources
from kennisbank.finding import feed
from kennisbank.session import SESSION

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files


def on_files(files: Files, config: MkDocsConfig) -> Files:
    site = SESSION.site(sources.repository_root(config.config_file_path))
    site_url = config.site_url or "/"

    def url_of(site_uri: str) -> str:
        return urljoin(site_url, files.src_uris[site_uri].url)

    files.append(File.generated(config, addresses.FEED, content=feed.atom(site, url_of, config.site_name, site_url)))
    return files
