"""The e-book as EPUB 3: a zip with a fixed layout of files that e-readers and epubcheck expect.

mimetype first and uncompressed; META-INF/container.xml points to the package (package.opf) with the
metadata, the list of files and the reading order; nav.xhtml is the table of contents; one XHTML file
per chapter. The zip is the same for the same book (fixed file dates), so rebuilds do not change it.
"""
from __future__ import annotations

import copy
import datetime
import uuid
import zipfile
from html import escape
from pathlib import Path

from kennisbank.downloads import epub_accessibility
from kennisbank.downloads.bookinfo import BookInfo
from kennisbank.downloads.markup import Section, to_xhtml
from kennisbank.problems import ContentError, Problem

CSS_FILE = Path(__file__).with_name("epub.css")
_MEDIA_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
                ".svg": "image/svg+xml", ".webp": "image/webp"}
_CONTAINER = """<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
"""


def write(target: Path, info: BookInfo, chapters: list[Section], book_url: str, modified: datetime.date) -> None:
    """Write the EPUB of the cleaned chapters to target; modified is the date of the newest chapter."""
    files = {f"hoofdstuk-{index:02}.xhtml": chapter for index, chapter in enumerate(chapters, 1)}
    home = {element.attrib["id"]: name for name, chapter in files.items() for element in chapter.body.iter()
            if element.get("id")}
    home.update({chapter.id: name for name, chapter in files.items()})
    # The cleaned chapters refer to images by file URI; in the EPUB they are files of its own.
    images = {path.as_uri(): f"afbeeldingen/{index}-{path.name}"
              for index, path in enumerate(dict.fromkeys(p for c in chapters for p in c.images), 1)}
    problems = [Problem(chapter.page.path, None, (
        f"de afbeelding '{path.name}' is een soort bestand dat e-readers niet tonen. "
        "Gebruik PNG, JPG, GIF, SVG of WebP.")) for chapter in chapters for path in chapter.images
        if path.suffix.lower() not in _MEDIA_TYPES]
    if problems:
        raise ContentError(problems)

    entries = {
        "EPUB/titelpagina.xhtml": _xhtml(info, info.title, _title_page(info, book_url)),
        "EPUB/nav.xhtml": _xhtml(info, "Inhoud", _navigation(files)),
        "EPUB/boek.css": CSS_FILE.read_text(encoding="utf-8"),
    }
    for name, chapter in files.items():
        entries[f"EPUB/{name}"] = _xhtml(info, chapter.page.title, _chapter(name, chapter, home, images))
    descriptions = [image.get("alt") or "" for chapter in chapters for image in chapter.body.iter("img")]
    entries["EPUB/package.opf"] = _package(info, files, images, book_url, modified, descriptions)

    stamp = (modified.year, modified.month, modified.day, 0, 0, 0)
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w") as epub:
        epub.writestr(zipfile.ZipInfo("mimetype", stamp), "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        epub.writestr(zipfile.ZipInfo("META-INF/container.xml", stamp), _CONTAINER, compress_type=zipfile.ZIP_DEFLATED)
        for name, text in entries.items():
            epub.writestr(zipfile.ZipInfo(name, stamp), text, compress_type=zipfile.ZIP_DEFLATED)
        for path in dict.fromkeys(p for chapter in chapters for p in chapter.images):
            epub.writestr(zipfile.ZipInfo(f"EPUB/{images[path.as_uri()]}", stamp), path.read_bytes(),
                          compress_type=zipfile.ZIP_DEFLATED)


def _chapter(name: str, chapter: Section, home: dict[str, str], images: dict[str, str]) -> str:
    """The chapter's XHTML; a jump to another chapter now names that chapter's file."""
    body = copy.deepcopy(chapter.body)  # the PDF uses the same sections
    for link in body.iter("a"):
        href = link.get("href", "")
        if href.startswith("#") and home.get(href[1:], name) != name:
            link.set("href", home[href[1:]] + href)
    for image in body.iter("img"):
        image.set("src", images[image.attrib["src"]])
    return (f'<section id="{chapter.id}" epub:type="chapter" role="doc-chapter" aria-labelledby="{chapter.id}-titel">'
            f'<p class="chapter-number">Hoofdstuk {chapter.page.entry.chapter}</p>'
            f'<h1 id="{chapter.id}-titel">{escape(chapter.page.title)}</h1>{to_xhtml(body)}</section>')


def _title_page(info: BookInfo, book_url: str) -> str:
    colophon = "".join(f"<p>{escape(paragraph)}</p>" for paragraph in info.colophon_paragraphs())
    return (f'<section epub:type="titlepage" class="titlepage"><h1>{escape(info.title)}</h1>'
            f'<p class="subtitle">{escape(info.subtitle)}</p>'
            f'<p class="publisher">{escape(info.publisher)}, {info.year}</p></section>'
            '<section epub:type="colophon" role="doc-colophon" aria-labelledby="colofon">'
            f'<h2 id="colofon">Colofon</h2>{colophon}'
            f"<p>Licentie: {escape(info.licence)}</p>"
            f'<p>Dit boek staat ook op de website: <a href="{escape(book_url)}">{escape(book_url)}</a></p></section>')


def _navigation(files: dict[str, Section]) -> str:
    items = []
    for name, chapter in files.items():
        sections = "".join(f'<li><a href="{name}#{heading.get("id")}">{escape("".join(heading.itertext()))}</a></li>'
                           for heading in chapter.body.iter("h2") if heading.get("id"))
        items.append(f'<li><a href="{name}">{escape(chapter.page.title)}</a>'
                     f'{f"<ol>{sections}</ol>" if sections else ""}</li>')
    first = next(iter(files), "titelpagina.xhtml")
    return (f'<nav epub:type="toc" id="inhoud" role="doc-toc" aria-labelledby="inhoud-titel">'
            f'<h1 id="inhoud-titel">Inhoud</h1><ol>{"".join(items)}</ol></nav>'
            '<nav epub:type="landmarks" hidden="hidden"><ol>'
            '<li><a epub:type="titlepage" href="titelpagina.xhtml">Titelpagina</a></li>'
            '<li><a epub:type="toc" href="nav.xhtml#inhoud">Inhoud</a></li>'
            f'<li><a epub:type="bodymatter" href="{first}">Begin van het boek</a></li></ol></nav>')


def _xhtml(info: BookInfo, title: str, body: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n'
            f'<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" '
            f'lang="{info.language}" xml:lang="{info.language}"><head><meta charset="UTF-8"/>'
            f'<title>{escape(title)}</title>'
            f'<link rel="stylesheet" type="text/css" href="boek.css"/></head><body>{body}</body></html>\n')


def _package(info: BookInfo, files: dict[str, Section], images: dict[str, str], book_url: str,
             modified: datetime.date, image_descriptions: list[str]) -> str:
    identifier = uuid.uuid5(uuid.NAMESPACE_URL, book_url)
    subjects = "".join(f"<dc:subject>{escape(word)}</dc:subject>" for word in info.keywords)
    manifest = [
        '<item id="titelpagina" href="titelpagina.xhtml" media-type="application/xhtml+xml"/>',
        '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
        '<item id="css" href="boek.css" media-type="text/css"/>',
        *(f'<item id="{name.removesuffix(".xhtml")}" href="{name}" media-type="application/xhtml+xml"/>'
          for name in files),
        *(f'<item id="afbeelding-{index}" href="{escape(name)}" '
          f'media-type="{_MEDIA_TYPES[Path(name).suffix.lower()]}"/>'
          for index, name in enumerate(images.values(), 1)),
    ]
    spine = "".join(f'<itemref idref="{name.removesuffix(".xhtml")}"/>' for name in files)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="boek-id" '
        f'xml:lang="{info.language}">'
        '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f'<dc:identifier id="boek-id">urn:uuid:{identifier}</dc:identifier>'
        f"<dc:title>{escape(info.title)}</dc:title><dc:language>{info.language}</dc:language>"
        f"<dc:creator>{escape(info.publisher)}</dc:creator><dc:publisher>{escape(info.publisher)}</dc:publisher>"
        f"<dc:date>{info.year}</dc:date><dc:rights>{escape(info.licence)}</dc:rights>"
        f"<dc:description>{escape(info.subject)}</dc:description>{subjects}"
        f'<meta property="dcterms:modified">{modified.isoformat()}T00:00:00Z</meta>'
        f"{epub_accessibility.metadata(info, image_descriptions)}"
        f'</metadata><manifest>{"".join(manifest)}</manifest>'
        f'<spine><itemref idref="titelpagina"/><itemref idref="nav"/>{spine}</spine></package>\n'
    )
