"""What the site knows about each page: its front matter, typed, and its dates (`Entry`), for every reader.

The hooks, the templates (`page.entry`, set by hooks/front_matter.py), the downloads, search, the overview pages and
the structured data all read a page's fields here, never its raw front matter. A new field is added in two places:
vocabulaire.yml (the schema the validation checks) and `Entry` with `_entry` below (README.md, "Een veld van de
front matter toevoegen").
"""
from __future__ import annotations

import datetime
import functools
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from types import MappingProxyType

from kennisbank.content import addresses, git_dates, sources, vocabulary
from kennisbank.content.dates import PageDates
from kennisbank.content.frontmatter import Source
from kennisbank.content.links import resolve
from kennisbank.content.per_file import per_file
from kennisbank.content.vocabulary import NO_RECOGNITION

# Pages that readers read as a piece of their own: they get reading time, dates, related pages and a citation.
STANDALONE_TYPES = ("artikel", "kaart", "interventie", "hoofdstuk", "nieuws")
NEWS = "nieuws"  # news items: dated by when the news happened, newest first on /actueel/ and in the feed


@dataclass(frozen=True)
class Entry:
    site_uri: str  # e.g. "dossiers/buurtkracht/abcd.md"
    path: str  # the source file, relative to the repository root
    type: str  # `type`: a page type of vocabulaire.yml, or "" when it has none
    title: str  # `title`
    menu_title: str  # `menutitel`, else the title: the name in the menu, the tabs and the breadcrumbs
    description: str = ""  # `description`
    themes: tuple[str, ...] = ()  # `themas`: codes of vocabulaire.yml
    target_groups: tuple[str, ...] = ()  # `doelgroepen`: codes of vocabulaire.yml
    related: tuple[str, ...] = ()  # `gerelateerd`: the site paths of those pages
    dates: PageDates = field(default_factory=lambda: PageDates(None, None))  # `datum`, and the last change in Git
    chapter: int | None = None  # `hoofdstuk`: the chapter's number in the e-book
    author: str | None = None  # `auteur`
    basic_function: str | None = None  # `basisfunctie` of a practice card: a code of vocabulaire.yml
    recognition: str | None = None  # `erkenning` of an intervention: a code of vocabulaire.yml
    goal: str | None = None  # `doel` of an intervention
    audience: str | None = None  # `doelgroep` of an intervention, in the author's words
    # The raw front matter, only for the readers that vocabulaire.yml drives field by field (an intervention's
    # parts, kennisbank/content/sections.py; the catalogue's searched fields). Every other reader: the fields above.
    front_matter: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def is_article(self) -> bool:
        return self.type in STANDALONE_TYPES

    @property
    def is_recognised(self) -> bool:
        """An intervention with a recognition level (not 'niet-beoordeeld' or 'onbekend')."""
        return self.recognition is not None and self.recognition not in NO_RECOGNITION

    @property
    def news_day(self) -> datetime.date | None:
        """The day a news item happened (its `datum`); None for other pages."""
        return self.dates.published if self.type == NEWS else None

    @property
    def dossier(self) -> str | None:
        """The dossier a page belongs to ('buurtkracht'), not counting the dossier's own landing page."""
        return addresses.dossier_article(self.site_uri)

    def text(self, name: str) -> str:
        """A text field that vocabulaire.yml names (e.g. one of an intervention's parts), or ''."""
        return _text(self.front_matter.get(name))

    def __reduce__(self) -> tuple:
        """A read-only mapping cannot be pickled; an entry can (bench/pdf.py renders in processes of its own)."""
        values = {item.name: getattr(self, item.name) for item in fields(self)}
        return _unpickled, (values | {"front_matter": dict(self.front_matter)},)


def _unpickled(values: dict) -> Entry:
    return Entry(**(values | {"front_matter": MappingProxyType(values["front_matter"])}))


@dataclass(frozen=True, eq=False)  # compared by identity, so that what is worked out per site can be cached by it
class SiteContent:
    entries: list[Entry]
    vocabulary: vocabulary.Vocabulary
    history_note: str | None  # why Git dates are missing, if they are

    @functools.cached_property
    def by_uri(self) -> dict[str, Entry]:
        return {entry.site_uri: entry for entry in self.entries}

    def dossier_names(self) -> dict[str, str]:
        """Each dossier's folder and its name for readers: its landing page's menu title."""
        landings = sorted((entry for entry in self.entries if addresses.is_dossier_landing(entry.site_uri)),
                          key=lambda entry: entry.site_uri)
        return {addresses.dossier_of(entry.site_uri) or "": entry.menu_title for entry in landings}

    def label(self, list_name: str, code: str) -> str:
        return self.vocabulary.value_lists.get(list_name, {}).get(code, code)


def load(root: Path) -> SiteContent:
    """Every page with its front matter and dates. Invalid values are left out; the validation reports them."""
    return of_pages(root, sources.load(root)[0])


def of_pages(root: Path, pages: list[sources.Page]) -> SiteContent:
    """The entries of pages already read. `mkdocs serve` asks again after each edit: a page's entry is made
    again only when its source, the vocabulary or its date in the Git history changed."""
    root = Path(root)
    history = git_dates.load(root, tuple(c.folder for c in (sources.DOCS, *sources.COLLECTIONS)))
    vocab = vocabulary.load(root)
    entries = [_entry(os.path.join(root, page.file.path), page.file, page.source, vocab,
                      history.last_changed(page.file.path))
               for page in pages]
    return SiteContent(entries, vocab, history.note)


@per_file
def _entry(_abs_path: str, file: sources.SourceFile, source: Source, vocab: vocabulary.Vocabulary,
           changed: datetime.datetime | None) -> Entry:
    meta = source.meta

    def codes(name: str, list_name: str) -> tuple[str, ...]:
        values = meta.get(name)
        allowed = vocab.value_lists.get(list_name, {})
        return tuple(v for v in values if isinstance(v, str) and v in allowed) if isinstance(values, list) else ()

    def code(name: str, list_name: str) -> str | None:
        value = meta.get(name)
        return value if isinstance(value, str) and value in vocab.value_lists.get(list_name, {}) else None

    related = meta.get("gerelateerd")
    related = (tuple(resolve(file.site_uri, r)[0] for r in related if isinstance(r, str))
               if isinstance(related, list) else ())
    title = _text(meta.get("title")) or file.site_uri
    chapter = meta.get("hoofdstuk")
    return Entry(
        site_uri=file.site_uri,
        path=file.path,
        type=str(meta.get("type", "")),
        title=title,
        menu_title=_text(meta.get("menutitel")) or title,
        description=_text(meta.get("description")),
        themes=codes("themas", "themas"),
        target_groups=codes("doelgroepen", "doelgroepen"),
        related=related,
        dates=PageDates.of(meta, changed),
        chapter=chapter if isinstance(chapter, int) else None,
        author=_text(meta.get("auteur")) or None,
        basic_function=code("basisfunctie", "basisfuncties"),
        recognition=code("erkenning", "erkenningsniveaus"),
        goal=_text(meta.get("doel")) or None,
        audience=_text(meta.get("doelgroep")) or None,
        front_matter=MappingProxyType(dict(meta)),
    )


def _text(value: object) -> str:
    return str(value).strip() if isinstance(value, (str, int, float)) else ""
