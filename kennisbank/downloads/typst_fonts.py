"""The site's fonts in a form Typst reads: one TrueType file per face.

The site serves Source Sans 3 as WOFF, each face split in two (Latin, and the letters of latin-ext such as ĳ and ş),
so that browsers fetch only what a page needs. Typst reads neither WOFF nor a face in parts: here the parts of each
face are unpacked and merged into one TrueType file, once per change of the font files, in a folder of the cache
(outside the sources and the site). Typst gets only that folder: no system font can slip into a PDF.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections import defaultdict
from pathlib import Path

from fontTools.merge import Merger
from fontTools.ttLib import TTFont

FONT_SUFFIXES = (".woff", ".woff2", ".ttf", ".otf")


def font_files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.iterdir() if path.suffix.lower() in FONT_SUFFIXES)


def prepared(folder: Path, cache: Path) -> Path:
    """The folder of merged TrueType faces made from the font files in folder; made when it is not there yet."""
    digest = hashlib.sha256(Path(__file__).read_bytes())  # faces made by other code are made again
    for path in font_files(folder):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    target = cache / digest.hexdigest()[:16]
    if target.is_dir():
        return target
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cache) as work:
        faces: dict[str, list[Path]] = defaultdict(list)
        for path in font_files(folder):
            # Keeping the file's own date: saving would write today's into the face, and so into every PDF.
            font = TTFont(path, recalcTimestamp=False)
            font.flavor = None  # WOFF unpacked to plain TrueType
            unpacked = Path(work, path.stem + ".ttf")
            font.save(unpacked)
            faces[font["name"].getDebugName(6)].append(unpacked)  # the PostScript name: SourceSans3-Bold
        partial = Path(work, "faces")
        partial.mkdir()
        for name, parts in sorted(faces.items()):
            merged = Merger().merge([str(part) for part in parts]) if len(parts) > 1 else TTFont(parts[0])
            # The same files, the same bytes (the PDFs embed these faces): the parts' own dates, not today's, which
            # Merger writes and saving would write.
            heads = [TTFont(part, lazy=True)["head"] for part in parts]
            merged["head"].created = min(head.created for head in heads)
            merged["head"].modified = max(head.modified for head in heads)
            merged.recalcTimestamp = False
            merged.save(partial / f"{name}.ttf")
        try:
            os.replace(partial, target)  # a parallel build may have been first: its folder is the same
        except OSError:
            shutil.rmtree(partial, ignore_errors=True)
    return target
