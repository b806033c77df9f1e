"""Python-Markdown extension: an en dash in a range of numbers, as Dutch typography has it (2015–2020, 9–12 deelnemers).

Curly quotes and apostrophes (‘…’, “…”, zo’n) come from Python-Markdown's own `smarty` extension (mkdocs.yml).
This adds what smarty does not do. It works on the element tree, so text in code, links' addresses and
attributes stays as the author wrote it.

A range is two numbers of at most four digits with a hyphen between them, the second larger than the first, and
not part of a longer chain: a date (2026-11-28), an ISBN (978-90-8869-098-3) or a phone number stays as it is.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

EN_DASH = "\u2013"
SKIPPED_TAGS = frozenset({"code", "pre", "kbd", "samp", "script", "style"})
_RANGE = re.compile(r"(?<![\w.,-])(\d{1,4})-(\d{1,4})(?![\w-]|[.,]\d)")


def en_dashes(text: str) -> str:
    """'2015-2020' -> '2015–2020'; leaves alone what is no range."""
    return _RANGE.sub(lambda m: f"{m[1]}{EN_DASH}{m[2]}" if int(m[2]) > int(m[1]) else m[0], text)


class RangeTreeprocessor(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        self._walk(root)

    def _walk(self, element: etree.Element) -> None:
        for child in element:
            if child.tag not in SKIPPED_TAGS:
                child.text = _replaced(child.text)
                self._walk(child)
            child.tail = _replaced(child.tail)


def _replaced(text: str | None) -> str | None:
    if not text or isinstance(text, AtomicString) or "-" not in text:
        return text
    return en_dashes(text)


class TypographyExtension(Extension):
    def extendMarkdown(self, md):
        # After the inline patterns (20): the text is final and code is marked. After the table of contents (5):
        # a heading's anchor stays as the author's text makes it, which is what links to it use.
        md.treeprocessors.register(RangeTreeprocessor(md), "kennisbank_ranges", 3)


def makeExtension(**kwargs):
    return TypographyExtension(**kwargs)
