"""EPUB Accessibility 1.1 metadata that is true for this book (the footnotes' semantics: notes.py).

The metadata follows from the book itself: visual access and image descriptions are only claimed when the book
has images, and descriptions only when every image has one. Ace by DAISY and epubcheck check the result
(tests/pdf/test_epub.py).
"""
from __future__ import annotations

from html import escape

from kennisbank.downloads.bookinfo import BookInfo

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
    meta = [("dcterms:conformsTo", CONFORMANCE), ("a11y:certifiedBy", info.publisher),
            *(("schema:accessMode", mode) for mode in modes),
            *(("schema:accessModeSufficient", mode) for mode in sufficient),
            *(("schema:accessibilityFeature", feature) for feature in features),
            ("schema:accessibilityHazard", "none"), ("schema:accessibilitySummary", summary)]
    return "".join(f'<meta property="{name}">{escape(value)}</meta>' for name, value in meta)
