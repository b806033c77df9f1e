"""Reading the YAML files that authors and editors write (vocabulaire.yml, data/*.yml, ebook/boek.yml, the limits
and phrasings): one way to read them, and one Dutch message, with the line, when a file cannot be read."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from kennisbank.problems import Problem


def load(root: Path, name: str, hint: str) -> tuple[str, Any, list[Problem]]:
    """The file's text and its data; or ("", None, [the problem]) when it cannot be read or is no valid YAML.

    name: the file, relative to root (also in the message); hint: what the author does about it, in Dutch.
    """
    try:
        text = (Path(root) / name).read_text(encoding="utf-8")
        return text, yaml.safe_load(text), []
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        return "", None, [unreadable(name, error, hint)]


def compose(root: Path, name: str, hint: str, optional: bool = False) -> tuple[str, yaml.Node | None, list[Problem]]:
    """The file's text and its YAML nodes (with their lines); or ("", None, [the problem]).

    optional: a site may leave the file out; then ("", None, []).
    """
    path = Path(root) / name
    if optional and not path.exists():
        return "", None, []
    try:
        text = path.read_text(encoding="utf-8")
        return text, yaml.compose(text, Loader=yaml.SafeLoader), []
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        return "", None, [unreadable(name, error, hint)]


def unreadable(name: str, error: Exception, hint: str) -> Problem:
    """Where the YAML went wrong: the line where the unclosed bracket or quote began, else where it was noticed."""
    mark = getattr(error, "context_mark", None) or getattr(error, "problem_mark", None)
    reason = getattr(error, "problem", None) or error
    return Problem(name, mark.line + 1 if mark else None, f"het bestand kan niet gelezen worden ({reason}). {hint}")


def line_of(text: str, key: str) -> int | None:
    """The line where a top-level key starts (`key: ...`), for messages about its value."""
    return next((number for number, row in enumerate(text.split("\n"), 1) if row.startswith(f"{key}:")), None)
