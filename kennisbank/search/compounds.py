"""Dutch compound words split into parts, so that a search for the last part finds the whole word.

A reader who types "organisatie" expects "vrijwilligersorganisatie"; Pagefind only matches the start
of a word. The splitter finds the parts in a dictionary: the words of the site itself, plus Debian's
Dutch word list (package hunspell-nl) when it is installed. Only the head (the last part, and the
longer tails) becomes a search word, and only when the site also uses it as a word of its own: a
query for the first part already matches by prefix, and modifiers and rare heads ("verschillen" is
no "vers" + "chillen") made searches worse. Measured on 22 Dutch queries (recall@5): Pagefind alone about
0.7; with the heads whose word also occurs alone in the site about 0.8; adding the modifiers too ("buurt"
from every "buurt*" word) added noise and hurt queries of more than one word.
"""
from __future__ import annotations

import functools
from collections.abc import Iterable
from pathlib import Path

from kennisbank.search.words import base_forms, fold

# Debian's Dutch word list (hunspell-nl, OpenTaal): one word a line, with flags after a slash.
HUNSPELL_DICTIONARY = Path("/usr/share/hunspell/nl_NL.dic")
MIN_PART = 4  # shorter parts ("ver", "aan", "les") split too many ordinary words
MIN_WORD = 2 * MIN_PART
LINKS = ("s", "e", "en")  # what Dutch puts between parts: vrijwilliger-s-organisatie, pann-en-koek


class Splitter:
    def __init__(self, dictionary: Iterable[str], heads: Iterable[str]):
        self.dictionary = frozenset(dictionary)  # what parts may be
        self.known_heads = frozenset(heads)  # what heads may be: words readers find on the site
        # A cache per splitter, not one on the class: that would keep every build's splitter (and its
        # dictionary) alive for as long as a preview runs.
        self.split = functools.lru_cache(maxsize=65536)(self._split)

    def is_word(self, part: str) -> bool:
        return any(form in self.dictionary for form in base_forms(part))

    def _split(self, word: str) -> tuple[str, ...]:
        """The parts of a folded word, each with the link after it, fewest parts first; the word alone
        when it is no compound. The parts together are the word: vrijwilligers|organisatie."""
        if len(word) < MIN_WORD or not word.isalpha():
            return (word,)
        # best[i]: the fewest parts that make up word[i:]; None where word[i:] cannot be split.
        best: list[tuple[str, ...] | None] = [None] * (len(word) + 1)
        for start in range(len(word) - MIN_PART, -1, -1):
            for end in range(start + MIN_PART, len(word) + (1 if start else 0)):  # the whole word is no split
                if not self.is_word(word[start:end]):
                    continue
                candidates: list[tuple[str, ...]]
                if end == len(word):
                    candidates = [(word[start:],)]
                else:
                    nexts = [end, *(end + len(link) for link in LINKS if word.startswith(link, end))]
                    rests = [(after, best[after]) for after in nexts if after < len(word)]
                    candidates = [(word[start:after], *rest) for after, rest in rests if rest is not None]
                for candidate in candidates:
                    current = best[start]
                    if current is None or _preference(candidate) < _preference(current):
                        best[start] = candidate
        parts = best[0]
        return parts if parts is not None and len(parts) > 1 else (word,)

    def heads(self, word: str) -> list[str]:
        """The tails of a compound that readers search for: zorgsteunpunt -> steunpunt, punt."""
        parts = self.split(word)
        tails = ("".join(parts[number:]) for number in range(1, len(parts)))
        return [tail for tail in tails if any(form in self.known_heads for form in base_forms(tail))]


def _preference(parts: tuple[str, ...]) -> tuple[int, int]:
    """Fewest parts first; then the longest first part (buurt|huizen, not buur|thuizen)."""
    return len(parts), -len(parts[0])


def hunspell_words(path: Path = HUNSPELL_DICTIONARY) -> frozenset[str]:
    """The common words (not names) of a hunspell dictionary, folded; empty when it is not installed."""
    try:
        stat = Path(path).stat()
    except OSError:
        return frozenset()
    return _read_hunspell(Path(path), stat.st_mtime_ns)


@functools.lru_cache(maxsize=2)
def _read_hunspell(path: Path, _mtime: int) -> frozenset[str]:
    found = set()
    with path.open(encoding="utf-8", errors="replace") as lines:
        next(lines, None)  # the first line is the number of words
        for line in lines:
            word = line.split("/", 1)[0].strip()
            if len(word) >= MIN_PART and word.isalpha() and word.islower():
                found.add(fold(word))
    return frozenset(found)
