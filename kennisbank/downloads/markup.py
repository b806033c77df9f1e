"""A page's rendered HTML made fit for a document of its own (a PDF or an EPUB).

Input is what MkDocs renders from the Markdown (page.content): no theme around it. Pages that go into
one document each get an id prefix, so their ids stay unique ("h3-bronnen"); a link to another page of
the same document becomes a jump within it, a link to the rest of the site becomes a full address.
"""
from __future__ import annotations

import itertools
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import tinyhtml5

from kennisbank.content.entries import Entry
from kennisbank.downloads.notes import mark_footnotes
from kennisbank.problems import ContentError, Problem

# Interactive or site-only parts: on paper and in an e-reader they mean nothing.
_DROPPED_TAGS = frozenset({"script", "style", "noscript", "template", "form", "input", "button", "select",
                           "textarea", "iframe", "object", "embed", "nav"})
# Permalinks after headings; the "back to the text" arrows of footnotes (a PDF viewer has its own back button).
_DROPPED_CLASSES = frozenset({"headerlink", "footnote-backref"})
_ID_REFERENCES = ("aria-describedby", "aria-labelledby", "aria-controls", "aria-owns", "for", "headers")
_UNSAFE_ID = re.compile(r"[^A-Za-z0-9_.-]")


@dataclass(frozen=True)
class RenderedPage:
    path: str  # the source file, for messages: "ebook/mensen-vinden.md"
    url: str  # the page's address on the site, relative to its root: "e-book/mensen-vinden/"
    entry: Entry  # its fields
    html: str  # the page's rendered Markdown

    @property
    def title(self) -> str:
        return self.entry.title


@dataclass
class Section:
    """One page inside a document: its cleaned body, and the id of its start."""

    page: RenderedPage
    id: str
    body: ET.Element
    images: list[Path] = field(default_factory=list)


def sections(pages: list[tuple[RenderedPage, str]], site_url: str, assets: dict[str, Path]) -> list[Section]:
    """Clean each page for one document; prefix gives each page's ids their own space ("h3-").

    assets maps a file's address on the site ("e-book/kaart.png") to the file on disk.
    Raises ContentError when an image is missing or a link points to a heading that does not exist.
    """
    problems: list[Problem] = []
    found = []
    ids: dict[tuple[str, str], str] = {}  # (page address, id in the page) -> id in the document
    for page, prefix in pages:
        body = _parse(page.html)
        _keep_ticks(body)
        _drop_site_parts(body)
        _open_details(body)
        mark_footnotes(body)
        ids.update({(page.url, old): new for old, new in _prefix_ids(body, prefix).items()})
        section = Section(page, prefix.rstrip("-"), body)
        problems += _embed_images(section, site_url, assets)
        found.append(section)
    starts = {section.page.url: section.id for section in found}
    for section in found:
        problems += _rewrite_links(section, site_url, starts, ids)
    if problems:
        raise ContentError(problems)
    return found


def to_html(element: ET.Element) -> str:
    return ET.tostring(element, encoding="unicode", method="html")


def to_xhtml(element: ET.Element) -> str:
    return ET.tostring(element, encoding="unicode", method="xml")


def _parse(html: str) -> ET.Element:
    body = tinyhtml5.parse(f"<body>{html}</body>", namespace_html_elements=False).find("body")
    body.tag = "div"
    return body


def _keep_ticks(root: ET.Element) -> None:
    """A ticked checklist item stays ticked on paper: its box (Material's indicator) gets the class "checked"."""
    for parent in root.iter():
        children = list(parent)
        for box, indicator in itertools.pairwise(children):
            ticked = box.tag == "input" and box.get("checked") is not None
            classes = indicator.get("class", "")
            if ticked and "task-list-indicator" in classes:
                indicator.set("class", classes + " checked")


def _drop_site_parts(parent: ET.Element) -> None:
    for child in list(parent):
        classes = set(child.get("class", "").split())
        if child.tag in _DROPPED_TAGS or classes & _DROPPED_CLASSES or child.get("hidden") is not None:
            _remove(parent, child)
        else:
            _drop_site_parts(child)


