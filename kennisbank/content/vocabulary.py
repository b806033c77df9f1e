"""The one vocabulary of page types, fields and allowed values (vocabulaire.yml)."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from kennisbank.content import yaml_files
from kennisbank.problems import ContentError, Problem

VOCABULARY_FILE = "vocabulaire.yml"
# Recognition levels (erkenningsniveaus) that are no recognition: no award, no giver, no date.
NO_RECOGNITION = ("onbekend", "niet-beoordeeld")
KINDS = ("tekst", "teksten", "datum", "jaar-of-datum", "getal", "keuze", "lijst", "paginas", "opties", "onderzoeken")


@dataclass(frozen=True)
class PageType:
    name: str
    label: str
    required: tuple[str, ...]
    optional: tuple[str, ...]
    plural: str = ""  # "Artikelen": for overview pages and counts
    # The fixed sections the build puts on every page of the type: heading -> its fields (an intervention's
    # databank fields). Empty for most types.
    sections: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def allowed(self) -> tuple[str, ...]:
        return self.required + self.optional


@dataclass(frozen=True)
class Field:
    name: str
    kind: str  # tekst, datum, getal, keuze, lijst, paginas, opties
    values_from: str | None  # name of the value list for keuze and lijst
    explanation: str
    max_length: int | None  # for tekst


@dataclass(frozen=True)
class Vocabulary:
    types: dict[str, PageType]
    fields: dict[str, Field]
    value_lists: dict[str, dict[str, str]]  # list name -> code -> label
    unknown: str = "Niet bekend"  # what a page shows for a fixed section or field that is not known

    def values(self, field: Field) -> dict[str, str]:
        if field.values_from == "types":
            return {name: t.label for name, t in self.types.items()}
        if field.values_from is None:  # tekst, datum, getal: any value, no list
            return {}
        return self.value_lists[field.values_from]

    def label(self, list_name: str, code: str) -> str:
        return self.value_lists[list_name][code]


def load(root: Path) -> Vocabulary:
    """The vocabulary; ContentError with Dutch messages (file and line) when the file is missing or malformed."""
    path = Path(root) / VOCABULARY_FILE
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        raise ContentError([Problem(VOCABULARY_FILE, None, "het bestand ontbreekt. Zet vocabulaire.yml terug uit Git "
                                    "(git checkout vocabulaire.yml): de site kan niet zonder.")]) from None
    return _load(path, mtime)


@functools.lru_cache(maxsize=4)
def _load(path: Path, _mtime: int) -> Vocabulary:
    text, data, unreadable = yaml_files.load(path.parent, VOCABULARY_FILE, "Controleer inspringing, dubbele punten en "
                                             "aanhalingstekens.")
    problems = unreadable or _shape_problems(data, text)
    if problems:
        raise ContentError(problems)
    types = {
        name: PageType(name, spec["naam"], tuple(spec["verplicht"]), tuple(spec.get("optioneel", ())),
                       spec.get("meervoud", spec["naam"]),
                       tuple((heading, tuple(fields)) for heading, fields in (spec.get("onderdelen") or {}).items()))
        for name, spec in data["types"].items()
    }
    fields = {
        name: Field(name, spec["soort"], spec.get("uit"), spec["uitleg"], spec.get("max"))
        for name, spec in data["velden"].items()
    }
    lists = {key: value for key, value in data.items() if key not in ("types", "velden", "niet_bekend")}
    return Vocabulary(types, fields, lists, data.get("niet_bekend") or "Niet bekend")


def _shape_problems(data, text: str) -> list[Problem]:
    """What is missing or of the wrong kind, each at the line of the entry it concerns."""
    def at(name: str, message: str) -> Problem:
        line = next((number for number, row in enumerate(text.split("\n"), 1)
                     if row.lstrip().startswith(f"{name}:")), None)
        return Problem(VOCABULARY_FILE, line, message)

    if not isinstance(data, dict):
        return [Problem(VOCABULARY_FILE, 1, "het bestand moet beginnen met 'types:', 'velden:' en de lijsten.")]
    problems = []
    for section in ("types", "velden"):
        if not isinstance(data.get(section), dict) or not data[section]:
            problems.append(at(section, f"'{section}' ontbreekt of is leeg. Zet het terug uit Git."))
    if problems:
        return problems
    for name, spec in data["velden"].items():
        if not isinstance(spec, dict) or spec.get("soort") not in KINDS or not isinstance(spec.get("uitleg"), str):
            problems.append(at(str(name), f"het veld '{name}' heeft een 'soort' nodig (een van: {', '.join(KINDS)}) "
                               "en een 'uitleg' (tekst)."))
        elif spec.get("uit") is not None and spec["uit"] != "types" and not isinstance(data.get(spec["uit"]), dict):
            problems.append(at(str(name), f"het veld '{name}' neemt zijn waarden uit '{spec['uit']}', maar die lijst "
                                          "bestaat niet."))
        elif spec.get("max") is not None and (isinstance(spec["max"], bool) or not isinstance(spec["max"], int)):
            problems.append(at(str(name), f"'max' bij het veld '{name}' moet een heel getal zijn."))
    for name, spec in data["types"].items():
        if not isinstance(spec, dict) or not isinstance(spec.get("naam"), str) or not _names(spec.get("verplicht")) \
                or not _names(spec.get("optioneel", [])) or not isinstance(spec.get("meervoud", ""), str):
            problems.append(at(str(name), f"het paginatype '{name}' heeft een 'naam' (tekst) en 'verplicht' (een lijst "
                               "van velden) nodig; 'optioneel' is ook een lijst van velden."))
            continue
        unknown = [field for field in [*spec["verplicht"], *spec.get("optioneel", [])] if field not in data["velden"]]
        if unknown:
            problems.append(at(str(name), f"het paginatype '{name}' noemt het veld '{unknown[0]}', maar dat staat "
                               "niet onder 'velden'."))
    for name, spec in data["types"].items():
        sections = spec.get("onderdelen") or {}
        if not isinstance(sections, dict) or not all(_names(fields) and all(field in data["velden"] for field in fields)
                                                     for fields in sections.values()):
            problems.append(at(str(name), f"'onderdelen' van het paginatype '{name}' moet uit regels Kop: [veld, veld] "
                               "bestaan, met velden die onder 'velden' staan."))
    if "niet_bekend" in data and not (isinstance(data["niet_bekend"], str) and data["niet_bekend"].strip()
                                      and "<" not in data["niet_bekend"]):
        problems.append(at("niet_bekend",
                           "'niet_bekend' is de tekst voor wat niet bekend is, zoals: niet_bekend: Niet bekend"))
    for name, values in data.items():
        if name in ("types", "velden", "niet_bekend"):
            continue
        if not isinstance(values, dict) or not all(isinstance(label, str) and label.strip() and "<" not in label
                                                   for label in values.values()):
            problems.append(at(str(name), f"de lijst '{name}' moet uit regels code: naam bestaan; elke naam is gewone "
                               "tekst, zonder HTML."))
    return problems


def _names(value) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)
