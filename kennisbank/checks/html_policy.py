"""Which HTML reaches a page: one allow-list, applied by a real sanitiser to every page's rendered HTML.

Authors' Markdown is input from strangers. It is rendered first and then cleaned with nh3 (the Python binding
of Ammonia, an HTML5-parsing allow-list sanitiser), never judged by patterns over the Markdown source. The same
allow-list also tells authors what it would remove: `problems()` compares the page as an HTML5 parser reads it
before and after cleaning, and names every element, attribute and address that would go. `make check` and the
site build both use it, so nothing is silently changed: the build stops instead.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import nh3
from pygments.token import STANDARD_TYPES
from selectolax.lexbor import LexborHTMLParser

from kennisbank.content import headings
from kennisbank.content.frontmatter import Source
from kennisbank.problems import Problem

# What Python-Markdown, its extensions and our own extensions write, and what authors may write themselves
# for what Markdown cannot express (abbreviations, the language of a fragment, keyboard keys, collapsible blocks).
TAGS = frozenset({
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del", "details",
    "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img",
    "input", "ins", "kbd", "label", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong",
    "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr",
})
# Removed with everything inside them: their content is code or data, not text for readers.
REMOVED_WITH_CONTENT = frozenset({"script", "style", "template", "noscript", "iframe", "object", "embed",
                                  "svg", "math", "textarea", "select", "title", "xmp", "noembed", "noframes"})
_EVERYWHERE = {"id", "title", "lang", "dir", "hidden", "aria-hidden", "aria-label", "aria-describedby"}
ATTRIBUTES: dict[str, set[str]] = {
    "*": _EVERYWHERE,
    "a": {"href"},
    "abbr": set(),
    "img": {"src", "alt", "width", "height", "loading"},
    "details": {"open"},
    "ol": {"start", "reversed"},
    "li": {"value"},
    "td": {"colspan", "rowspan", "align"},
    "th": {"colspan", "rowspan", "scope", "align"},
    "time": {"datetime"},
    "q": {"cite"},
    "blockquote": {"cite"},
    "label": {"for"},
}
# Attributes allowed with a few values only: a checklist's checkbox (pymdownx.tasklist) and ARIA roles.
ATTRIBUTE_VALUES: dict[str, dict[str, set[str]]] = {
    "input": {"type": {"checkbox"}, "disabled": {""}, "checked": {""}},
    "span": {"role": {"tooltip"}},
    "a": {"role": {"doc-noteref", "doc-backlink"}},
    "div": {"role": {"doc-endnotes", "note"}},
    "sup": {"role": {"doc-noteref"}},
}
URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
URL_ATTRIBUTES = frozenset({"href", "src", "cite"})
_ADMONITIONS = {"note", "abstract", "summary", "tldr", "info", "todo", "tip", "hint", "important", "success", "check",
                "done", "question", "help", "faq", "warning", "caution", "attention", "failure", "fail", "missing",
                "danger", "error", "bug", "example", "quote", "cite", "inline", "end"}
# Code blocks (pymdownx.superfences with Pygments): the language, and Pygments' short token classes.
_CODE_LANGUAGES = {f"language-{name}" for name in ("text", "yaml", "markdown", "md", "python", "bash", "sh", "shell",
                                                     "console", "html", "json", "css", "js", "javascript", "toml")}
_TOKENS = set(STANDARD_TYPES.values()) - {""}
# Class names the theme styles and our extensions write; any other class could dress content up as the site.
# (A class is allowed only where listed here: nh3 takes "class" out of the attribute lists for that.)
CLASSES: dict[str, set[str]] = {
    "div": {"admonition", "footnote", "highlight", "annotate", "grid", "cards", *_ADMONITIONS, *_CODE_LANGUAGES},
    "details": {*_ADMONITIONS},
    "p": {"admonition-title"},
    "a": {"headerlink", "footnote-ref", "footnote-backref", "md-button", "md-button--primary"},
    "span": {"kb-begrip", "kb-begrip__uitleg", "task-list-indicator", "filename", *_TOKENS},
    "code": {*_CODE_LANGUAGES},
    "label": {"task-list-control"},
    "em": {"kb-voorbeeldadres"},  # the general contact address while it is still an example (contacts.py)
    "li": {"task-list-item"},
    "ul": {"task-list", "kb-contacten"},
}

# An image from another website is a request to a third party every time a page is read (a tracking pixel).
_ELSEWHERE = re.compile(r"^\s*(?:[a-zA-Z][a-zA-Z0-9+.-]*:|[/\\]{2})")

# Ids as headings, footnotes and the glossary make them, not the theme's (__config, __drawer, __search).
_OWN_ID = re.compile(rf"^{headings.ID}$")

_CLEANER = nh3.Cleaner(
    tags=set(TAGS), clean_content_tags=set(REMOVED_WITH_CONTENT), attributes=ATTRIBUTES,
    tag_attribute_values=ATTRIBUTE_VALUES, url_schemes=set(URL_SCHEMES), allowed_classes=CLASSES,
    strip_comments=False,  # markers such as <!-- catalogus --> are ours to replace; a comment runs nothing
    link_rel=None,  # no target attribute is allowed, so there is no window to protect
    attribute_filter=lambda tag, name, value: _filtered(tag, name, value),
)


def _filtered(tag: str, name: str, value: str) -> str | None:
    if (tag, name) == ("img", "src") and _ELSEWHERE.match(value):
        return None
    if name == "id" and not _OWN_ID.match(value):
        return None
    return value


def clean(html: str) -> str:
    """The page's HTML with everything outside the allow-list removed."""
    return _CLEANER.clean(html)


