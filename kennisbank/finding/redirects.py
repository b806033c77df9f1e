"""Moved pages keep their old address: data/redirects.yml says where each old address now goes.

    # oud adres: nieuwe pagina (beide als pad op de site, zoals in een link)
    /dossiers/buurtkracht/buurtrechten.md: /dossiers/buurtkracht/buurthuis-overnemen.md

The build writes a small page at the old address that sends the reader on at once (no JavaScript needed).
"""
from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import TypeGuard

import yaml

from kennisbank.content import addresses, yaml_files
from kennisbank.content.links import resolve, suggest
from kennisbank.problems import Problem

REDIRECTS_FILE = "data/redirects.yml"
_EXAMPLE = "/dossiers/buurtkracht/oude-naam.md: /dossiers/buurtkracht/nieuwe-naam.md"


@dataclass(frozen=True)
class Redirect:
    old: str  # site path of the page that was there, e.g. "dossiers/buurtkracht/buurtrechten.md"
    new: str  # site path of the page it now is
    anchor: str  # a heading on the new page, or ""


def load(root: Path, site_uris: set[str]) -> tuple[list[Redirect], list[Problem]]:
    """The redirects, checked against the pages of the site (generated ones included)."""
    _, node, unreadable = yaml_files.compose(root, REDIRECTS_FILE, "Controleer dubbele punten, aanhalingstekens en "
                                             f"haakjes, en schrijf elke regel als: {_EXAMPLE}", optional=True)
    if node is None:
        return [], unreadable
    if not isinstance(node, yaml.MappingNode):
        return [], [Problem(REDIRECTS_FILE, node.start_mark.line + 1, f"schrijf elke regel als: {_EXAMPLE}")]
    pages = {addresses.url_path(uri): uri for uri in site_uris if uri.endswith(".md")}
    redirects: list[Redirect] = []
    problems: list[Problem] = []
    seen: dict[str, int] = {}  # address -> its line
    for key, value in node.value:
        line = key.start_mark.line + 1
        old = key.value if isinstance(key, yaml.ScalarNode) else None
        new = value.value if isinstance(value, yaml.ScalarNode) else None
        if not (_is_page_path(old) and _is_page_path(new)):
            problems.append(Problem(REDIRECTS_FILE, line, "schrijf het oude en het nieuwe adres als pad op de site, "
                                    f"eindigend op .md, met een dubbele punt ertussen: {_EXAMPLE}"))
            continue
        old_uri, _ = resolve("", old)
        new_uri, anchor = resolve("", new)
        address = addresses.url_path(old_uri)
        if address in seen:
            problems.append(Problem(REDIRECTS_FILE, line, f"'{old}' staat er twee keer in (ook op regel "
                                    f"{seen[address]}). Houd er één over."))
        elif _taken(address, site_uris):
            problems.append(Problem(REDIRECTS_FILE, line,
                                    f"op het adres '{old}' zet de site zelf al iets (een bestand, de zoekpagina of "
                                    "de feed). Daar kan geen doorverwijzing staan: haal de regel weg."))
        elif address in pages:
            problems.append(Problem(REDIRECTS_FILE, line, f"'{old}' is nog een pagina op de site "
                                    f"({pages[address]}), dus daar hoeft niemand doorgestuurd te worden. "
                                    "Haal de regel weg, of verwijder of verplaats eerst die pagina."))
        elif new_uri not in site_uris:
            problems.append(Problem(REDIRECTS_FILE, line,
                                    f"de nieuwe pagina '{new}' bestaat niet.{suggest(new_uri, site_uris)} "
                                    "Schrijf het pad op de site van een bestaande pagina, eindigend op .md."))
        else:
            redirects.append(Redirect(old_uri, new_uri, anchor))
        seen.setdefault(address, line)
    return redirects, problems


def html(target: str, title: str, canonical: str) -> str:
    """The page at the old address: it sends the reader on at once, and shows a link for when it does not."""
    return (
        '<!doctype html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n'
        "<title>Deze pagina is verhuisd</title>\n"
        '<meta name="robots" content="noindex">\n'
        f'<link rel="canonical" href="{escape(canonical)}">\n'
        f'<meta http-equiv="refresh" content="0; url={escape(target)}">\n'
        "</head>\n<body>\n"
        f'<p>Deze pagina is verhuisd naar <a href="{escape(target)}">{escape(title, quote=False)}</a>.</p>\n'
        "</body>\n</html>\n"
    )


def _taken(address: str, site_uris: set[str]) -> bool:
    """Whether the build writes something at this address, or inside it, other than a page."""
    first = address.split("/", 1)[0]
    own_page = f"{address}/index.html"  # the redirect's own page, once hooks/redirects.py has added it
    return first in addresses.RESERVED or any(uri == address or uri.startswith(address + "/") for uri in site_uris
                                    if not uri.endswith(".md") and uri != own_page)


def _is_page_path(text: str | None) -> TypeGuard[str]:
    return isinstance(text, str) and text.split("#")[0].endswith((".md", "/"))
