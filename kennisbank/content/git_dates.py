"""When each source file last changed, from Git: one `git log` for the whole site, cached per commit.

Outside a Git repository, without git, or for files whose history is cut off (a shallow clone), there is no
date; the pages then show only their publication date from the front matter, and `note` says why.
"""
from __future__ import annotations

import datetime
import functools
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

_COMMIT = "\x1e"  # starts each commit in the log output; cannot occur in a path


@dataclass(frozen=True, eq=False)  # compared by identity: one object per commit (see _history), cheap to hash
class History:
    changed: dict[str, datetime.datetime] = field(default_factory=dict)  # path relative to the root -> last commit
    note: str | None = None  # why some or all dates are missing, for the build log

    def last_changed(self, path: str) -> datetime.datetime | None:
        return self.changed.get(path)


def load(root: Path, folders: tuple[str, ...]) -> History:
    """The last commit date of every file below the given folders of the site at root."""
    root = Path(root)
    try:
        state = _git(root, "rev-parse", "--is-shallow-repository", "--git-path", "shallow", "HEAD").split("\n")
    except FileNotFoundError:
        return _without_dates("git is niet geïnstalleerd")
    except subprocess.CalledProcessError:
        return _without_dates("de map is geen Git-repository (of heeft nog geen commit)")
    shallow, shallow_file, head = state[0] == "true", root / state[1], state[2]
    boundaries = frozenset(shallow_file.read_text().split()) if shallow and shallow_file.exists() else frozenset()
    return _history(str(root), head, tuple(folders), boundaries)


@functools.lru_cache(maxsize=4)
def _without_dates(note: str) -> History:
    return History(note=note)  # the same object each time, so that what is cached by it stays cached


@functools.lru_cache(maxsize=8)
def _history(root: str, _head: str, folders: tuple[str, ...], boundaries: frozenset[str]) -> History:
    log = _git(Path(root), "-c", "core.quotepath=off", "log", f"--format={_COMMIT}%H %cI", "--name-only",
               "--relative", "--", *folders)
    changed: dict[str, datetime.datetime] = {}
    cut_off: set[str] = set()
    for commit in log.split(_COMMIT)[1:]:
        header, *paths = commit.strip("\n").split("\n")
        sha, date = header.split(" ", 1)
        for path in filter(None, paths):
            if path in changed or path in cut_off:
                continue  # the log is newest first: the first commit that names a path is its last change
            if sha in boundaries:
                # In a shallow clone the oldest commit seems to add every file: its date says nothing.
                cut_off.add(path)
            else:
                changed[path] = datetime.datetime.fromisoformat(date)
    note = None
    if cut_off:
        note = (f"de Git-geschiedenis is onvolledig (een shallow clone); {len(cut_off)} bestanden hebben daardoor "
                "geen datum van de laatste wijziging. Clone met de volledige geschiedenis (fetch-depth: 0)")
    return History(changed, note)


def _git(root: Path, *args: str) -> str:
    result = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, check=True,
                            encoding="utf-8", timeout=120)
    return result.stdout
