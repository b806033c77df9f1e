"""What the overview pages, the catalogue, related pages and the feed know about each page of the site."""
from __future__ import annotations

import datetime
import functools
import os
from dataclasses import dataclass
from pathlib import Path

from kennisbank.content import git_dates, sources, vocabulary
from kennisbank.content.dates import PageDates
from kennisbank.content.frontmatter import Source
from kennisbank.content.links import resolve
from kennisbank.content.per_file import per_file

# Pages that readers read as a piece of their own: they get reading time, dates, related pages and a citation.
ARTICLE_TYPES = ("artikel", "kaart", "interventie", "hoofdstuk", "nieuws")
NEWS = "nieuws"  # news items: dated by when the news happened, newest first on /actueel/ and in the feed


@dataclass(frozen=True)
class Entry:
    site_uri: str  # e.g. "dossiers/buurtkracht/abcd.md"
    path: str  # the source file, relative to the repository root
    type: str
    title: str
    description: str
    themes: tuple[str, ...]
    target_groups: tuple[str, ...]
    related: tuple[str, ...]  # site paths of the pages in `gerelateerd`
    dates: PageDates
    meta: dict

    @property
    def is_article(self) -> bool:
        return self.type in ARTICLE_TYPES

    @property
    def dossier(self) -> str | None:
        """The dossier a page belongs to ('buurtkracht'), not counting the dossier's own landing page."""
        parts = self.site_uri.split("/")
        return parts[1] if len(parts) == 3 and parts[0] == "dossiers" and parts[2] != "index.md" else None


@dataclass(frozen=True, eq=False)  # compared by identity, so that what is worked out per site can be cached by it
class Site:
    entries: list[Entry]
    vocabulary: vocabulary.Vocabulary
    history_note: str | None  # why Git dates are missing, if they are

    @functools.cached_property
    def by_uri(self) -> dict[str, Entry]:
        return {entry.site_uri: entry for entry in self.entries}

    def label(self, list_name: str, code: str) -> str:
        return self.vocabulary.value_lists.get(list_name, {}).get(code, code)


def load(root: Path) -> Site:
    """Every page with its front matter and dates. Invalid values are left out; the validation reports them."""
    return of_pages(root, sources.load(root)[0])


def of_pages(root: Path, pages: list[sources.Page]) -> Site:
    """The entries of pages already read. `mkdocs serve` asks again after each edit: a page's entry is made
    again only when its source, the vocabulary or its date in the Git history changed."""
    root = Path(root)
    history = git_dates.load(root, tuple(c.folder for c in (sources.DOCS, *sources.COLLECTIONS)))
    vocab = vocabulary.load(root)
    entries = [_entry(os.path.join(root, page.file.path), page.file, page.source, vocab,
                      history.last_changed(page.file.path))
               for page in pages]
    return Site(entries, vocab, history.note)


@per_file
def _entry(_abs_path: str, file: sources.SourceFile, source: Source, vocab: vocabulary.Vocabulary,
           changed: datetime.datetime | None) -> Entry:
    meta = source.meta

    def codes(name: str, list_name: str) -> tuple[str, ...]:
        values = meta.get(name)
        allowed = vocab.value_lists.get(list_name, {})
        return tuple(v for v in values if isinstance(v, str) and v in allowed) if isinstance(values, list) else ()

    related = meta.get("gerelateerd")
    related = (tuple(resolve(file.site_uri, r)[0] for r in related if isinstance(r, str))
               if isinstance(related, list) else ())
    return Entry(
        site_uri=file.site_uri,
        path=file.path,
        type=str(meta.get("type", "")),
        title=_text(meta.get("title")) or file.site_uri,
        description=_text(meta.get("description")),
        themes=codes("themas", "themas"),
        target_groups=codes("doelgroepen", "doelgroepen"),
        related=related,
        dates=PageDates.of(meta, changed),
        meta=meta,
    )


def _text(value) -> str:
    return str(value).strip() if isinstance(value, (str, int, float)) else ""
