"""Banned phrasings (verboden-formuleringen.yml): hedges about what a source does not say, guesses from a name.

A phrasing is written for authors, not as a regular expression: words match whole words, any case, across line
breaks; `…` (or `...`) stands for any words in the same sentence; `(a|b)` is a choice. For example
`onze (bron|bronnen) noemt … niet` refuses "Onze bron noemt de uitvoerders niet".

`nog_herschrijven` lists sentences that were there before a phrasing was banned and that someone else is
rewriting: they are reported as warnings until they are gone, and a listed sentence that no longer exists is
reported too, so that the list empties itself.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from kennisbank.content import yaml_files
from kennisbank.content.frontmatter import Source
from kennisbank.content.markdown_text import mask_code
from kennisbank.problems import Problem

PHRASINGS_FILE = "verboden-formuleringen.yml"
_ANY_WORDS = "[^.!?]*?"


@dataclass(frozen=True)
class Phrasing:
    text: str  # as the author wrote it
    pattern: re.Pattern
    hint: str


@dataclass(frozen=True)
class Pending:
    path: str  # the file, relative to the repository root
    sentence: str  # the sentence still to rewrite, or a piece of it


@dataclass(frozen=True)
class Phrasings:
    banned: tuple[Phrasing, ...] = ()
    pending: tuple[Pending, ...] = ()


@dataclass(frozen=True)
class Hit:
    path: str
    line: int
    phrasing: Phrasing
    found: str  # the text that matched, on one line
    pending: bool  # listed in nog_herschrijven: a warning, not an error

    @property
    def problem(self) -> Problem:
        if self.pending:
            return Problem(self.path, self.line, f"'{self.found}' staat in {PHRASINGS_FILE} bij nog_herschrijven. "
                           f"Herschrijf de zin: {self.phrasing.hint}")
        return Problem(self.path, self.line, f"'{self.found}' is een verboden formulering (zie {PHRASINGS_FILE}). "
                       f"{self.phrasing.hint}")


def compile_phrasing(text: str) -> re.Pattern:
    """An author's phrasing as a regular expression (see the module's docstring)."""
    pattern = ""
    for piece in re.split(r"(…|\.\.\.|\(|\)|\||\s+)", text.strip()):
        if piece in ("…", "..."):
            pattern += _ANY_WORDS
        elif piece in ("(", ")", "|"):
            pattern += "(?:" if piece == "(" else piece
        elif piece and piece.isspace():
            pattern += r"\s+"
        else:
            pattern += re.escape(piece)
    # '… ' between two words may also stand for no words at all: "zoals de naam … zegt" refuses "zoals de naam zegt".
    pattern = pattern.replace(rf"\s+{_ANY_WORDS}\s+", rf"\s+(?:{_ANY_WORDS}\s+)?")
    return re.compile(rf"(?<!\w){pattern}(?!\w)", re.IGNORECASE)


def load(root: Path) -> tuple[Phrasings, list[Problem]]:
    """The phrasings of the site at root, with the problems in the file itself; none without the file."""
    path = Path(root) / PHRASINGS_FILE
    try:
        phrasings, problems = _load(str(path), path.stat().st_mtime_ns)
    except FileNotFoundError:
        return Phrasings(), []
    return phrasings, list(problems)  # a list of its own: callers add to it, the cached result stays as it was


@functools.lru_cache(maxsize=4)
def _load(path: str, _mtime: int) -> tuple[Phrasings, tuple[Problem, ...]]:
    _, data, unreadable = yaml_files.load(Path(path).parent, PHRASINGS_FILE, "Controleer de inspringing en zet een "
                                          "tekst met een dubbele punt tussen aanhalingstekens.")
    if unreadable:
        return Phrasings(), tuple(unreadable)
    data = data or {}
    if not isinstance(data, dict):
        return Phrasings(), (Problem(PHRASINGS_FILE, 1, "het bestand moet beginnen met 'formuleringen:'."),)
    problems, banned, pending = [], [], []
    for number, entry in enumerate(data.get("formuleringen") or [], start=1):
        if not isinstance(entry, dict) or not _is_text(entry.get("formulering")) or not _is_text(entry.get("tip")):
            problems.append(Problem(PHRASINGS_FILE, None, f"formulering {number} mist 'formulering' of 'tip'. "
                                    "Schrijf bijvoorbeeld:\n- formulering: zoals de naam … zegt\n  tip: Schrijf wat "
                                    "een bron zegt."))
            continue
        try:
            banned.append(Phrasing(entry["formulering"], compile_phrasing(entry["formulering"]), entry["tip"].strip()))
        except re.error:
            problems.append(Problem(PHRASINGS_FILE, None,
                                    f"formulering {number} ('{entry['formulering']}') klopt niet: "
                                    "sluit elk haakje '(' met ')'."))
    for number, entry in enumerate(data.get("nog_herschrijven") or [], start=1):
        if not isinstance(entry, dict) or not _is_text(entry.get("bestand")) or not _is_text(entry.get("zin")):
            problems.append(Problem(PHRASINGS_FILE, None, f"nog_herschrijven {number} mist 'bestand' of 'zin'."))
            continue
        pending.append(Pending(entry["bestand"].strip(), " ".join(entry["zin"].split())))
    return Phrasings(tuple(banned), tuple(pending)), tuple(problems)


def hits(source: Source, phrasings: Phrasings) -> list[Hit]:
    """Every banned phrasing in the page's front matter values and text (not in code)."""
    found = []
    for name, value in source.meta.items():
        for text in _texts(value):
            found += _find(source, text, source.field_lines.get(name, 1), phrasings, in_front_matter=True)
    found += _find(source, mask_code(source.body), source.body_line, phrasings, in_front_matter=False)
    return found


def stale(pending: Pending, sources: dict[str, Source]) -> Problem | None:
    """A sentence in nog_herschrijven that is no longer in its file: the entry can go."""
    source = sources.get(pending.path)
    if source is not None:
        text = " ".join([*_texts(source.meta), source.body]).split()
        if pending.sentence.casefold() in " ".join(text).casefold():
            return None
    return Problem(PHRASINGS_FILE, None, f"de zin '{pending.sentence}' in {pending.path} is herschreven of weg. "
                   "Haal hem weg bij nog_herschrijven.")


def _find(source: Source, text: str, first_line: int, phrasings: Phrasings, in_front_matter: bool) -> list[Hit]:
    found = []
    for phrasing in phrasings.banned:
        for match in phrasing.pattern.finditer(text):
            line = first_line if in_front_matter else first_line + text.count("\n", 0, match.start())
            words = " ".join(match.group().split())
            pending = any(p.path == source.path and words.casefold() in p.sentence.casefold()
                          for p in phrasings.pending)
            found.append(Hit(source.path, line, phrasing, words, pending))
    return found


def _texts(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [text for item in value for text in _texts(item)]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _texts(item)]
    return []


def _is_text(value) -> bool:
    return isinstance(value, str) and bool(value.strip())
