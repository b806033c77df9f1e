"""Footnotes that e-readers, PDF readers and screen readers know as footnotes, in the PDFs and the EPUB.

Python-Markdown writes a footnote as a link in the text and an item of a list at the end of the page. Here the
link becomes a noteref and each item an <aside> with the role doc-footnote: an e-reader can show it as a
pop-up. (The PDFs make Typst footnotes of them: typst_markup.py.)
"""
from __future__ import annotations

import xml.etree.ElementTree as ET


def mark_footnotes(body: ET.Element) -> None:
    """Python-Markdown's footnotes become EPUB footnotes: each reference a noteref, each note an <aside> with the
    role doc-footnote (e-readers can show it as a pop-up), with its number in front, as the list showed it."""
    for link in body.iter("a"):
        if "footnote-ref" in link.get("class", "").split():
            link.set("epub:type", "noteref")
            link.set("role", "doc-noteref")
    for block in [div for div in body.iter("div") if "footnote" in div.get("class", "").split()]:
        block.tag = "section"
        block.set("aria-label", "Voetnoten")
        for notes in block.findall("ol"):
            position = list(block).index(notes)
            block.remove(notes)
            for number, item in enumerate(notes.findall("li"), int(notes.get("start", 1))):
                item.tag = "aside"
                item.set("epub:type", "footnote")
                item.set("role", "doc-footnote")
                _put_number_in_front(item, number)
                block.insert(position, item)
                position += 1


def _put_number_in_front(note: ET.Element, number: int) -> None:
    label = ET.Element("span", {"class": "footnote-number"})
    label.text = f"{number}. "
    first = note[0] if len(note) and note[0].tag == "p" and not (note.text or "").strip() else note
    label.tail = first.text
    first.text = None
    first.insert(0, label)
