"""Old addresses of moved pages keep working: a small page per line of data/redirects.yml
(kennisbank/finding/redirects.py)."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

from kennisbank.content import sources
from kennisbank.finding import redirects
from kennisbank.problems import stop_on
from kennisbank.session import SESSION

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

log = logging.getLogger("mkdocs.plugins.kennisbank.redirects")


@event_priority(-20)  # after the other hooks have added their pages: a redirect may lead to a generated page
def on_files(files: Files, config: MkDocsConfig) -> Files:
    root = sources.repository_root(config.config_file_path)
    found, problems = redirects.load(root, set(files.src_uris))
    stop_on(problems, log, PluginError)
    titles = {entry.site_uri: entry.title for entry in SESSION.site(root).entries}
    for redirect in found:
        old = File(redirect.old, src_dir=None, dest_dir=config.site_dir, use_directory_urls=config.use_directory_urls)
        new = files.src_uris[redirect.new]
        target = get_relative_url(new.url, old.url) + (f"#{redirect.anchor}" if redirect.anchor else "")
        page = redirects.html(target, titles.get(redirect.new, "de nieuwe pagina"),
                              urljoin(config.site_url or "/", new.url))
        files.append(File.generated(config, old.dest_uri, content=page))
    return files