@dataclass(frozen=True)
class Removal:
    """One thing the sanitiser takes out: an element, or an attribute (with its value) of an element."""
    tag: str
    attribute: str | None = None
    value: str = ""


def removals(html: str) -> list[Removal]:
    """What clean() would remove, as an HTML5 parser (a browser) reads the page before and after cleaning."""
    before, after = _parts(html), _parts(clean(html))
    return sorted((before - after).elements(),
                  key=lambda removal: (removal.tag, removal.attribute or "", removal.value))


def _parts(html: str) -> Counter:
    """Every element and attribute of the page as a browser's HTML5 parser reads it (Lexbor: the standard's
    algorithm, about 60 times faster than a parser in Python, which took 2 ms of every page's build)."""
    parts: Counter = Counter()
    document = LexborHTMLParser(html).root
    for element in document.traverse(include_text=False) if document is not None else ():
        if not element.tag or element.tag.startswith("-"):  # a comment or doctype
            continue
        tag = _local(element.tag)
        parts[Removal(tag)] += 1
        for qualified_name, value in element.attributes.items():
            name = _local(qualified_name)
            if name == "class":
                for token in (value or "").split():
                    parts[Removal(tag, "class", token)] += 1
            else:
                parts[Removal(tag, name, value or "")] += 1
    return parts


def _local(name: str) -> str:
    """A tag or attribute name without its namespace prefix (`xlink:href` in svg is `href`)."""
    return name.rsplit(":", 1)[-1].lower()


def problems(source: Source, html: str) -> list[Problem]:
    """Every removal as a Dutch message at the line of the source it most likely comes from."""
    found = []
    for removal in removals(html):
        found.append(Problem(source.path, _line_of(source, removal), _message(removal)))
    return sorted(set(found))


def _message(removal: Removal) -> str:
    tag, name, value = removal.tag, removal.attribute, removal.value
    if name is None:
        if tag in REMOVED_WITH_CONTENT:
            return (f"de HTML-tag <{tag}> is niet toegestaan: die kan code of opmaak van buiten in de pagina brengen. "
                    "Haal hem weg; gebruik Markdown voor tekst, links en afbeeldingen.")
        return (f"de HTML-tag <{tag}> staat niet op de lijst van toegestane tags. Gebruik Markdown, of een van deze "
                f"tags: {', '.join(sorted(TAGS - {'input', 'label'}))}.")
    if name.startswith("on"):
        return f"het attribuut '{name}' in <{tag}> voert code uit en is niet toegestaan. Haal het weg."
    if (tag, name) == ("img", "src"):
        return (f"de afbeelding '{value[:60]}' staat niet op deze site. Afbeeldingen van andere websites laten die "
                "websites meekijken met lezers. Zet het bestand in de map van de pagina en link met de bestandsnaam.")
    if name in URL_ATTRIBUTES and ((tag in ATTRIBUTES and name in ATTRIBUTES[tag]) or name in _EVERYWHERE):
        shown = value if len(value) <= 60 else value[:57] + "..."
        return (f"het adres '{shown}' in <{tag} {name}> is niet toegestaan. Link naar een pagina van de site, "
                "of naar een adres dat begint met https://, http://, mailto: of tel:. Afbeeldingen staan in de map "
                "van de pagina.")
    if name == "id":
        return (f"de id '{value[:40]}' in <{tag}> is niet toegestaan. Een id begint met een letter of cijfer en "
                "bevat alleen letters, cijfers en streepjes; ids met een _ ervoor gebruikt het thema zelf.")
    if name == "class":
        allowed = sorted(CLASSES.get(tag, ()))
        hint = f" Toegestaan bij <{tag}>: {', '.join(allowed)}." if allowed else ""
        return f"de klasse '{value}' in <{tag}> is niet toegestaan.{hint} Haal haar weg."
    if name == "style":
        return f"het attribuut 'style' in <{tag}> is niet toegestaan: de opmaak komt uit het thema. Haal het weg."
    return (f"het attribuut '{name}' in <{tag}> is niet toegestaan. Toegestaan zijn: "
            f"{', '.join(sorted(_EVERYWHERE | ATTRIBUTES.get(tag, set()) | set(ATTRIBUTE_VALUES.get(tag, {}))))}.")


def _line_of(source: Source, removal: Removal) -> int:
    """The first body line that shows the removed value, else the attribute, else the tag; else the body's start."""
    lines = source.body.split("\n")
    needles = []
    # The longest piece of the value without white space: "java\tscript:x" stands in the source as "java&#x09;script:x".
    piece = max(removal.value.split(), key=len, default="")[:40]
    if len(piece) >= 3:
        needles.append(re.compile(re.escape(piece), re.IGNORECASE))
    if removal.attribute:
        needles.append(re.compile(rf"(?<![\w-]){re.escape(removal.attribute)}\s*=|\.{re.escape(removal.value)}\b"
                                  if removal.attribute == "class" and removal.value
                                  else rf"(?<![\w-]){re.escape(removal.attribute)}\s*=", re.IGNORECASE))
    needles.append(re.compile(rf"<\s*(?:[\w-]+:)?{re.escape(removal.tag)}(?![\w-])", re.IGNORECASE))
    for needle in needles:
        for offset, line in enumerate(lines):
            if needle.search(line):
                return source.body_line + offset
    return source.body_line
