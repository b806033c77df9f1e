"""Which raw HTML authors may use: content must not be able to run scripts in readers' browsers."""
from __future__ import annotations

import re

from .frontmatter import Source
from .markdown_text import mask_code
from .problems import Problem

# Tags for what Markdown cannot express (abbreviations, language of a fragment, keyboard keys,
# collapsible blocks, layout blocks with `markdown`).
ALLOWED_TAGS = frozenset({
    "abbr", "b", "br", "cite", "del", "details", "dfn", "div", "em", "figcaption", "figure",
    "i", "ins", "kbd", "mark", "q", "s", "small", "span", "strong", "sub", "summary", "sup", "time", "u",
})
ALLOWED_ATTRIBUTES = frozenset({"class", "id", "lang", "title", "datetime", "markdown", "open", "dir"})
DANGEROUS_TAGS = frozenset({"script", "iframe", "object", "embed", "style", "link", "meta", "base",
                            "form", "frame", "frameset", "svg", "math", "template"})

_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)(?=[\s/>])([^>]*)>?")
_ATTRIBUTE = re.compile(r"([^\s=/>\"']+)\s*(?:=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+))?")
_EVENT_IN_ATTR_LIST = re.compile(r"\{[^}\n]*\bon[a-z]+\s*=", re.IGNORECASE)
_SCRIPT_URL = re.compile(r"\]\(\s*<?\s*(?:javascript|vbscript|data):", re.IGNORECASE)


def check(source: Source) -> list[Problem]:
    problems = []
    for offset, line in enumerate(mask_code(source.body).split("\n")):
        number = source.body_line + offset
        problems += [Problem(source.path, number, text) for text in _line_problems(line)]
    return problems


def _line_problems(line: str):
    for match in _TAG.finditer(line):
        closing, tag, attributes = match.group(1), match.group(2).lower(), match.group(3)
        if tag in DANGEROUS_TAGS:
            yield (f"de HTML-tag <{tag}> is niet toegestaan, omdat die code of opmaak van buiten in de pagina "
                   "kan brengen. Haal hem weg; gebruik Markdown voor tekst, links en afbeeldingen.")
        elif tag not in ALLOWED_TAGS:
            yield (f"de HTML-tag <{tag}> staat niet op de lijst van toegestane tags. Gebruik Markdown, "
                   f"of een van deze tags: {', '.join(sorted(ALLOWED_TAGS))}.")
        elif not closing:
            yield from _attribute_problems(tag, attributes)
    if _EVENT_IN_ATTR_LIST.search(line):
        yield ("een attribuut als onclick= voert code uit en is niet toegestaan. Haal het weg.")
    if _SCRIPT_URL.search(line):
        yield ("een link met javascript:, vbscript: of data: is niet toegestaan. Link naar een pagina of een "
               "gewoon webadres (https://...).")


def _attribute_problems(tag: str, attributes: str):
    for match in _ATTRIBUTE.finditer(attributes):
        name = match.group(1).lower()
        if name.startswith("on"):
            yield f"het attribuut '{name}' in <{tag}> voert code uit en is niet toegestaan. Haal het weg."
        elif name not in ALLOWED_ATTRIBUTES:
            yield (f"het attribuut '{name}' in <{tag}> is niet toegestaan. Toegestaan zijn: "
                   f"{', '.join(sorted(ALLOWED_ATTRIBUTES))}.")
