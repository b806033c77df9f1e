"""What makes the EPUB accessible beyond its markup: EPUB Accessibility 1.1 metadata that is true for this
book, and footnotes that an e-reader and a screen reader know as footnotes.

The metadata follows from the book itself: visual access and image descriptions are only claimed when the book
has images, and descriptions only when every image has one. Ace by DAISY and epubcheck check the result
(tests/pdf/test_epub.py).
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from html import escape

from .bookinfo import BookInfo

CONFORMANCE = "EPUB Accessibility 1.1 - WCAG 2.1 Level AA"


def metadata(info: BookInfo, image_descriptions: list[str]) -> str:
    """The accessibility <meta> elements of package.opf; image_descriptions holds each image's alt text."""
    has_images = bool(image_descriptions)
    all_described = has_images and all(text.strip() for text in image_descriptions)
    features = ["structuralNavigation", "tableOfContents", "readingOrder", "displayTransformability", "ARIA"]
    summary = ("Dit e-book is tekst met koppen, een inhoudsopgave, links en voetnoten die een voorleesprogramma "
               "herkent. U kunt de letters groter maken; de tekst past zich aan het scherm aan.")
    if not has_images:
        summary += " Het boek heeft geen afbeeldingen."
    elif all_described:
        features.append("alternativeText")
        summary += " Elke afbeelding heeft een beschrijving in tekst."
    else:
        summary += " Niet elke afbeelding heeft een beschrijving in tekst."
    modes = ["textual", "visual"] if has_images else ["textual"]
    sufficient = ["textual"] if not has_images or all_described else ["textual,visual"]
    meta = [("dcterms:conformsTo", CONFORMANCE), ("a11y:certifiedBy", info.uitgever),
            *(("schema:accessMode", mode) for mode in modes),
            *(("schema:accessModeSufficient", mode) for mode in sufficient),
            *(("schema:accessibilityFeature", feature) for feature in features),
            ("schema:accessibilityHazard", "none"), ("schema:accessibilitySummary", summary)]
    return "".join(f'<meta property="{name}">{escape(value)}</meta>' for name, value in meta)


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
        for rule in block.findall("hr"):
            block.remove(rule)
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
