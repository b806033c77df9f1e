"""The e-book's own data from ebook/boek.yml: what its cover, colophon and document metadata say."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kennisbank.content import yaml_files
from kennisbank.content.schema import markup_in
from kennisbank.problems import ContentError, Problem

BOOK_FILE = "ebook/boek.yml"
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[A-Z]{2})?$")
# The text fields of boek.yml, and their attributes in BookInfo.
_TEXT_FIELDS = {"titel": "title", "ondertitel": "subtitle", "uitgever": "publisher", "taal": "language",
                "licentie": "licence", "onderwerp": "subject", "colofon": "colophon"}


@dataclass(frozen=True)
class BookInfo:
    title: str  # titel
    subtitle: str  # ondertitel
    publisher: str  # uitgever
    year: int  # jaar
    language: str  # taal: a language code, "nl"
    licence: str  # licentie
    keywords: tuple[str, ...]  # trefwoorden
    subject: str  # onderwerp
    colophon: str  # colofon

    def colophon_paragraphs(self) -> list[str]:
        """The colophon's paragraphs (blank lines between them in boek.yml), each on one line."""
        return [" ".join(paragraph.split()) for paragraph in self.colophon.split("\n\n") if paragraph.strip()]


def load(root: Path) -> BookInfo | None:
    """The book's data, or None when there is no boek.yml (a site without an e-book)."""
    if not (Path(root) / BOOK_FILE).exists():
        return None
    text, data, unreadable = yaml_files.load(root, BOOK_FILE, "Schrijf elk veld als naam: waarde.")
    if unreadable:
        raise ContentError(unreadable)
    if not isinstance(data, dict):
        data = {}

    def at(name: str, message: str) -> Problem:  # on the field's own line, or on the first for a missing field
        return Problem(BOOK_FILE, yaml_files.line_of(text, name) or 1, message)

    problems = [at(name, f"het veld '{name}' ontbreekt of is leeg. Vul het in, bijvoorbeeld: {name}: ...")
                for name in _TEXT_FIELDS if not isinstance(data.get(name), str) or not data[name].strip()]
    if not isinstance(data.get("jaar"), int):
        problems.append(at("jaar", "het veld 'jaar' moet een jaartal zijn, bijvoorbeeld: jaar: 2026"))
    keywords = data.get("trefwoorden")
    if not isinstance(keywords, list) or not keywords or not all(isinstance(word, str) for word in keywords):
        problems.append(at("trefwoorden", "het veld 'trefwoorden' moet een lijst woorden zijn, "
                           "bijvoorbeeld: trefwoorden: [buurtkracht, vrijwillige inzet]"))
    for name in [*_TEXT_FIELDS, "trefwoorden"]:
        given = data.get(name)
        values = given if isinstance(given, list) else [given]
        if any(isinstance(value, str) and markup_in(value) for value in values):
            problems.append(at(name, f"in het veld '{name}' staat HTML. De velden van het boek zijn gewone tekst: "
                               "haal de HTML weg."))
    if isinstance(data.get("taal"), str) and not _LANGUAGE.match(data["taal"].strip()):
        problems.append(at("taal", "het veld 'taal' is een taalcode, zoals: taal: nl"))
    if problems:
        raise ContentError(problems)
    return BookInfo(**{attribute: data[name].strip() for name, attribute in _TEXT_FIELDS.items()}, year=data["jaar"],
                    keywords=tuple(data["trefwoorden"]))
