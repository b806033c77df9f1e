"""The content model: which source files make up the site, at which site paths."""
from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kennisbank.checks import files_policy, footnotes, link_text, phrasings
from kennisbank.content import frontmatter, headings, links, schema, vocabulary
from kennisbank.content.frontmatter import Source
from kennisbank.content.per_file import per_file
from kennisbank.problems import Problem


@dataclass(frozen=True)
class Collection:
    folder: str  # on disk, relative to the repository root
    site_path: str  # where its files appear on the site ("" is the site root)
    # Data the build reads but does not publish, relative to the folder (the e-book's boek.yml).
    build_data: tuple[str, ...] = ()


# `docs/` is MkDocs' own docs_dir; the others are brought in by hooks/source_folders.py.
DOCS = Collection("docs", "")
COLLECTIONS = (Collection("dossiers", "dossiers"), Collection("ebook", "e-book", build_data=("boek.yml",)))


@dataclass(frozen=True)
class SourceFile:
    path: str  # on disk, relative to the repository root, e.g. "ebook/mensen-vinden.md"
    site_uri: str  # where MkDocs sees it, e.g. "e-book/mensen-vinden.md"

    @property
    def is_page(self) -> bool:
        return self.path.endswith(".md")


@dataclass
class Page:
    file: SourceFile
    source: Source


def source_files(root: Path, collections=(DOCS, *COLLECTIONS)) -> list[SourceFile]:
    """Every file of the given collections; hidden files (a name starting with '.') are not content."""
    files = []
    for collection in collections:
        for relative in _plain_files(os.path.join(root, collection.folder)):
            if relative in collection.build_data:
                continue
            site_uri = f"{collection.site_path}/{relative}" if collection.site_path else relative
            files.append(SourceFile(f"{collection.folder}/{relative}", site_uri))
    return files


def _plain_files(base: str, inside: str = "") -> Iterator[str]:
    """The regular files under base (their paths from it), by name, not hidden, not through a link
    (files_policy.symlinks() names the links; a link to a device such as /dev/zero would never end). The folder's
    own entries say what each is: no stat per file, which a preview at 3,000 pages would do at every save."""
    try:
        entries = sorted(os.scandir(base), key=lambda entry: entry.name)
    except (FileNotFoundError, NotADirectoryError):
        return
    visible = [entry for entry in entries if not entry.name.startswith(".")]
    # The folder's files first, then its subfolders: the order in which the site has always listed them.
    yield from (f"{inside}{entry.name}" for entry in visible if entry.is_file(follow_symlinks=False))
    for entry in visible:
        if entry.is_dir(follow_symlinks=False):
            yield from _plain_files(entry.path, f"{inside}{entry.name}/")


def load(root: Path) -> tuple[list[Page], list[Problem]]:
    """All pages of the site, each checked; with every problem an author must fix.

    Hooks ask for it several times in one build: a page is read and checked again only when it or the
    vocabulary changed (see per_file.py).
    """
    root = Path(root)
    vocab = vocabulary.load(root)
    banned, problems = phrasings.load(root)
    limits, limit_problems = files_policy.limits(root)
    problems += limit_problems + files_policy.symlinks(root, [collection.folder for collection in (DOCS, *COLLECTIONS)])
    files = source_files(root)
    problems += _clashes(files)
    pages = []
    for file in files:
        problems += files_policy.check_file(root, file.path, limits)
        if not file.is_page:
            continue
        abs_path = os.path.join(root, file.path)
        source, read_problems = read_page(abs_path, file.path)
        problems += read_problems
        if source is None:
            continue
        problems += _checked(abs_path, source, vocab, banned, limits.text_field_chars)
        pages.append(Page(file, source))
    return pages, problems


@per_file
def _checked(_abs_path: str, source: Source, vocab: vocabulary.Vocabulary, banned: phrasings.Phrasings,
             max_chars: int) -> tuple[Problem, ...]:
    problems = schema.validate(source, vocab) + schema.plain_text_problems(source, max_chars)
    for check in (headings.check, link_text.check, footnotes.check, links.raw_link_problems):
        problems += check(source)
    # A sentence listed as still to rewrite is a warning (kennisbank/check.py), not an error.
    problems += [hit.problem for hit in phrasings.hits(source, banned) if not hit.pending]
    return tuple(problems)


def read_page(abs_path: Path | str, path: str) -> tuple[Source | None, list[Problem]]:
    """One page's source, read again only when the file changed (its time of change or size)."""
    try:
        stat = os.stat(abs_path)
        return _read(str(abs_path), path, stat.st_mtime_ns, stat.st_size)
    except OSError as error:
        return None, [Problem(path, None, f"het bestand kan niet gelezen worden ({error.strerror}). "
                              "Controleer of het bestaat en of u het mag lezen.")]


def author_source(root: Path, abs_path: str | None) -> Source | None:
    """The checked source of a page an author wrote, by its path on disk; None for a page our code generates
    (no file) or one that cannot be read (its problems stop the build in hooks/validation.py)."""
    if abs_path is None:
        return None
    return read_page(abs_path, Path(abs_path).resolve().relative_to(root).as_posix())[0]


@per_file
def _read(abs_path: str, path: str, _mtime: int, _size: int) -> tuple[Source | None, list[Problem]]:
    return frontmatter.read(Path(abs_path), path)


def _clashes(files: list[SourceFile]) -> list[Problem]:
    seen: dict[str, str] = {}
    problems = []
    for file in files:
        other = seen.setdefault(file.site_uri, file.path)
        if other != file.path:
            problems.append(Problem(file.path, None, f"dit bestand komt op dezelfde plek op de site als {other} "
                                    f"(/{file.site_uri}). Geef een van beide een andere naam."))
    return problems


def repository_root(config_file: str) -> Path:
    """The repository's root: the folder of mkdocs.yml, absolute also when `mkdocs build -f` got a relative path."""
    return _folder_of(os.path.abspath(config_file))


@functools.lru_cache(maxsize=8)  # hooks ask for it for every page; resolving links asks the system each time
def _folder_of(config_file: str) -> Path:
    return Path(config_file).resolve().parent
