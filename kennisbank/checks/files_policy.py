"""Which files authors may put in the content folders: no symbolic links, no SVG that can run code, nothing
bigger than the limits in grenzen.yml."""
from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass
from pathlib import Path

from kennisbank.content import yaml_files
from kennisbank.problems import Problem

LIMITS_FILE = "grenzen.yml"
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg"})
# In an SVG: script, embedded HTML, event handlers, and references to other files or sites.
_SVG_DANGER = re.compile(rb"<\s*(?:[\w-]+:)?(?:script|foreignObject|iframe|embed|object|handler)\b"
                         rb"|\son[a-z]+\s*=|(?:href|src)\s*=\s*[\"']?\s*(?!#)[a-z][a-z0-9+.-]*:"
                         rb"|<!ENTITY|url\(\s*[\"']?\s*(?!#)[a-z][a-z0-9+.-]*:", re.IGNORECASE)


@dataclass(frozen=True)
class Limits:
    image_bytes: int
    pdf_bytes: int
    other_bytes: int
    page_bytes: int
    text_field_chars: int


_DEFAULTS = {"afbeelding_mb": 5, "pdf_mb": 20, "ander_bestand_mb": 20, "pagina_kb": 500, "tekstveld_tekens": 1000}


def limits(root: Path) -> tuple[Limits, list[Problem]]:
    """The limits from grenzen.yml; the defaults above for a missing file or value."""
    path = Path(root) / LIMITS_FILE
    values: dict[str, int] = dict(_DEFAULTS)
    problems: tuple[Problem, ...] = ()
    if path.exists():
        values, problems = _read(path, path.stat().st_mtime_ns)
    return Limits(values["afbeelding_mb"] * 1_000_000, values["pdf_mb"] * 1_000_000,
                  values["ander_bestand_mb"] * 1_000_000, values["pagina_kb"] * 1_000,
                  values["tekstveld_tekens"]), list(problems)


@functools.lru_cache(maxsize=4)
def _read(path: Path, _mtime: int) -> tuple[dict[str, int], tuple[Problem, ...]]:
    values = dict(_DEFAULTS)
    text, data, unreadable = yaml_files.load(path.parent, LIMITS_FILE, "Schrijf elke grens als naam: getal.")
    if unreadable:
        return values, tuple(unreadable)
    data = data or {}
    if not isinstance(data, dict):
        return values, (Problem(LIMITS_FILE, 1, "het bestand moet uit regels naam: getal bestaan."),)
    problems = []
    for name, value in data.items():
        line = yaml_files.line_of(text, name)
        if name not in _DEFAULTS:
            problems.append(Problem(LIMITS_FILE, line,
                                    f"de grens '{name}' bestaat niet. Kies uit: {', '.join(_DEFAULTS)}."))
        elif isinstance(value, bool) or not isinstance(value, int) or value < 1:
            problems.append(Problem(LIMITS_FILE, line, f"de grens '{name}' moet een heel getal zijn, 1 of hoger."))
        else:
            values[name] = value
    return values, tuple(problems)


def symlinks(root: Path, folders: list[str]) -> list[Problem]:
    """Every symbolic link in the content folders: a link can bring in files from anywhere on the computer."""
    problems = []
    for folder in folders:
        for path in _links(os.path.join(root, folder)):
            relative = Path(path).relative_to(root).as_posix()
            problems.append(Problem(relative, None, "dit is een snelkoppeling (symbolische link) naar "
                                    f"'{os.readlink(path)}'. Die zijn niet toegestaan in de inhoud: zet het "
                                    "bestand of de map zelf hier neer, of haal de koppeling weg."))
    return problems


def _links(folder: str) -> list[str]:
    """The links in folder and its subfolders (not followed), by name; the folder's entries say which they are."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except (FileNotFoundError, NotADirectoryError):
        return []
    found = []
    for entry in entries:
        if entry.is_symlink():
            found.append(entry.path)
        elif entry.is_dir(follow_symlinks=False):
            found += _links(entry.path)
    return found


def check_file(root: Path, path: str, limits_: Limits) -> list[Problem]:
    """A file's size against its limit, and an SVG's content."""
    absolute = Path(root) / path
    try:
        size = absolute.stat().st_size
    except OSError:
        return []
    suffix = absolute.suffix.lower()
    if suffix == ".md":
        limit, what = limits_.page_bytes, "een pagina"
    elif suffix in IMAGE_SUFFIXES:
        limit, what = limits_.image_bytes, "een afbeelding"
    elif suffix == ".pdf":
        limit, what = limits_.pdf_bytes, "een pdf"
    else:
        limit, what = limits_.other_bytes, "een bestand"
    if size > limit:
        return [Problem(path, None, f"het bestand is {_size(size)}; voor {what} is de grens {_size(limit)} "
                        f"({LIMITS_FILE}). Maak het kleiner, bijvoorbeeld door een afbeelding te verkleinen.")]
    if suffix == ".svg" and _SVG_DANGER.search(absolute.read_bytes()):
        return [Problem(path, _line(absolute.read_bytes()), "deze SVG bevat een script, ingebedde HTML, een "
                        "on...-attribuut of een verwijzing naar een ander bestand of een andere website. Dat is niet "
                        "toegestaan: sla de afbeelding op als PNG, of als SVG met alleen vormen en tekst.")]
    return []


def _line(data: bytes) -> int:
    match = _SVG_DANGER.search(data)
    return data[: match.start()].count(b"\n") + 1 if match else 1


def _size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB".replace(".", ",") if size >= 1_000_000 else f"{size // 1000} kB"
