"""Words that mean the same to readers (data/synoniemen.yml): a search for one finds pages with another.

    - [Wmo, Wet maatschappelijke ondersteuning]
    - [mantelzorger, informele zorg]

Each line is one group. A page that uses one member of a group gets the others as hidden search words.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from ..problems import Problem
from .words import words

SYNONYMS_FILE = "data/synoniemen.yml"
_EXAMPLE = "- [Wmo, Wet maatschappelijke ondersteuning]"


@dataclass(frozen=True)
class Member:
    text: str  # as the author wrote it: "Wet maatschappelijke ondersteuning"
    words: tuple[str, ...]  # folded: ("wet", "maatschappelijke", "ondersteuning")


@dataclass(frozen=True)
class Group:
    members: tuple[Member, ...]
    line: int


def load(root: Path) -> tuple[list[Group], list[Problem]]:
    """The groups of the synonyms file; none when the site has no such file."""
    path = Path(root) / SYNONYMS_FILE
    if not path.exists():
        return [], []
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        reason = getattr(error, "problem", None) or error
        return [], [Problem(SYNONYMS_FILE, mark.line + 1 if mark else None,
                            f"het bestand kan niet gelezen worden ({reason}). Schrijf elke groep op een eigen regel, "
                            f"tussen blokhaken en met komma's ertussen: {_EXAMPLE}")]
    if node is None:
        return [], []
    if not isinstance(node, yaml.SequenceNode):
        return [], [Problem(SYNONYMS_FILE, node.start_mark.line + 1,
                            f"zet elke groep op een eigen regel die begint met een streepje: {_EXAMPLE}")]
    groups, problems = [], []
    for item in node.value:
        line = item.start_mark.line + 1
        if not isinstance(item, yaml.SequenceNode) or not all(isinstance(v, yaml.ScalarNode) for v in item.value):
            problems.append(Problem(SYNONYMS_FILE, line, f"schrijf de groep als woorden tussen blokhaken, met komma's "
                                    f"ertussen: {_EXAMPLE}"))
            continue
        members = tuple(Member(value.value.strip(), tuple(words(value.value))) for value in item.value)
        empty = [member.text for member in members if not member.words]
        if empty:
            problems.append(Problem(SYNONYMS_FILE, line, f"'{empty[0]}' bevat geen woord. Haal het weg of schrijf "
                                    "het woord dat lezers gebruiken."))
        elif len({member.words for member in members}) < 2:
            problems.append(Problem(SYNONYMS_FILE, line, "een groep heeft minstens twee verschillende woorden nodig, "
                                    f"zoals: {_EXAMPLE}"))
        else:
            groups.append(Group(members, line))
    return groups, problems
