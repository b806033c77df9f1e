"""Headings in a page: their structure (for screen readers) and the anchors they make."""
from __future__ import annotations

import re
from dataclasses import dataclass

from markdown.extensions.toc import slugify, unique

from kennisbank.content.frontmatter import Source
from kennisbank.content.markdown_text import mask_code
from kennisbank.content.per_file import per_file
from kennisbank.problems import Problem

_ATX = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t#]*$")
# An id an author gives (`{#naam}`), as the sanitiser keeps it (kennisbank/checks/html_policy.py): the theme's own
# ids start with "_", and an author's element with such an id would take their place for the theme's script.
ID = r"[A-Za-z0-9][A-Za-z0-9:._-]*"
_EXPLICIT_ID = re.compile(rf"\{{[^}}]*#({ID})[^}}]*\}}\s*$")  # at the end of a heading
_ATTR_ID = re.compile(rf"\{{:?[^}}\n]*#({ID})[^}}\n]*\}}")  # anywhere in the text
_INLINE_MARKUP = re.compile(r"[*_`]|\[([^\]]*)\]\([^)]*\)|<[^>]+>")  # tags: toc slugifies the text only


@dataclass(frozen=True)
class Heading:
    line: int
    level: int
    text: str
    anchor: str


def headings_in(source: Source) -> list[Heading]:
    """The ATX headings of the body with the anchors the site gives them (as Python-Markdown's toc does)."""
    found: list[Heading] = []
    used: set[str] = set()
    for offset, line in enumerate(mask_code(source.body).split("\n")):
        match = _ATX.match(line)
        if not match:
            continue
        text = match.group(2)
        explicit = _EXPLICIT_ID.search(text)
        if explicit:
            text = text[: explicit.start()].rstrip()
            anchor = explicit.group(1)
        else:
            anchor = unique(slugify(_INLINE_MARKUP.sub(r"\1", text), "-"), used)
        used.add(anchor)
        found.append(Heading(source.body_line + offset, len(match.group(1)), text, anchor))
    return found


def anchors_in(source: Source) -> frozenset[str]:
    """Heading anchors plus ids set with an attribute list ({#id}) anywhere in the text."""
    return _anchors_in(source.path, source)


@per_file  # the link check of every build asks for them
def _anchors_in(_path: str, source: Source) -> frozenset[str]:
    return frozenset({h.anchor for h in headings_in(source)} | set(_ATTR_ID.findall(mask_code(source.body))))


def check(source: Source) -> list[Problem]:
    """One H1 at most (the title is the page's H1), and no skipped levels below it."""
    problems = []
    headings = headings_in(source)
    first_h1 = next((h for h in headings if h.level == 1), None)
    previous = 1
    for heading in headings:
        if heading.level == 1 and first_h1 is not None and heading is not first_h1:
            problems.append(Problem(source.path, heading.line, f"de pagina heeft meer dan één kop van niveau 1 "
                                    f"(ook op regel {first_h1.line}). Maak van '{heading.text}' een tussenkop: ## "
                                    f"{heading.text}"))
        elif heading.level > previous + 1:
            problems.append(Problem(source.path, heading.line, f"de kop '{heading.text}' slaat een niveau over: "
                                    f"na een kop van niveau {previous} komt niveau {heading.level}. "
                                    f"Gebruik {'#' * (previous + 1)} {heading.text}"))
        previous = heading.level
    return problems
