"""Internal links, anchors and images: every one must lead somewhere."""
from __future__ import annotations

import difflib
import posixpath
import re
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass
from urllib.parse import unquote

from kennisbank.content.frontmatter import Source
from kennisbank.content.markdown_text import mask_code
from kennisbank.content.per_file import per_file
from kennisbank.problems import Problem

_INLINE = re.compile(r"(!?)\[((?:[^\[\]]|\[[^\]]*\])*)\]\(\s*(<[^>]*>|[^)\s]+)(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)")
_REFERENCE = re.compile(r"^ {0,3}\[([^\]]+)\]:\s*(\S+)")
# A link or image written as HTML: MkDocs does not rewrite its address as it does a Markdown one, so on the site
# "foto.png" would be looked for next to the page's address (/dossiers/x/pagina/foto.png), and not found.
_RAW_LINK = re.compile(r"<\s*(img|a)(?=[\s/>])", re.IGNORECASE)
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:|^//")


@dataclass(frozen=True)
class Link:
    line: int
    target: str
    text: str
    is_image: bool


def links_in(source: Source) -> list[Link]:
    """The links and images in a page body, with their line numbers; code is skipped."""
    return list(_links_in(source.path, source))


@per_file  # the checks of every build ask for them
def _links_in(_path: str, source: Source) -> tuple[Link, ...]:
    found = []
    for offset, line in enumerate(mask_code(source.body).split("\n")):
        number = source.body_line + offset
        for match in _INLINE.finditer(line):
            found.append(Link(number, match.group(3).strip("<>"), match.group(2), match.group(1) == "!"))
        reference = _REFERENCE.match(line)
        if reference and not reference.group(1).startswith("^"):
            found.append(Link(number, reference.group(2).strip("<>"), reference.group(1), False))
    return tuple(found)


def raw_link_problems(source: Source) -> list[Problem]:
    """Links and images written as HTML tags instead of Markdown."""
    problems = []
    for offset, line in enumerate(mask_code(source.body).split("\n")):
        for match in _RAW_LINK.finditer(line):
            example = "![Beschrijving](foto.png)" if match.group(1).lower() == "img" else "[tekst](/pagina.md)"
            problems.append(Problem(source.path, source.body_line + offset, (
                f"schrijf deze {'afbeelding' if match.group(1).lower() == 'img' else 'link'} in Markdown, zoals "
                f"{example}, niet als HTML-tag <{match.group(1).lower()}>. Alleen dan klopt het adres op elke pagina "
                "en in de pdf, en controleert de build of het bestaat.")))
    return problems


def is_internal(target: str) -> bool:
    return not _SCHEME.match(target)


def resolve(from_uri: str, target: str) -> tuple[str, str]:
    """The site path and anchor a link points to; "/x.md" is from the site root, as in MkDocs."""
    path, _, anchor = target.partition("#")
    path = unquote(path)  # "foto%20met%20spaties.png" is the file "foto met spaties.png", as for MkDocs
    if not path:
        return from_uri, anchor
    joined = path.lstrip("/") if path.startswith("/") else posixpath.join(posixpath.dirname(from_uri), path)
    resolved = posixpath.normpath(joined)
    if path.endswith("/"):
        resolved += "/index.md"
    return ("" if resolved == "." else resolved), anchor


class LinkChecker:
    """Checks links against the site's files and the anchors of its rendered pages."""

    def __init__(self, site_uris: set[str], anchors: Mapping[str, Set[str]]):
        self.site_uris = site_uris
        self.anchors = anchors

    def check(self, site_uri: str, source: Source, related: Sequence[str] = ()) -> list[Problem]:
        problems = []
        for link in links_in(source):
            if is_internal(link.target):
                message = self._problem(site_uri, link)
                if message:
                    problems.append(Problem(source.path, link.line, message))
        for target in related:
            uri, _ = resolve(site_uri, target)
            if uri not in self.site_uris:
                problems.append(Problem(source.path, source.field_lines.get("gerelateerd", 1),
                                        f"'gerelateerd' noemt '{target}', maar die pagina bestaat "
                                        f"niet.{self._suggest(uri)}"))
        return problems

    def _problem(self, site_uri: str, link: Link) -> str | None:
        uri, anchor = resolve(site_uri, link.target)
        if link.is_image:
            if not link.text.strip():
                return (f"de afbeelding '{link.target}' heeft geen alt-tekst. Beschrijf in een paar woorden wat erop "
                        f"staat: ![Kaart van de wijk]({link.target})")
            if uri not in self.site_uris:
                return (f"de afbeelding '{link.target}' bestaat niet. Zet het bestand in dezelfde map als de pagina, "
                        "of verbeter de naam (let op hoofdletters).")
            return None
        if uri not in self.site_uris:
            stem = uri.removesuffix("/index.md")
            if stem + ".md" in self.site_uris or stem + "/index.md" in self.site_uris:
                return (f"de link naar '{link.target}' werkt niet: link naar het Markdown-bestand, met .md "
                        f"erachter.{self._suggest(uri)}")
            hint = "" if link.target.startswith("/") else (
                " Staat de pagina in een andere map? Link dan met het pad op de site, beginnend met /, "
                "bijvoorbeeld /dossiers/buurtkracht/abcd.md.")
            return (f"de link naar '{link.target}' werkt niet: die pagina of dat bestand bestaat niet."
                    f"{self._suggest(uri)}{hint}")
        if anchor and uri in self.anchors and anchor not in self.anchors[uri]:
            close = difflib.get_close_matches(anchor, sorted(self.anchors[uri]), n=3, cutoff=0.5)
            hint = f" Bedoelt u {', '.join('#' + a for a in close)}?" if close else ""
            return (f"de link naar '{link.target}' werkt niet: de pagina heeft geen kop met het anker "
                    f"'#{anchor}'.{hint} "
                    "Een anker is de tekst van een kop in kleine letters, met streepjes in plaats van spaties.")
        return None

    def _suggest(self, uri: str) -> str:
        return suggest(uri, self.site_uris)


def suggest(uri: str, site_uris: set[str]) -> str:
    """The existing file whose name is closest to the missing one, if any is close."""
    by_name: dict[str, str] = {}
    for candidate in sorted(site_uris):
        by_name.setdefault(posixpath.basename(candidate), candidate)
    match = difflib.get_close_matches(posixpath.basename(uri), list(by_name), n=1, cutoff=0.75)
    return f" Bedoelt u '/{by_name[match[0]]}'?" if match else ""
