"""The site's words for "did you mean": when a search finds nothing, the browser corrects a typo with them.

Pagefind has no typo tolerance. The build writes every word of the indexed pages (and their extra
search words), the words on the most pages first, in one small file per first two letters. The
browser fetches the file for each word of four letters or more that a reader searches for, at the
same time as the search itself, and corrects a word it does not know to the nearest one it does.
"""
from __future__ import annotations

import itertools
import json
import string
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

FOLDER = "zoeken/woorden"  # in the built site; docs/assets/zoeken.js reads <prefix>.json from it
PREFIX = 2
MIN_LENGTH = 4  # shorter words have too many neighbours to guess from


class WordCounts:
    """How many pages each word is on."""

    def __init__(self):
        self.pages: Counter[str] = Counter()

    def add_page(self, words: Iterable[str]) -> None:
        self.pages.update({word for word in words if len(word) >= MIN_LENGTH and word.isascii() and word.isalpha()})

    def chunks(self) -> dict[str, list[str]]:
        """The words by their first letters, most frequent first: {'vr': ['vrijwilligers', ...], ...}."""
        found: dict[str, list[str]] = {}
        for word, _ in sorted(self.pages.items(), key=lambda item: (-item[1], item[0])):
            found.setdefault(word[:PREFIX], []).append(word)
        return found

    def write(self, site_dir: Path) -> int:
        """Write one JSON file per prefix into the built site, an empty one for a prefix no word has (so the
        browser never asks for a file that is not there); the number of prefixes with words."""
        folder = Path(site_dir) / FOLDER
        folder.mkdir(parents=True, exist_ok=True)
        chunks = self.chunks()
        for prefix in map("".join, itertools.product(string.ascii_lowercase, repeat=PREFIX)):
            text = json.dumps(chunks.get(prefix, []), separators=(",", ":"))
            path = folder / f"{prefix}.json"
            # The preview writes them after every save; most stay the same, and reading is cheaper than writing.
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                path.write_text(text, encoding="utf-8")
        return len(chunks)
