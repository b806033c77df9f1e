"""Dutch spelling with hunspell and the project's own word list (warnings, not errors)."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from kennisbank.content.frontmatter import Source
from kennisbank.content.markdown_text import mask_code
from kennisbank.problems import Problem

WORD_LIST = "woordenlijst.txt"
DICTIONARY = "nl_NL"
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+(?:[-'’][A-Za-zÀ-ÖØ-öø-ÿ]+)*")  # hyphens kept, split in words()
# Parts of a line that are not Dutch prose: link targets, fragments marked as another language,
# HTML tags, attribute lists, admonition headers, footnote labels and web addresses (movisie.nl/...).
_NOT_PROSE = re.compile(
    r"\]\([^)]*\)|<(\w+)[^>]*\blang=\"(?!nl)[^\"]*\"[^>]*>.*?</\1>|<[^>]+>|\{[^}]*\}|^\s*[!?]{3}\+?\s*\w+"
    r"|^\s*\[\^?[^\]]*\]:|\[\^[^\]]*\]|\b[\w-]+(?:\.[\w-]+)*\.(?:nl|com|org|net|eu|be|bz|nu)\b(?:/\S*)?")


def available() -> bool:
    return shutil.which("hunspell") is not None


def prose_lines(source: Source) -> list[tuple[int, str]]:
    lines = [(source.body_line + offset, _NOT_PROSE.sub(" ", line))
             for offset, line in enumerate(mask_code(source.body).split("\n"))]
    for name in ("title", "description"):
        if isinstance(source.meta.get(name), str):
            lines.append((source.field_lines.get(name, 1), source.meta[name]))
    return lines


def words(text: str) -> list[str]:
    """The words to look up: a hyphenated word part by part ('EVC-procedure'); capitals (ABCD, VNG) are names."""
    parts = [part for word in _WORD.findall(text) for part in word.split("-")]
    return [part for part in parts if part and not (part.isupper() and len(part) > 1)]


def check(sources: list[Source], root: Path) -> list[Problem]:
    """A warning for each word hunspell does not know, on the first line where it stands in a page."""
    per_page = {source.path: prose_lines(source) for source in sources}
    vocabulary = {word for lines in per_page.values() for _, text in lines for word in words(text)}
    unknown = _unknown_words(sorted(vocabulary), Path(root) / WORD_LIST)
    problems = []
    for source in sources:
        reported = set()
        for line, text in per_page[source.path]:
            for word in words(text):
                if word in unknown and word not in reported:
                    reported.add(word)
                    problems.append(Problem(source.path, line, f"'{word}' staat niet in het Nederlandse woordenboek. "
                                            "Is het goed gespeld? Is het een naam of vakterm, zet het dan in "
                                            f"{WORD_LIST}."))
    return problems


def _unknown_words(candidates: list[str], word_list: Path) -> set[str]:
    command = ["hunspell", "-d", DICTIONARY, "-l"]
    if word_list.exists():
        command += ["-p", str(word_list)]
    result = subprocess.run(command, input="\n".join(candidates), capture_output=True, text=True, check=True)
    return set(result.stdout.split())
