"""Reading a Markdown source: its front matter (with line numbers) and body."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from kennisbank.problems import Problem

# The same delimiters MkDocs accepts, so that what passes here parses there.
_FRONT_MATTER = re.compile(r"\A-{3}[ \t]*\n(.*?\n)?(?:\.{3}|-{3})[ \t]*(?:\n|\Z)", re.DOTALL)
_EXAMPLE = "---\ntitle: Titel van de pagina\ndescription: Waar de pagina over gaat.\ntype: artikel\n---"


class _Loader(yaml.SafeLoader):
    """SafeLoader that keeps dates as text, so the schema can check them with a clear message."""


class _FastLoader(yaml.CSafeLoader):
    """The same in libyaml (C): a tenth of the time. Its error messages are worded differently, so a front
    matter it cannot read is read again by _Loader, whose messages the hints below know. libyaml nests without
    a limit and crashes the process on a value nested some ten thousand deep, where _Loader stops with a
    RecursionError: a text that could nest deeper than _FAST_NESTING is left to _Loader."""


# Each level of nesting takes one of these characters ([, {, a "- " item, a "key:", a "? " key); 3,000 levels
# were measured to be safe with libyaml.
_NESTING_CHARACTERS = "[{:?-"
_FAST_NESTING = 2000


_Loader.yaml_implicit_resolvers = _FastLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

# What YAML says, and what an author can do about it.
_YAML_HINTS = (
    ("mapping values are not allowed",
     "Staat er een dubbele punt in een waarde? Zet de waarde dan tussen aanhalingstekens: title: \"Vrijwilligers: zo "
     "vindt u ze\"."),
    ("found character '\\t'", "Er staat een tab. Gebruik spaties om in te springen."),
    ("could not find expected ':'", "Een regel mist de dubbele punt tussen veldnaam en waarde (naam: waarde)."),
    ("expected <block end>", "De regels springen niet gelijk in. Zet elk veld aan het begin van de regel."),
    ("found unexpected end of stream", "Een aanhalingsteken of blokhaak wordt niet gesloten."),
    ("while scanning a quoted scalar", "Een aanhalingsteken wordt niet gesloten."),
    ("found undefined alias", "Een waarde begint met *. Zet de waarde tussen aanhalingstekens."),
    ("while parsing a flow", "Een lijst tussen blokhaken wordt niet goed gesloten, zoals [a, b]."),
)


@dataclass
class Source:
    """A Markdown page as its author wrote it."""

    path: str  # relative to the repository root
    meta: dict = field(default_factory=dict)
    field_lines: dict[str, int] = field(default_factory=dict)
    body: str = ""
    body_line: int = 1  # the line number of the body's first line in the file


def read(abs_path: Path, path: str) -> tuple[Source | None, list[Problem]]:
    """Read one page; on problems return None and what the author must fix."""
    raw = Path(abs_path).read_bytes()
    text, problem = _decode(raw, path)
    if problem:
        return None, [problem]
    match = _FRONT_MATTER.match(text)
    if not match:
        return None, [_missing_front_matter(text, path)]
    yaml_text = match.group(1) or ""
    meta, lines, problems = _parse_yaml(yaml_text, path)
    if problems:
        return None, problems
    body = text[match.end():]
    body_line = text[: match.end()].count("\n") + 1
    return Source(path, meta, lines, body, body_line), []


def _decode(raw: bytes, path: str) -> tuple[str, Problem | None]:
    if not raw.strip():
        return "", Problem(path, None, "het bestand is leeg. Begin met front matter, bijvoorbeeld:\n" + _EXAMPLE
                           + "\nof verwijder het bestand als het niet nodig is.")
    if b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        return "", Problem(path, line, "het bestand bevat binaire gegevens en is geen tekst. "
                           "Sla het op als platte tekst (UTF-8) of verwijder het.")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return "", Problem(path, line,
                           f"het bestand is geen UTF-8-tekst (teken 0x{raw[error.start]:02x} op deze regel). "
                           "Sla het in uw editor op als UTF-8 en controleer letters met accenten.")
    return text.lstrip("\ufeff").replace("\r\n", "\n"), None


def _missing_front_matter(text: str, path: str) -> Problem:
    if text.startswith("---"):
        return Problem(path, 1, "de front matter wordt niet afgesloten. Zet na het laatste veld een regel met alleen "
                                "---.")
    return Problem(path, 1, "het bestand begint niet met front matter. Zet bovenaan de velden tussen twee regels ---, "
                            "bijvoorbeeld:\n" + _EXAMPLE)


def _parse_yaml(yaml_text: str, path: str) -> tuple[dict, dict[str, int], list[Problem]]:
    try:
        try:
            if sum(map(yaml_text.count, _NESTING_CHARACTERS)) > _FAST_NESTING:
                raise ValueError("mogelijk te diep genest voor libyaml")
            node, keys, meta = _compose_and_construct(yaml_text, _FastLoader)
        except (yaml.YAMLError, ValueError):
            node, keys, meta = _compose_and_construct(yaml_text, _Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 2 if mark else 1
        return {}, {}, [Problem(path, line, _yaml_message(str(error.problem or error.context)))]
    except (yaml.YAMLError, RecursionError, ValueError) as error:
        return {}, {}, [Problem(path, 1, _yaml_message(str(error)))]
    if _has_alias(node):
        return {}, {}, [Problem(path, 2, "de front matter gebruikt een verwijzing met & of *. Dat is niet nodig en kan "
                                "de build laten vastlopen: schrijf elke waarde gewoon uit.")]
    if meta is None:
        meta, node, keys = {}, None, []
    if not isinstance(meta, dict) or (node is not None and not isinstance(node, yaml.MappingNode)):
        return {}, {}, [Problem(path, 2, "de front matter moet uit velden bestaan, één per regel: naam: waarde.")]
    lines: dict[str, int] = {}
    problems = []
    for key, line in keys:
        if key in lines:
            problems.append(Problem(path, line,
                                    f"het veld '{key}' staat er twee keer in (ook op regel {lines[key]}). Houd er één "
                                    "over."))
        lines[key] = line
    if any(not isinstance(key, str) for key in meta):
        problems.append(Problem(path, 2, "een veldnaam moet een woord zijn, zoals title of themas."))
    return meta, lines, problems


def _has_alias(node: yaml.Node | None) -> bool:
    """Whether a node appears twice in the tree: an alias (*a), the way to make a tiny text expand to billions."""
    seen: set[int] = set()
    stack = [node] if node is not None else []
    while stack:
        current = stack.pop()
        if id(current) in seen:
            return True
        seen.add(id(current))
        if isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)
        elif isinstance(current, yaml.MappingNode):
            stack.extend(item for pair in current.value for item in pair)
    return False


def _compose_and_construct(yaml_text: str, loader_class: type[_Loader] | type[_FastLoader],
                           ) -> tuple[yaml.Node | None, list[tuple[str, int]], object]:
    """The front matter parsed once: its node, the field names with their lines in the file, and its values,
    unless the node uses an alias (then they are not made: the caller refuses it)."""
    loader = loader_class(yaml_text)
    try:
        node = loader.get_single_node()
        # Taken before the values are made: making them merges `<<` keys into the node.
        keys = ([(str(key.value), key.start_mark.line + 2) for key, _ in node.value]
                if isinstance(node, yaml.MappingNode) else [])
        made = node is not None and not _has_alias(node)
        return node, keys, loader.construct_document(node) if made else None
    finally:
        loader.dispose()


def _yaml_message(problem: str) -> str:
    hint = next((hint for needle, hint in _YAML_HINTS if needle in problem),
                "Controleer de regel op een ontbrekende dubbele punt, aanhalingsteken of inspringing.")
    return f"de front matter is geen geldige YAML ({problem}). {hint}"