def _remove(parent: ET.Element, child: ET.Element) -> None:
    """Remove child, keeping the text that follows it."""
    if child.tail:
        index = list(parent).index(child)
        if index:
            previous = parent[index - 1]
            previous.tail = (previous.tail or "") + child.tail
        else:
            parent.text = (parent.text or "") + child.tail
    parent.remove(child)


def _open_details(root: ET.Element) -> None:
    """A collapsible block (<details>) becomes an open box with its summary as the title: paper cannot unfold."""
    for details in root.iter("details"):
        details.tag = "div"
        details.set("class", " ".join(["admonition", *details.get("class", "").split()]))
        details.attrib.pop("open", None)
        summary = details.find("summary")
        if summary is not None:
            summary.tag = "p"
            summary.attrib.clear()
            summary.set("class", "admonition-title")


def _prefix_ids(root: ET.Element, prefix: str) -> dict[str, str]:
    """Give every id the prefix, and the attributes that refer to ids too; a reference to an element
    that was dropped (a glossary tooltip, say) goes, so that no attribute points nowhere."""
    renamed: dict[str, str] = {}
    for element in root.iter():
        old = element.get("id")
        if old is None:
            continue
        new = base = prefix + _UNSAFE_ID.sub("-", old)
        number = 1
        while new in renamed.values():
            number += 1
            new = f"{base}-{number}"
        renamed[old] = new
        element.set("id", new)
    for element in root.iter():
        for name in _ID_REFERENCES:
            references = element.get(name)
            if references is not None:
                kept = [renamed[token] for token in references.split() if token in renamed]
                if kept:
                    element.set(name, " ".join(kept))
                else:
                    del element.attrib[name]
    return renamed


def _embed_images(section: Section, site_url: str, assets: dict[str, Path]) -> list[Problem]:
    problems = []
    for image in section.body.iter("img"):
        source = image.get("src", "")
        address = urljoin(site_url + section.page.url, source)
        if not address.startswith(site_url):
            problems.append(Problem(section.page.path, None, (
                f"de afbeelding '{source}' staat op een andere website. De pdf en de epub halen niets van internet: "
                "zet het bestand in de map van de pagina en link ernaar met alleen de bestandsnaam.")))
            continue
        path = assets.get(unquote(urlsplit(address[len(site_url):]).path))
        if path is None or not path.is_file():
            problems.append(Problem(section.page.path, None, (
                f"de afbeelding '{source}' bestaat niet. Zet het bestand in dezelfde map als de pagina, "
                "of verbeter de naam (let op hoofdletters).")))
            continue
        image.set("src", path.resolve().as_uri())
        section.images.append(path.resolve())
    return problems


def _rewrite_links(section: Section, site_url: str, starts: dict[str, str],
                   ids: dict[tuple[str, str], str]) -> list[Problem]:
    problems = []
    for link in section.body.iter("a"):
        link.attrib.pop("data-print-url", None)  # the site's print CSS needs it; these documents write hrefs
        href = link.get("href")
        if href is None:
            continue
        address = urljoin(site_url + section.page.url, href)
        if not address.startswith(site_url):
            continue  # another website, e-mail or phone: stays as it is
        page, _, anchor = address[len(site_url):].partition("#")  # urljoin has resolved "../"
        if page not in starts:
            link.set("href", address)  # elsewhere on the site: the full address works from any copy
        elif not anchor:
            link.set("href", "#" + starts[page])
        elif (page, anchor) in ids:
            link.set("href", "#" + ids[(page, anchor)])
        else:
            problems.append(Problem(section.page.path, None, (
                f"de link naar '{href}' werkt niet: de pagina heeft geen kop met het anker '#{anchor}'. "
                "Een anker is de tekst van een kop in kleine letters, met streepjes in plaats van spaties.")))
    return problems
