"""What a preview rebuild (`make serve`) must redo after a save, so that it redoes no more.

`make serve` runs MkDocs' dirty build: it renders again only the pages whose source is newer than their
output. That is right exactly when nothing changed but the text (the body) of pages: no other page shows
anything of a page's body. Navigation, overviews, related pages, the catalogue and the feed read front
matter only; links into a page are checked from the sources in every build. Any other change needs a full
build: front matter, a page added, moved or removed, the glossary page (its explanations appear on every
page), and every other input of the build (configuration, vocabulary, data, templates, code).
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from kennisbank.checks.files_policy import LIMITS_FILE
from kennisbank.content.per_file import per_file
from kennisbank.content.sources import COLLECTIONS, source_files

# Inputs besides the content pages that go into every page; a change in any of them means a full build.
# `make serve` watches each of them (hooks/preview.py), also those that mkdocs.yml's `watch:` does not name.
SHARED_INPUTS = ("mkdocs.yml", "vocabulaire.yml", "verboden-formuleringen.yml", LIMITS_FILE, "data", "overrides",
                 "hooks", "kennisbank",
                 *(f"{collection.folder}/{name}" for collection in COLLECTIONS for name in collection.build_data))


@dataclass(frozen=True)
class Snapshot:
    """The build's inputs at one moment: each page's front matter and body, and the shared inputs."""
    pages: dict[str, tuple[str, str]]  # path -> (digest of the front matter, digest of the body)
    shared: frozenset[tuple[str, int, int]]  # (path, mtime_ns, size) of each shared file


def take_snapshot(root: Path, whole_pages: tuple[str, ...] = ()) -> Snapshot:
    """whole_pages: pages whose body other pages show (the glossary); they count as shared inputs."""
    root = Path(root)
    pages = {}
    shared = set()
    for file in source_files(root):
        if not file.is_page:
            continue
        if file.path in whole_pages:
            shared.add(_stat(root, file.path))
        else:
            _, mtime, size = _stat(root, file.path)
            pages[file.path] = _digests(str(root / file.path), mtime, size)
    for name in SHARED_INPUTS:
        path = root / name
        if path.is_file():
            shared.add(_stat(root, name))
        for folder, subfolders, names in os.walk(path):
            subfolders[:] = [sub for sub in subfolders if sub != "__pycache__"]
            shared.update(_stat(root, os.path.relpath(os.path.join(folder, n), root)) for n in names)
    return Snapshot(pages, frozenset(shared))


def reason_for_full_build(before: Snapshot | None, now: Snapshot) -> str | None:
    """Why the site must be built whole, in Dutch for the log; None when rebuilding the changed pages is enough."""
    if before is None:
        return "eerste build"
    if before.pages.keys() != now.pages.keys():
        return "een pagina is toegevoegd, verplaatst of verwijderd"
    if before.shared != now.shared:
        return "instellingen, sjablonen, gegevens, code of de begrippenlijst zijn gewijzigd"
    changed = [path for path, (front, _) in now.pages.items() if before.pages[path][0] != front]
    if changed:
        return f"de front matter van {changed[0]} is gewijzigd"
    return None


@per_file
def _digests(abs_path: str, _mtime: int, _size: int) -> tuple[str, str]:
    """Read again only when the file changed (its time of change or size): not every page at every save."""
    front, body = _split(Path(abs_path).read_bytes())
    return hashlib.blake2b(front, digest_size=16).hexdigest(), hashlib.blake2b(body, digest_size=16).hexdigest()


def _split(text: bytes) -> tuple[bytes, bytes]:
    """Front matter and body; a page without a closed front matter block is all front matter (a full build
    then reports it)."""
    if not text.startswith(b"---"):
        return text, b""
    end = text.find(b"\n---", 3)
    if end < 0:
        return text, b""
    return text[:end], text[end:]


def _stat(root: Path, path: str) -> tuple[str, int, int]:
    stat = (root / path).stat()
    return path, stat.st_mtime_ns, stat.st_size
