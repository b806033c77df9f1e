"""The extra search words of one page: the heads of its compound words and the synonyms of what it says.

The page gets them as hidden metadata (see markup.py): Pagefind searches metadata, but never shows it in
an excerpt, and a match there ranks below a match in the text itself.
"""
from __future__ import annotations

from collections import defaultdict

from kennisbank.search.compounds import Splitter
from kennisbank.search.synonyms import Group, Member
from kennisbank.search.words import base_forms


class Expander:
    def __init__(self, splitter: Splitter, groups: list[Group]):
        self.splitter = splitter
        self.groups = groups
        # The only forms whose places in a text matter: those of the synonyms' words.
        self.synonym_forms = frozenset(form for group in groups for member in group.members
                                       for word in member.words for form in base_forms(word))

    def terms(self, tokens: list[str]) -> list[str]:
        """Words a reader may search for that a text (its folded words) has only inside a compound or as
        a synonym."""
        present = set(tokens)
        extra: dict[str, None] = {}
        for token in dict.fromkeys(tokens):
            for head in self.splitter.heads(token):
                if head not in present:
                    extra[head] = None
        positions = _positions(tokens, self.synonym_forms)
        for group in self._occurring(positions):
            for member in group.members:
                if not _occurs(member, positions):
                    extra[member.text] = None
        return list(extra)

    def related_terms(self, tokens: list[str]) -> list[str]:
        """The broader and related words of the groups a text has: a search for them finds it, lower down."""
        positions = _positions(tokens, self.synonym_forms)
        return list(dict.fromkeys(word.text for group in self._occurring(positions)
                                  for word in (*group.broader, *group.related)))

    def _occurring(self, positions: dict[str, set[int]]) -> list[Group]:
        return [group for group in self.groups if any(_occurs(member, positions) for member in group.members)]


def _positions(tokens: list[str], wanted: frozenset[str]) -> dict[str, set[int]]:
    """Where each word stands, under each wanted form it may be an inflection of (mantelzorgers: mantelzorger)."""
    found: dict[str, set[int]] = defaultdict(set)
    for number, token in enumerate(tokens):
        for form in base_forms(token):
            if form in wanted:
                found[form].add(number)
    return found


def _occurs(member: Member, positions: dict[str, set[int]]) -> bool:
    """Whether the member's words stand in the text one after the other, in any inflection."""
    first, *rest = member.words
    return any(all(start + offset + 1 in _at(word, positions) for offset, word in enumerate(rest))
               for start in _at(first, positions))


def _at(word: str, positions: dict[str, set[int]]) -> set[int]:
    return set().union(*(positions.get(form, ()) for form in base_forms(word)))
