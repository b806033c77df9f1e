"""The menu of a big section: the current page's neighbours and a link to the section's overview.

A section (a dossier, a collection folder) with more than `max_items` entries would put every entry in the menu of
every page: at 1,500 pages that is 97 % of each page and grows the site with the square of its size. So its menu
shows the `buren` entries before and after the current page, in the section's order, and one link to the overview
page that lists them all (paginated: kennisbank/finding/pagination.py). A small section shows all its entries.

mkdocs.yml sets the numbers:

    extra:
      navigatie:
        max_items: 30    # more entries than this: the menu shows the neighbours
        buren: 5         # so many before and after the current page
        per_pagina: 50   # entries per page of an overview
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from kennisbank.content import addresses
from kennisbank.problems import Problem

CONFIG_FILE = "mkdocs.yml"
Item = TypeVar("Item")


@dataclass(frozen=True)
class Settings:
    max_items: int = 30
    neighbours: int = 5
    per_page: int = 50


_KEYS = {"max_items": "max_items", "buren": "neighbours", "per_pagina": "per_page"}
_EXAMPLE = "extra:\n  navigatie:\n    max_items: 30\n    buren: 5\n    per_pagina: 50"


def read_settings(extra: object, config_text: str = "") -> tuple[Settings, list[Problem]]:
    """The numbers from mkdocs.yml's `extra: navigatie:` (defaults for what is left out), and what is wrong."""
    data = extra.get("navigatie") if isinstance(extra, Mapping) else None
    if data is None:
        return Settings(), []
    if not isinstance(data, Mapping):
        message = "extra: navigatie: moet instellingen onder elkaar bevatten, elk met een getal"
        return Settings(), [_problem(config_text, "navigatie", message)]
    problems = [_problem(config_text, key, f"extra: navigatie: {key} is geen instelling van de navigatie (wel: "
                                           f"{', '.join(_KEYS)})") for key in data if key not in _KEYS]
    values = {}
    for key, field in _KEYS.items():
        value = data.get(key)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            problems.append(_problem(config_text, key, f"extra: navigatie: {key} moet een heel getal groter dan 0 "
                                                       f"zijn, niet '{value}'"))
        else:
            values[field] = value
    found = Settings(**values)
    if not problems and found.max_items <= 2 * found.neighbours:
        problems.append(_problem(config_text, "max_items", f"extra: navigatie: max_items ({found.max_items}) moet "
                                                           f"groter zijn dan twee keer buren ({found.neighbours})"))
    return (found, []) if not problems else (Settings(), problems)


def _problem(config_text: str, key: object, message: str) -> Problem:
    match = re.search(rf"^[ \t]*{re.escape(str(key))}[ \t]*:", config_text, re.MULTILINE)
    line = config_text.count("\n", 0, match.start()) + 1 if match else None
    return Problem(CONFIG_FILE, line, f"{message}. Schrijf bijvoorbeeld:\n{_EXAMPLE}")


def shown(items: Sequence[Item], current: Item | None, pinned: Callable[[Item], bool],
          settings: Settings) -> list[Item] | None:
    """The items of a big section its menu shows, in their order: the pinned ones (its landing and overview page)
    and the neighbours of `current` (the first ones when the current page is none of them). None: a small
    section, which shows every item."""
    entries = [item for item in items if not pinned(item)]
    if len(entries) <= settings.max_items:
        return None
    size = 2 * settings.neighbours + 1
    at = entries.index(current) if current in entries else 0
    start = max(0, min(at - settings.neighbours, len(entries) - size))
    near = set(map(id, entries[start:start + size]))
    return [item for item in items if pinned(item) or id(item) in near]


def entry_count(items: Sequence[Item], pinned: Callable[[Item], bool]) -> int:
    return sum(1 for item in items if not pinned(item))


def overview_link_title(count: int, section_title: str) -> str:
    """'Alle 1.500 pagina's in Buurtkracht'."""
    return f"Alle {count:,} pagina's in {section_title}".replace(",", ".")


def overview_of(folder: str, types: set[str], generated: set[str]) -> str | None:
    """The site path of the page that lists a section's entries: a dossier's own overview, else the overview of
    the one page type of its entries, else none (then the section's landing page)."""
    parts = folder.split("/")
    if len(parts) == 2 and parts[0] == addresses.DOSSIERS and addresses.overview("dossiers", parts[1]) in generated:
        return addresses.overview("dossiers", parts[1])
    if len(types) == 1 and addresses.overview("soorten", next(iter(types))) in generated:
        return addresses.overview("soorten", next(iter(types)))
    return None
