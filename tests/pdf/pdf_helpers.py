"""Reading the produced PDFs and EPUBs as a reader's software does: pages, outline, text, fonts, links."""
from __future__ import annotations

import json
import os
import re
import subprocess
import tempfile
from pathlib import Path

import pikepdf
from pypdf import PdfReader

EPUBCHECK = "/usr/share/java/epubcheck.jar"  # Debian package epubcheck (make test installs it)
# Ace by DAISY (npm @daisy/ace, the exact version in package-lock.json). Its Puppeteer runner, not the Electron
# one: `npm ci --ignore-scripts` downloads neither Electron nor Puppeteer's own Chrome, and Puppeteer takes the
# browser from PUPPETEER_EXECUTABLE_PATH: the system's Chromium, which the browser tests use too.
ACE = Path(__file__).parents[2] / "node_modules" / "@daisy" / "ace" / "bin" / "ace-puppeteer.js"
CHROMIUM = "/usr/bin/chromium"
# Text that only the site's theme writes: none of it belongs in a PDF.
SITE_CHROME = ("Ga naar de inhoud", "Terug naar boven", "Zoeken wordt voorbereid", "Made with", "Material for MkDocs",
               "Donkere weergave", "Lichte weergave", "Geen cookies, geen trackers", "Link naar dit kopje",
               "Hoofdmenu", "Kop van de site", "Inhoudsopgave", "Download het e-book", "Download dit artikel", "¶")


def outline(path: Path) -> list[tuple[str, int, list[str]]]:
    """The top-level bookmarks: title, page number (from 1) and the titles under it."""
    with pikepdf.open(path) as pdf:
        pages = {page.objgen: number for number, page in enumerate(pdf.pages, 1)}
        with pdf.open_outline() as tree:
            return [(item.title, pages[_destination_page(pdf, item).objgen], [child.title for child in item.children])
                    for item in tree.root]


def _destination_page(pdf: pikepdf.Pdf, item) -> pikepdf.Object:
    destination = item.destination
    if isinstance(destination, (pikepdf.String, pikepdf.Name)):
        destination = pikepdf.NameTree(pdf.Root.Names.Dests)[str(destination)]
    if isinstance(destination, pikepdf.Dictionary):
        destination = destination.D
    return destination[0]


def text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def squeeze(value: str) -> str:
    """Text without spaces, line breaks and hyphens, to compare what hyphenation and line breaks split."""
    return re.sub(r"[\s\-\u00ad\u2010]", "", value)


def fonts(path: Path) -> dict[str, bool]:
    """Every font the PDF uses, with whether its font program is embedded."""
    found = {}
    with pikepdf.open(path) as pdf:
        for page in pdf.pages:
            for font in (page.Resources.get("/Font") or {}).values():
                described = font.DescendantFonts[0] if "/DescendantFonts" in font else font
                descriptor = described.get("/FontDescriptor", {})
                found[str(font.BaseFont)] = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
    return found


def links(path: Path) -> tuple[list[str], list[str], set[str]]:
    """Internal link targets, external URIs, and the destinations the PDF has. A target is a named destination
    ("h1-begin") or, for a place without a name (a footnote, a chapter's start), "page N" of the PDF."""
    internal, external = [], []
    with pikepdf.open(path) as pdf:
        names = set(pikepdf.NameTree(pdf.Root.Names.Dests).keys()) if "/Names" in pdf.Root else set()
        numbers = {page.objgen: number for number, page in enumerate(pdf.pages, 1)}
        names |= {f"page {number}" for number in numbers.values()}
        for page in pdf.pages:
            for annotation in page.get("/Annots", []):
                if annotation.get("/Subtype") != "/Link":
                    continue
                action = annotation.get("/A")
                if action is not None and action.get("/S") == "/URI":
                    external.append(str(action.URI))
                else:
                    target = annotation.get("/Dest") if action is None else action.D
                    if isinstance(target, pikepdf.Array):
                        internal.append(f"page {numbers.get(target[0].objgen, '?')}")
                    else:
                        internal.append(str(target))
    return internal, external, names


def structure(path: Path) -> dict:
    with pikepdf.open(path) as pdf:
        info = pdf.docinfo
        return {
            "lang": str(pdf.Root.get("/Lang", "")),
            "tagged": "/StructTreeRoot" in pdf.Root and bool(pdf.Root.get("/MarkInfo", {}).get("/Marked", False)),
            "pages": len(pdf.pages),
            "title": str(info.get("/Title", "")),
            "author": str(info.get("/Author", "")),
            "subject": str(info.get("/Subject", "")),
            "keywords": str(info.get("/Keywords", "")),
        }


def epubcheck(path: Path) -> subprocess.CompletedProcess:
    # Debian's /usr/bin/epubcheck is the jar itself, runnable only through binfmt; java runs it anywhere.
    return subprocess.run(["java", "-jar", EPUBCHECK, str(path)], capture_output=True, text=True, timeout=300,
                          check=False)


def ace_violations(path: Path) -> list[str]:
    """Ace's findings for an EPUB, one line each: file, rule, impact and where."""
    assert ACE.is_file(), f"{ACE} is missing: `make test` installs it (npm ci)"
    with tempfile.TemporaryDirectory() as report_folder:
        run = subprocess.run(["node", str(ACE), "--silent", "--force", "--outdir", report_folder, str(path)],
                             capture_output=True, text=True, timeout=300,
                             env={**os.environ, "PUPPETEER_EXECUTABLE_PATH": CHROMIUM}, check=False)
        report_file = Path(report_folder, "report.json")
        assert report_file.is_file(), f"Ace made no report (exit {run.returncode}):\n{run.stdout}{run.stderr}"
        report = json.loads(report_file.read_text(encoding="utf-8"))
    return [f"{subject['earl:testSubject']['url']}: {found['earl:test']['dct:title']} "
            f"({found['earl:test']['earl:impact']}) {found['earl:result'].get('dct:description', '')} "
            f"{found['earl:result'].get('earl:pointer', {}).get('css', '')}"
            for subject in report.get("assertions", []) for found in subject.get("assertions", [])]


def first_sentence(markdown_body: str) -> str:
    """The first sentence of a page's first paragraph, as plain text."""
    paragraph = []
    for line in markdown_body.strip().split("\n"):
        if not line.strip():
            if paragraph:
                break
            continue
        if not line.startswith(("#", "!", "<", "-", "|")):
            paragraph.append(line.strip())
    plain = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", " ".join(paragraph))
    plain = re.sub(r"<[^>]+>|\*\*|\*|`|\[\^[^\]]*\]", "", plain)
    return re.split(r"(?<=[.?!])\s", plain)[0]
