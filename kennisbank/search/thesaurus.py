"""What the thesaurus (synonyms.py) must be across its lines, the glossary's groups, and the words it lacks.

- every term is a word some page uses (else the group finds nothing);
- a word means one thing: it stands in one group's same-meaning words only;
- broader words do not go round in a circle (a is broader than b, b broader than a).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from kennisbank.content.frontmatter import Source
from kennisbank.content.glossary import load as load_glossary
from kennisbank.content.glossary import plain_text
from kennisbank.problems import Problem
from kennisbank.search.stopwords import stop_words
from kennisbank.search.synonyms import SYNONYMS_FILE, Group, load, member
from kennisbank.search.words import base_forms, source_words

GLOSSARY = "docs/begrippen.md"
_ALSO = re.compile(r"^\W*ook\W*:\s*(?P<terms>.+)$", re.IGNORECASE)
_HEADING = re.compile(r"^## (?P<text>.+)$")


def check(groups: list[Group], forms: frozenset[str]) -> list[Problem]:
    """forms: every word of the site's pages, with the base forms of each (site_forms)."""
    problems = []
    seen: dict[tuple[str, ...], int] = {}
    for group in groups:
        term = group.members[0]
        if not all(set(base_forms(word)) & forms for word in term.words):
            problems.append(Problem(SYNONYMS_FILE, group.line, f"'{term.text}' staat op geen enkele pagina, dus deze "
                                    "groep vindt niets. Kies als term het woord zoals de site het schrijft, of haal "
                                    "de regel weg."))
        for word in group.members:
            if word.words in seen:
                where = "ook al op deze regel" if seen[word.words] == group.line else f"al in regel {seen[word.words]}"
                problems.append(Problem(SYNONYMS_FILE, group.line, f"'{word.text}' staat {where}. Een woord hoort bij "
                                        "één groep: haal het hier weg, of voeg de groepen samen."))
            else:
                seen[word.words] = group.line
    problems += _circles(groups)
    return problems


def _circles(groups: list[Group]) -> list[Problem]:
    """Broader words that lead back to where they started, each circle once."""
    group_of = {word.words: group for group in groups for word in group.members}
    reported: set[int] = set()
    problems = []
    for start in groups:
        path, line = _circle_from(start, group_of)
        if path and line not in reported:
            reported.add(line)
            problems.append(Problem(SYNONYMS_FILE, line, "de bredere woorden gaan in een kring: "
                                    f"{' → '.join(path)}. Een breder woord kan niet ook smaller zijn: haal één "
                                    "'breder:' weg."))
    return problems


def _circle_from(start: Group, group_of: dict) -> tuple[list[str], int]:
    path, current, visited = [start.members[0].text], start, {start.line}
    frontier = [(start, path)]
    while frontier:
        current, path = frontier.pop()
        for broader in current.broader:
            target = group_of.get(broader.words)
            if target is None:
                continue
            if target.line == start.line:
                return [*path, broader.text], start.line
            if target.line not in visited:
                visited.add(target.line)
                frontier.append((target, [*path, broader.text]))
    return [], 0


def glossary_groups(root: Path, groups: list[Group]) -> list[Group]:
    """Groups from the glossary: the names of a term ("A of B") and its line "Ook: x, y". A word the thesaurus
    has already is left to it; the term's other words join it there."""
    path = Path(root) / GLOSSARY
    also = _also_lines(path)
    known = {word.words for group in groups for word in group.members}
    found = []
    for term in load_glossary(path):
        names = list(dict.fromkeys(member(name) for name in (*term.names, *also.get(term.names[0], ()))))
        anchors = [name for name in names if name.words in known][:1]
        new = [name for name in names if name.words and name.words not in known]
        if len({name.words for name in anchors + new}) >= 2 and new:
            found.append(Group(tuple(anchors + new), 0))
    return found


def _also_lines(path: Path) -> dict[str, list[str]]:
    """The words after "Ook:" under each glossary heading, by the heading's first name."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return {}
    found: dict[str, list[str]] = {}
    heading = None
    for line in lines:
        if match := _HEADING.match(line):
            heading = plain_text(match["text"]).split(" of ")[0].strip()
        elif heading and (match := _ALSO.match(plain_text(line))):
            found.setdefault(heading, []).extend(t.strip() for t in match["terms"].rstrip(".").split(",") if t.strip())
    return found


def unlisted(page_words: Iterable[Iterable[str]], groups: list[Group], stop: Iterable[str],
             at_least: int) -> list[tuple[str, int]]:
    """Words on at least that many pages that no group has (as a word or inside one), most frequent first."""
    listed = {form for group in groups for word in (*group.members, *group.broader, *group.related)
              for part in word.words for form in base_forms(part)}
    skip = set(stop)
    counts = Counter(word for words in page_words for word in set(words))
    return [(word, count) for word, count in counts.most_common()
            if count >= at_least and len(word) > 3 and word.isalpha() and word not in skip
            and not set(base_forms(word)) & listed]


def site_forms(page_words: Iterable[Iterable[str]]) -> frozenset[str]:
    # The distinct words first: a site of 3,000 pages has half a million words on its pages, a few thousand distinct.
    return frozenset(form for word in frozenset().union(*page_words) for form in base_forms(word))




def report(root: Path, sources: list[Source], at_least: int = 5, shown: int = 40) -> tuple[list[Problem], str]:
    """For `make check`: what is wrong with the thesaurus, and the frequent words of the site it lacks (information)."""
    groups, problems = load(root)
    page_words = [source_words(source) for source in sources]
    problems += check(groups, site_forms(page_words))
    missing = unlisted(page_words, groups, stop_words(), at_least)[:shown]
    text = (f"Woorden op minstens {at_least} pagina's zonder regel in {SYNONYMS_FILE} (ter informatie; voeg er een "
            "regel voor toe als lezers er andere woorden voor gebruiken):\n"
            + ", ".join(f"{word} ({count})" for word, count in missing)) if missing else ""
    return problems, text
