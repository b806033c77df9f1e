"""A small site on disk, read as kennisbank.content.entries reads the real one (for the unit tests of its users)."""
from __future__ import annotations

import shutil
from pathlib import Path

from conftest import ROOT
from kennisbank.content import entries


def load_site(root: Path, files: dict[str, str]) -> entries.SiteContent:
    shutil.copy2(ROOT / "vocabulaire.yml", root / "vocabulaire.yml")
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return entries.load(root)
