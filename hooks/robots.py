"""robots.txt at the site's root, with the sitemap's address (kennisbank/finding/robots.py)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from mkdocs.structure.files import File

from kennisbank.finding.robots import robots_txt

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files


def on_files(files: Files, config: MkDocsConfig) -> Files:
    if files.get_file_from_path("robots.txt") is None:  # an author's own robots.txt in docs/ wins
        files.append(File.generated(config, "robots.txt", content=robots_txt(config.site_url or "")))
    return files
