"""Dutch stop words (stopwoorden.txt, the Snowball list): words nearly every text has.

The browser leaves them out when it looks for pages with only some of a query's words; the whole query,
phrases and titles keep them ("welzijn op recept"). The build writes the list into the site for it.
"""
from __future__ import annotations

import functools
import json
from pathlib import Path

LIST = Path(__file__).with_name("stopwoorden.txt")
SITE_FILE = "zoeken/stopwoorden.json"  # in the built site; docs/assets/zoeken.js reads it


@functools.cache
def stop_words() -> tuple[str, ...]:
    """The words of the list, in its order; lines starting with # are comments."""
    lines = LIST.read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def write(site_dir: Path, page_count: int) -> None:
    """The list, and the number of pages in the index (the browser counts a word on many pages as common)."""
    target = Path(site_dir) / SITE_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    facts = {"stopwoorden": stop_words(), "paginas": page_count}
    target.write_text(json.dumps(facts, separators=(",", ":")), encoding="utf-8")
