"""Bring the collections outside docs/ (dossiers/, ebook/) into the one MkDocs site."""
from __future__ import annotations

from typing import TYPE_CHECKING

from mkdocs.structure.files import File

from kennisbank.content import sources

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files


def on_files(files: Files, config: MkDocsConfig) -> Files:
    root = sources.repository_root(config.config_file_path)
    for source in sources.source_files(root, sources.COLLECTIONS):
        if source.site_uri not in files.src_uris:  # a clash is reported by hooks/validation.py
            files.append(File.generated(config, source.site_uri, abs_src_path=str(root / source.path)))
    return files
