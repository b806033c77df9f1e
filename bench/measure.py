"""Run a command as a child process: its wall-clock time and peak memory (the kernel's own count for it)."""
from __future__ import annotations

import os
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float
    returncode: int
    output: str


def run(command: list[str], cwd: Path) -> Run:
    started = time.perf_counter()
    with open(os.devnull, "rb") as no_input:
        process = subprocess.Popen(command, cwd=cwd, env={**ENV, "PYTHONPATH": str(Path(__file__).parent.parent)},
                                   stdin=no_input, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        output = process.stdout.read()
        _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return Run(time.perf_counter() - started, usage.ru_maxrss / 1024, process.returncode, output)


def mkdocs_build(root: Path, python: str) -> Run:
    """`mkdocs build --clean` as `make site` runs it, for the site in root."""
    result = run([python, "-m", "mkdocs", "build", "--clean", "-f", str(root / "mkdocs.yml"), "-d", str(root / "site")],
                 root)
    if result.returncode != 0:
        raise SystemExit(f"De build van {root} mislukte:\n{result.output[-3000:]}")
    return result
