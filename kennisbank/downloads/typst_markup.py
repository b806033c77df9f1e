"""A page's cleaned HTML (markup.py) as Typst markup, for the PDFs (typst_documents.py).

Only the allow-listed tags of the sanitiser (kennisbank/checks/html_policy.py) arrive here. Every piece of text an
author wrote becomes a Typst string literal (`#"…";`), never markup: inside a string only the backslash and the
quote mean something, and both are escaped, so no author text can become Typst code (`#read(…)`, `#import`, `$`,
`]`, `//`). Element names, attribute values and ids reach the output only through the same escaping or after a
strict pattern (labels, language codes). An element this module does not know keeps its text.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from copy import deepcopy
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

_LABEL = re.compile(r"^[A-Za-z0-9_.-]+$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
_SPACE = re.compile(r"\s+")
_INLINE = {"em": "emph", "i": "emph", "cite": "emph", "dfn": "emph", "var": "emph", "strong": "strong",
           "b": "strong", "mark": "highlight", "sub": "sub", "sup": "super", "del": "strike", "s": "strike",
           "u": "underline", "ins": "underline", "small": "small"}
# The tags with a method of their own below (_p, _a, ...).
_HANDLED = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "blockquote", "q", "pre", "code", "kbd", "samp",
            "br", "hr", "a", "img", "figure", "table"}
_BLOCKS = {"p", "div", "section", "aside", "figure", "figcaption", "ul", "ol", "li", "table", "thead", "tbody",
           "tfoot", "tr", "td", "th", "caption", "blockquote", "pre", "hr", "dl", "dt", "dd", "h1", "h2", "h3", "h4",
           "h5", "h6", "colgroup", "col"}


def string(text: str) -> str:
    """text as a Typst string literal: the only characters with a meaning inside it are escaped."""
    escaped = (text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
               .replace("\t", "\\t"))
    return f'"{escaped}"'


def label(identifier: str) -> str:
    """A Typst label for an id; ids are made of [A-Za-z0-9_.-] by markup.py, anything else gets no label."""
    return f"<{identifier}>" if _LABEL.match(identifier) else ""


@dataclass
class Converter:
    """Converts the sections of one document; labels are the ids that exist in it as Typst labels (headings,
    chapters, footnotes), so a jump to anything else stays text instead of breaking the document."""
    labels: set[str]
    images: dict[Path, str] = field(default_factory=dict)  # image file -> its name inside the document's folder
    notes: dict[str, ET.Element] = field(default_factory=dict)  # footnote id -> its <aside>
    used_notes: set[str] = field(default_factory=set)

    def blocks(self, root: ET.Element) -> str:
        """The children of root (a page's body), as block-level Typst markup."""
        for aside in root.iter("aside"):
            note_id = aside.get("id")
            if note_id:
                self.notes[note_id] = aside
        return self._children(root)

    def _children(self, element: ET.Element) -> str:
        parts = [self._text(element.text, at_edge=True)]
        for child in element:
            parts.append(self._element(child))
            parts.append(self._text(child.tail, at_edge=child.tag in _BLOCKS))
        return "".join(parts)

    def _text(self, text: str | None, at_edge: bool = False) -> str:
        """Text as a string literal; white space alone at the start of an element or after a block is layout of
        the HTML source, not text (as a browser treats it)."""
        collapsed = _SPACE.sub(" ", text or "")
        if not collapsed or (at_edge and collapsed == " "):
            return ""
        return f"#{string(collapsed)};"

    def _element(self, element: ET.Element) -> str:
        if not isinstance(element.tag, str):  # a comment (<!-- catalogus -->): not text for readers
            return ""  # type: ignore[unreachable]  # ElementTree's stubs type every tag as str; comments are not
        tag = element.tag
        classes = set(element.get("class", "").split())
        handler: Callable[[ET.Element], str] | None = getattr(self, f"_{tag}") if tag in _HANDLED else None
        if tag in _INLINE:
            return f"#{_INLINE[tag]}[{self._children(element)}]"
        if "footnote" in classes and tag == "section":
            return ""  # the notes are Typst footnotes at their references
        if "admonition" in classes:
            return self._admonition(element)
        if "task-list-indicator" in classes:
            return "#task-box(checked: true)" if "checked" in classes else "#task-box(checked: false)"
        if "footnote-ref" in classes and tag == "a":
            return self._footnote(element)
        if handler is not None:
            return handler(element)
        if tag == "span" and _LANGUAGE.match(element.get("lang", "")):
            return f"#text(lang: {string(element.get('lang', ''))})[{self._children(element)}]"
        return self._children(element)  # div, span, abbr, label, time, q's relatives: their content

    def _block(self, markup: str) -> str:
        return f"\n{markup}\n"

    def _p(self, element: ET.Element) -> str:
        if "admonition-title" in element.get("class", "").split():
            return self._block(f"#admonition-title[{self._children(element)}]")
        return self._block(f"#par[{self._children(element)}]")

    def _heading(self, element: ET.Element) -> str:
        if not "".join(element.itertext()).strip():
            return ""  # a heading without text says nothing, and PDF/UA does not allow one
        level = int(element.tag[1])  # a page's h2 is a level-2 heading in every document
        anchor = label(element.get("id", "")) if element.get("id", "") in self.labels else ""
        return self._block(f"#heading(level: {level})[{self._children(element)}] {anchor}")

    _h1 = _h2 = _h3 = _h4 = _h5 = _h6 = _heading

    def _ul(self, element: ET.Element) -> str:
        items = ", ".join(f"[{self._children(item)}]" for item in element if item.tag == "li")
        marker = "marker: none, " if "task-list" in element.get("class", "").split() else ""
        return self._block(f"#list({marker}{items})")

    def _ol(self, element: ET.Element) -> str:
        start = element.get("start", "1")
        items = ", ".join(f"[{self._children(item)}]" for item in element if item.tag == "li")
        return self._block(f"#enum(start: {int(start) if start.isdigit() else 1}, {items})")

    def _dl(self, element: ET.Element) -> str:
        return self._block("".join(self._block(f"#strong[{self._children(item)}]") if item.tag == "dt"
                                   else self._block(f"#pad(left: 12pt)[{self._children(item)}]") for item in element))

    def _blockquote(self, element: ET.Element) -> str:
        return self._block(f"#quote(block: true)[{self._children(element)}]")

    def _q(self, element: ET.Element) -> str:
        return f"#quote[{self._children(element)}]"

    def _admonition(self, element: ET.Element) -> str:
        return self._block(f"#admonition[{self._children(element)}]")

    def _pre(self, element: ET.Element) -> str:
        return self._block(f"#raw(block: true, {string(''.join(element.itertext()))})")

    def _code(self, element: ET.Element) -> str:
        return f"#raw({string(''.join(element.itertext()))})"

    _kbd = _samp = _code

    def _br(self, element: ET.Element) -> str:
        return "#linebreak()"

    def _hr(self, element: ET.Element) -> str:
        return self._block("#line(length: 100%, stroke: 0.5pt + luma(60%))")

    def _a(self, element: ET.Element) -> str:
        href = element.get("href", "")
        content = self._children(element)
        if href.startswith("#"):
            target = href[1:]
            return f"#web-link({label(target)})[{content}]" if target in self.labels and label(target) else content
        if re.match(r"^(https?|mailto|tel):", href):
            return f"#web-link({string(href)})[{content}]"
        return content

    def _footnote(self, element: ET.Element) -> str:
        """A reference becomes a Typst footnote with the note's text; a second reference to it, a reference."""
        target = element.get("href", "").lstrip("#")
        note = self.notes.get(target)
        if note is None:
            return self._children(element)
        if target in self.used_notes:
            return f"#footnote({label(target)})"
        self.used_notes.add(target)
        note = _without_number(note)
        first = note[0] if len(note) and note[0].tag == "p" and not (note.text or "").strip() else None
        if first is not None:  # the first paragraph runs on after the number, as it did in the list
            body = self._children(first) + "".join(self._element(child) + self._text(child.tail, True)
                                                   for child in note[1:])
        else:
            body = self._children(note)
        return f"#footnote[{body}] {label(target)}"

    def _img(self, element: ET.Element) -> str:
        source = element.get("src", "")
        path = Path(unquote(urlsplit(source).path)) if source.startswith("file://") else None
        if path is None:
            return self._text(element.get("alt", ""))
        name = self.images.setdefault(path, f"afbeelding-{len(self.images) + 1}{path.suffix.lower()}")
        return f"#box(image({string(name)}, alt: {string(element.get('alt', ''))}))"  # inline, as in HTML

    def _figure(self, element: ET.Element) -> str:
        caption = element.find("figcaption")
        content = ET.Element("div")
        content.extend(child for child in element if child is not caption)
        content.text = element.text
        body = self._children(content).strip()
        described = f", caption: [{self._children(caption)}]" if caption is not None else ""
        return self._block(f"#figure([{body}]{described})")

    def _table(self, element: ET.Element) -> str:
        rows = list(element.iter("tr"))
        columns = max((sum(_span(cell, "colspan") for cell in row if cell.tag in ("td", "th")) for row in rows),
                      default=1)
        header = [row for row in rows if all(cell.tag == "th" for cell in row if cell.tag in ("td", "th"))][:1]
        cells = []
        for row in rows:
            row_cells = ", ".join(self._cell(cell) for cell in row if cell.tag in ("td", "th"))
            if not row_cells:
                continue
            cells.append(f"table.header({row_cells})" if row in header and row is rows[0] else row_cells)
        caption = element.find("caption")
        title = self._block(f"#par[#strong[{self._children(caption)}]]") if caption is not None else ""
        # The full width, in columns of one width: as the site's print layout did (width: 100%).
        return title + self._block(f"#table(columns: (1fr,) * {max(columns, 1)}, {', '.join(cells)})")

    def _cell(self, cell: ET.Element) -> str:
        spans = [f"{name}: {_span(cell, name)}" for name in ("colspan", "rowspan") if _span(cell, name) > 1]
        content = f"[{self._children(cell)}]"
        if cell.tag == "th":
            return f"th({', '.join(spans)}){content}"
        return f"table.cell({', '.join(spans)}){content}" if spans else content


def _span(cell: ET.Element, name: str) -> int:
    value = cell.get(name, "1")
    return min(int(value), 100) if value.isdigit() and int(value) > 0 else 1


def _without_number(note: ET.Element) -> ET.Element:
    """The note without the number notes.py put in front of it: Typst numbers its footnotes itself."""
    copy = deepcopy(note)
    for parent in copy.iter():
        for child in list(parent):
            if "footnote-number" in child.get("class", "").split():
                index = list(parent).index(child)
                if child.tail:
                    if index:
                        parent[index - 1].tail = (parent[index - 1].tail or "") + child.tail
                    else:
                        parent.text = (parent.text or "") + child.tail
                parent.remove(child)
    return copy
