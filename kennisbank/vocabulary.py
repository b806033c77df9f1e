"""The one vocabulary of page types, fields and allowed values (vocabulaire.yml)."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import yaml

VOCABULARY_FILE = "vocabulaire.yml"
# Recognition levels (erkenningsniveaus) that are no recognition: no award, no giver, no date.
NO_RECOGNITION = ("onbekend", "niet-beoordeeld")


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
        return self.value_lists[field.values_from]

    def label(self, list_name: str, code: str) -> str:
        return self.value_lists[list_name][code]


def load(root: Path) -> Vocabulary:
    path = Path(root) / VOCABULARY_FILE
    return _load(path, path.stat().st_mtime_ns)


@functools.lru_cache(maxsize=4)
def _load(path: Path, _mtime: int) -> Vocabulary:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
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
