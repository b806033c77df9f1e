"""Footnotes: every reference [^1] needs a definition "[^1]: ...", or Markdown prints "[^1]" as plain text."""
from __future__ import annotations

import re

from kennisbank.content.frontmatter import Source
from kennisbank.content.markdown_text import mask_code
from kennisbank.problems import Problem

# The same patterns as Python-Markdown's footnotes extension.
_DEFINITION = re.compile(r"^ {0,3}\[\^([^\]]*)\]:")
_REFERENCE = re.compile(r"\[\^([^\]]*)\]")


def check(source: Source) -> list[Problem]:
    """A problem for each footnote reference whose label is never defined in the page."""
    lines = mask_code(source.body).split("\n")
    defined = {match.group(1) for line in lines if (match := _DEFINITION.match(line))}
    problems = []
    for offset, line in enumerate(lines):
        definition = _DEFINITION.match(line)
        text = line[definition.end():] if definition else line
        for label in _REFERENCE.findall(text):
            if label not in defined:
                problems.append(Problem(source.path, source.body_line + offset, (
                    f"de voetnoot [^{label}] wordt nergens uitgelegd. Zet onderaan de pagina een regel "
                    f"'[^{label}]: de tekst van de voetnoot', of haal [^{label}] weg.")))
    return problems
