"""Run a command as a child process: its wall-clock time and peak memory, the command with all its descendants
(the build's PDF worker processes count as much as the build itself)."""
from __future__ import annotations

import os
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
SAMPLE_SECONDS = 0.05
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float  # the largest sum of the resident memory of the command and its descendants at one moment
    returncode: int
    output: str


def run(command: list[str], cwd: Path) -> Run:
    started = time.perf_counter()
    with open(os.devnull, "rb") as no_input:
        process = subprocess.Popen(command, cwd=cwd, env={**ENV, "PYTHONPATH": str(Path(__file__).parent.parent)},
                                   stdin=no_input, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        peak = PeakMemory(process.pid)
        output = process.stdout.read()
        process.wait()
        peak.stop()
    return Run(time.perf_counter() - started, peak.kilobytes / 1024, process.returncode, output)


class PeakMemory:
    """Samples /proc every 50 ms in a thread: the resident memory of a process and all its descendants, summed.
    (`ru_maxrss` of os.wait4 is the largest single process, not a build with its workers.) A worker that lives
    shorter than a sample can be missed; the build's workers live for many documents."""

    def __init__(self, pid: int):
        self.pid = pid
        self.kilobytes = 0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._done.set()
        self._thread.join()

    def _sample(self) -> None:
        while not self._done.is_set():
            self.kilobytes = max(self.kilobytes, sum(_resident_kb(pid) for pid in _tree(self.pid)))
            self._done.wait(SAMPLE_SECONDS)


def _tree(root: int) -> list[int]:
    """root and its descendants now, from each process's parent in /proc/<pid>/stat."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(entry.path, "stat").read_text()
            except OSError:  # ended meanwhile
                continue
            parent = int(stat.rpartition(")")[2].split()[1])  # the name in (…) may hold spaces
            children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += children.get(pid, [])
    return found


def _resident_kb(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE_KB
    except (OSError, IndexError, ValueError):  # ended meanwhile
        return 0


def mkdocs_build(root: Path, python: str) -> Run:
    """`mkdocs build --clean` as `make site` runs it, for the site in root."""
    result = run([python, "-m", "mkdocs", "build", "--clean", "-f", str(root / "mkdocs.yml"), "-d", str(root / "site")],
                 root)
    if result.returncode != 0:
        raise SystemExit(f"De build van {root} mislukte:\n{result.output[-3000:]}")
    return result
