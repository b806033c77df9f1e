"""The fixed sections of a page type (an intervention's databank fields), made from its front matter.

vocabulaire.yml names them per type under `onderdelen`. Every section is always there, in that order: a field the
author left out shows the one standard text for what is not known (`niet_bekend`), so that authors never write
sentences about what a source does not say, and every intervention reads the same way.

The sections become Markdown after the page's introduction (before its first heading), so the HTML, the PDF, the search index and the
typography treat them as the rest of the page. Values are the author's own text: Markdown such as *nadruk* works,
HTML does not (it is escaped), and a value stays on its own lines, so it cannot break the sections around it.
"""
from __future__ import annotations

import datetime
import re
from collections.abc import Mapping

from markdown.extensions.toc import slugify

from kennisbank.content.dates import MONTHS, in_words
from kennisbank.content.schema import parse_period
from kennisbank.content.vocabulary import NO_RECOGNITION, PageType, Vocabulary

MARKER = "<!-- onderdelen -->"  # where on the page; without it, after the introduction: before the first heading
_LABELS = {"erkend_door": "Gegeven door", "erkend_op": "Wanneer"}
_HEADING = re.compile(r"^#{1,6}[ \t]", re.MULTILINE)


def markdown(meta: Mapping, page_type: PageType, vocabulary: Vocabulary) -> str:
    """The sections as Markdown, or '' for a type without fixed sections."""
    unknown = vocabulary.unknown
    parts = []
    for heading, fields in page_type.sections:
        blocks = [block for block in (_field(name, meta.get(name), vocabulary, _recognised(meta)) for name in fields)
                  if block]
        parts.append(f"## {heading}\n\n" + ("\n\n".join(blocks) if blocks else f"{unknown}."))
    return "\n\n".join(parts)


def anchors(meta: dict, vocabulary: Vocabulary) -> frozenset[str]:
    """The anchors of the sections' headings ('doel', 'werkzame-elementen'), for links to them."""
    page_type = vocabulary.types.get(meta.get("type")) if isinstance(meta.get("type"), str) else None
    return frozenset(slugify(heading, "-") for heading, _ in page_type.sections) if page_type else frozenset()


def insert(body: str, sections: str) -> str:
    """The page's text with the sections at the marker, else before its first heading, else at its end."""
    if not sections:
        return body
    if MARKER in body:
        return body.replace(MARKER, "\n\n" + sections + "\n\n", 1)
    heading = _HEADING.search(body)
    at = heading.start() if heading else len(body)
    return f"{body[:at]}\n\n{sections}\n\n{body[at:]}"


def _recognised(meta: Mapping) -> bool:
    """A real recognition level: then who gave it and when are shown too, known or not."""
    return isinstance(meta.get("erkenning"), str) and meta["erkenning"] not in NO_RECOGNITION


def _field(name: str, value, vocabulary: Vocabulary, recognised: bool) -> str:
    unknown = vocabulary.unknown
    if value is None or value == "" or value == []:
        if recognised and name in ("erkend_door", "erkend_op"):
            return f"{_LABELS[name]}\n:   {unknown}"
        return ""
    kind = vocabulary.fields[name].kind
    if name == "erkenning":
        level = vocabulary.value_lists["erkenningsniveaus"].get(str(value))
        return f"Niveau\n:   {level if level and value != 'onbekend' else unknown}"
    if name == "erkend_door":
        return f"{_LABELS[name]}\n:   {_text(value)}"
    if name == "erkend_op":
        return f"{_LABELS[name]}\n:   {period_in_words(value) or unknown}"
    if kind == "teksten":
        marker = "1." if name == "stappen" else "-"
        return "\n".join(f"{marker} {_text(item)}" for item in value)
    if kind == "onderzoeken":
        return "\n".join(_study(study, unknown) for study in value if isinstance(study, dict))
    return _text(value)


def _study(study: dict, unknown: str) -> str:
    who = _text(study["door"]) if study.get("door") else unknown.lower()
    when = period_in_words(study.get("wanneer")) or unknown.lower()
    return f"- {_text(study.get('bevinding', ''))}  \n  Door: {who}. Wanneer: {when}."


def period_in_words(value) -> str | None:
    """2015 -> '2015', '2019-12' -> 'december 2019', '2015-05-15' -> '15 mei 2015'."""
    period = parse_period(value)
    if period is None:
        return None
    year, month, day = period
    if day:
        return in_words(datetime.date(year, month, day))
    return f"{MONTHS[month - 1]} {year}" if month else str(year)


def _text(value) -> str:
    """The author's text on one line, with HTML shown as text."""
    text = " ".join(str(value).split())
    if text.startswith("#"):
        text = "\\" + text  # not a heading
    return re.sub(r"[&<>]", lambda m: {"&": "&amp;", "<": "&lt;", ">": "&gt;"}[m.group()], text)
