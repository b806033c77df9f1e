"""How long a page takes to read: "6 minuten lezen"."""
from __future__ import annotations

import html
import math
import re

# Words a minute for readers at language level B1, who read more slowly than the 230-250 often quoted.
WORDS_PER_MINUTE = 200
# What a reader does not read: scripts and styles, heading permalinks, hidden spans (glossary definitions).
_UNREAD = re.compile(r"<(script|style)\b.*?</\1\s*>|<a\b[^>]*\bclass=\"headerlink\"[^>]*>.*?</a>"
                     r"|<span\b[^>]*\bhidden\b[^>]*>.*?</span>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"\w+")


def words_in_html(page_html: str) -> int:
    """The words a reader sees in rendered HTML."""
    text = html.unescape(_TAG.sub(" ", _UNREAD.sub(" ", page_html)))
    return len(_WORD.findall(text))


def minutes(words: int) -> int:
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


def label(words: int) -> str:
    number = minutes(words)
    return f"{number} {'minuut' if number == 1 else 'minuten'} lezen"
