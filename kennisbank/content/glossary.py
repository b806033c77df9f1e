"""The glossary (docs/begrippen.md): each `## Term` heading with the paragraph below it as the definition.

A heading "A of B" names one term with two spellings ("Dorpssteunpunt of zorgsteunpunt").
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import markdown

from kennisbank.content import frontmatter
from kennisbank.content.headings import headings_in

_NOT_A_PARAGRAPH = re.compile(r"^\s*([-*+] |\d+[.)] |#|\||>|!!!|\?\?\?|```|~~~)")


@dataclass(frozen=True)
class Term:
    names: tuple[str, ...]  # as readers write them, e.g. ("Dorpssteunpunt", "zorgsteunpunt")
    anchor: str  # the heading's anchor on the glossary page
    definition: str  # plain text


def load(path: Path) -> list[Term]:
    """The terms of the glossary at path; none when there is no glossary (a site without one still builds)."""
    try:
        stat = Path(path).stat()
    except OSError:
        return []
    return _load(Path(path), stat.st_mtime_ns)


@functools.lru_cache(maxsize=2)
def _load(path: Path, _mtime: int) -> list[Term]:
    source, _ = frontmatter.read(path, path.name)  # the validation reports the problems
    if source is None:
        return []  # the validation names what is wrong with the file
    lines = source.body.split("\n")
    terms = []
    for heading in headings_in(source):
        if heading.level != 2:
            continue
        definition = _first_paragraph(lines, heading.line - source.body_line + 1)
        if definition:
            names = tuple(n.strip() for n in plain_text(heading.text).split(" of ") if n.strip())
            terms.append(Term(names, heading.anchor, definition))
    return terms


# Text in which Markdown finds nothing to render: no markup characters, not the start of a list, heading or quote.
_PLAIN = re.compile(r"(?!\s*(?:[-+>#=]|\d+[.)]\s))[^<>&*_`\\\[\]!~|{}#=\n]*")


@functools.lru_cache(maxsize=4096)
def plain_text(markdown_text: str) -> str:
    """What a reader sees of a bit of Markdown: rendered, then its text alone ("3 < 4" stays, tags go).
    Called for every heading of every page (hooks compare headings with glossary terms): most headings are plain
    text, for which rendering would cost a Markdown instance each."""
    if _PLAIN.fullmatch(markdown_text):
        return " ".join(markdown_text.split())
    reader = _TextOnly()
    reader.feed(markdown.markdown(markdown_text))
    reader.close()
    return " ".join("".join(reader.parts).split())


class _TextOnly(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _first_paragraph(lines: list[str], start: int) -> str:
    """The text right below a heading, if it is a paragraph: a list or table there (as under "Bronnen") is no
    definition."""
    paragraph: list[str] = []
    for line in lines[start:]:
        if not line.strip():
            if paragraph:
                break
            continue
        if not paragraph and _NOT_A_PARAGRAPH.match(line):
            return ""
        paragraph.append(line)
    return plain_text(" ".join(paragraph))
