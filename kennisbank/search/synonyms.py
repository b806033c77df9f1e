"""The search thesaurus (data/synoniemen.yml): the words readers type for what the site says.

    - {term: maatje, zelfde: [buddy], breder: [vrijwilligerswerk]}
    - [Wmo, Wet maatschappelijke ondersteuning]

Each line is one group: the site's term and the words that mean the same (synonyms, abbreviations, English
loans, plain words for jargon and the other way round), plus broader and related words. A page that uses
one word of the group gets the others as hidden search words; the broader and related ones weigh less.
The glossary feeds it too (glossary_groups). check() finds what an editor can get wrong across lines.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from kennisbank.content import yaml_files
from kennisbank.problems import Problem
from kennisbank.search.words import words

SYNONYMS_FILE = "data/synoniemen.yml"
_EXAMPLE = "- {term: maatje, zelfde: [buddy]}  of  - [Wmo, Wet maatschappelijke ondersteuning]"
SAME = ("zelfde", "afkorting", "engels", "gewoon", "vaktaal")  # the same meaning, in other words
WEAKER = ("breder", "verwant")  # found too, lower in the list
KEYS = ("term", *SAME, *WEAKER)


@dataclass(frozen=True)
class Member:
    text: str  # as the author wrote it: "Wet maatschappelijke ondersteuning"
    words: tuple[str, ...]  # folded: ("wet", "maatschappelijke", "ondersteuning")


@dataclass(frozen=True)
class Group:
    members: tuple[Member, ...]  # the term first, then what means the same
    line: int
    broader: tuple[Member, ...] = ()
    related: tuple[Member, ...] = ()


def member(text: str) -> Member:
    return Member(text.strip(), tuple(words(text)))


def load(root: Path) -> tuple[list[Group], list[Problem]]:
    """The groups of the thesaurus; none when the site has no such file."""
    _, node, unreadable = yaml_files.compose(root, SYNONYMS_FILE, "Schrijf elke groep op een eigen regel, zoals: "
                                             f"{_EXAMPLE}", optional=True)
    if node is None:
        return [], unreadable
    if not isinstance(node, yaml.SequenceNode):
        return [], [Problem(SYNONYMS_FILE, node.start_mark.line + 1,
                            f"zet elke groep op een eigen regel die begint met een streepje: {_EXAMPLE}")]
    groups, problems = [], []
    for item in node.value:
        group, problem = _group(item)
        if problem:
            problems.append(Problem(SYNONYMS_FILE, item.start_mark.line + 1, problem))
        elif group is not None:
            groups.append(group)
    return groups, problems


def _group(item) -> tuple[Group | None, str | None]:
    line = item.start_mark.line + 1
    if isinstance(item, yaml.SequenceNode) and all(isinstance(v, yaml.ScalarNode) for v in item.value):
        fields = {"term": [v.value for v in item.value[:1]], "zelfde": [v.value for v in item.value[1:]]}
    elif isinstance(item, yaml.MappingNode):
        fields, problem = _fields(item)
        if problem:
            return None, problem
    else:
        return None, f"schrijf de groep als een term met zijn woorden, of als woorden tussen blokhaken: {_EXAMPLE}"
    if not fields.get("term"):
        return None, f"de groep heeft geen 'term:' (het woord zoals het op de site staat): {_EXAMPLE}"
    texts = [text for key in ("term", *SAME, *WEAKER) for text in fields.get(key, ())]
    empty = [text for text in texts if not words(text)]
    if empty:
        return None, f"'{empty[0]}' bevat geen woord. Haal het weg of schrijf het woord dat lezers gebruiken."
    same = tuple(dict.fromkeys(member(text) for key in ("term", *SAME) for text in fields.get(key, ())))
    weaker = {key: tuple(member(text) for text in fields.get(key, ())) for key in WEAKER}
    if len({m.words for m in same}) < 2 and not any(weaker.values()):
        return None, f"een groep heeft minstens twee verschillende woorden nodig, zoals: {_EXAMPLE}"
    return Group(same, line, weaker["breder"], weaker["verwant"]), None


def _fields(item) -> tuple[dict[str, list[str]], str | None]:
    fields = {}
    for key_node, value in item.value:
        key = key_node.value
        if key not in KEYS:
            return {}, f"'{key}' kent de thesaurus niet. Gebruik: {', '.join(KEYS)}."
        if isinstance(value, yaml.ScalarNode):
            fields[key] = [value.value]
        elif isinstance(value, yaml.SequenceNode) and all(isinstance(v, yaml.ScalarNode) for v in value.value):
            fields[key] = [v.value for v in value.value]
        else:
            return {}, f"schrijf bij '{key}' een woord, of woorden tussen blokhaken met komma's ertussen."
    if len(fields.get("term", ())) > 1:
        return {}, "een groep heeft één 'term:'. Zet de andere woorden bij 'zelfde:'."
    return fields, None
