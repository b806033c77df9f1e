"""Does a change of code leave the built site as it was? Builds the site at a Git commit and from the working tree,
with the same Python and the same SOURCE_DATE_EPOCH, and compares every file byte for byte.

    .venv/bin/python -m bench.same_site                 # against HEAD
    .venv/bin/python -m bench.same_site 5bde4f3         # against any commit

For refactoring: a move of code that changes one byte of HTML, search index or PDF shows here.
"""
from __future__ import annotations

import argparse
import filecmp
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build(source: Path, site: Path, epoch: str) -> None:
    # PYTHONPATH first: the commit's own kennisbank package, not the one the venv points at.
    env = {**os.environ, "PYTHONPATH": str(source), "SOURCE_DATE_EPOCH": epoch, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", str(source / "mkdocs.yml"),
                    "-d", str(site)], cwd=source, env=env, check=True)


def differences(before: Path, after: Path) -> list[str]:
    found = []

    def walk(comparison: filecmp.dircmp, prefix: str) -> None:
        found.extend(f"alleen vóór: {prefix}{name}" for name in comparison.left_only)
        found.extend(f"alleen na: {prefix}{name}" for name in comparison.right_only)
        _, mismatch, errors = filecmp.cmpfiles(comparison.left, comparison.right, comparison.common_files,
                                               shallow=False)
        found.extend(f"anders: {prefix}{name}" for name in mismatch + errors)
        for name, sub in comparison.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(before, after), "")
    return sorted(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("commit", nargs="?", default="HEAD")
    commit = parser.parse_args().commit
    epoch = subprocess.run(["git", "log", "-1", "--format=%ct", commit], cwd=ROOT, capture_output=True, text=True,
                           check=True).stdout.strip()
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        subprocess.run(["git", "worktree", "add", "--detach", "--quiet", str(work / "bron"), commit], cwd=ROOT,
                       check=True)
        try:
            build(work / "bron", work / "voor", epoch)
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(work / "bron")], cwd=ROOT, check=True)
        build(ROOT, work / "na", epoch)
        found = differences(work / "voor", work / "na")
        files = sum(len(names) for _, _, names in os.walk(work / "na"))
    for line in found:
        print(line)
    print(f"{files} bestanden vergeleken met {commit}: {len(found)} verschillen.")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
