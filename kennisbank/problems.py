"""Problems found in the content, reported to authors in Dutch."""
from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing an author must fix: where it is and what to do."""

    path: str  # relative to the repository root, with forward slashes
    line: int | None
    message: str

    def __lt__(self, other: Problem) -> bool:
        # By file, then line (a problem about the whole file first), then text.
        return (self.path, self.line or 0, self.message) < (other.path, other.line or 0, other.message)

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class ContentError(Exception):
    """The content has problems that stop the build."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        super().__init__(summary(self.problems))


def summary(problems: list[Problem]) -> str:
    count = len(problems)
    noun = "fout" if count == 1 else "fouten"
    return (
        f"De site is niet gebouwd: {count} {noun} in de inhoud. "
        "Elke melding noemt het bestand, de regel en wat u kunt doen."
    )


def stop_on(problems: Sequence[Problem], log: logging.Logger, error: Callable[[str], Exception]) -> None:
    """The hooks' way to stop a build: each problem in the log (file:line and what to do), then `error` (MkDocs'
    PluginError) with the summary. Nothing happens when there are no problems."""
    if not problems:
        return
    for problem in problems:
        log.error(str(problem))
    raise error(summary(list(problems))) from None
