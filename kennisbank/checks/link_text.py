"""Link texts that say where a link goes: no "klik hier", no bare web addresses."""
from __future__ import annotations

import re

from kennisbank.content.frontmatter import Source
from kennisbank.content.links import links_in
from kennisbank.content.markdown_text import mask_code
from kennisbank.problems import Problem

VAGUE = frozenset({"klik hier", "hier", "klik", "lees meer", "meer", "link", "deze link", "deze pagina",
                   "lees verder", "verder", "zie hier", "via deze link", "click here", "here", "read more"})
_BARE_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")


def check(source: Source) -> list[Problem]:
    problems = []
    for link in links_in(source):
        if link.is_image:
            continue
        text = link.text.strip().strip(".:!").strip()
        if text.casefold() in VAGUE:
            problems.append(Problem(source.path, link.line, f"de linktekst '{link.text}' zegt niet waar de link heen "
                                    "gaat. Gebruik woorden die het doel noemen, bijvoorbeeld: "
                                    "[Lees meer over ABCD](/dossiers/buurtkracht/abcd.md)."))
        elif _BARE_URL.match(text):
            problems.append(Problem(source.path, link.line, f"de linktekst is een kaal webadres ({text}). "
                                    "Schrijf in woorden waar de link heen gaat: [Website van de VNG](https://vng.nl)."))
    for offset, line in enumerate(mask_code(source.body).split("\n")):
        for match in _AUTOLINK.finditer(line):
            problems.append(Problem(source.path, source.body_line + offset, f"het webadres <{match.group(1)}> staat "
                                    "als kale link in de tekst. Schrijf in woorden waar de link heen gaat: "
                                    f"[Naam van de website]({match.group(1)})."))
    return problems
