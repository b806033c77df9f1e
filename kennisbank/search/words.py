"""Words as search sees them: folded (lower case, without diacritics), and the singular of a Dutch plural."""
from __future__ import annotations

import functools
import re
import sys
import unicodedata

from kennisbank.content.frontmatter import Source
from kennisbank.content.per_file import per_file

_WORD = re.compile(r"[^\W_]+")
_NOT_ASCII = re.compile(r"[^\x00-\x7f]+")
_VOWELS = frozenset("aeiou")
# Two vowels that make one sound: a syllable with one of them is long already (huizen, buren is not one).
_VOWEL_PAIRS = frozenset({"aa", "ee", "oo", "uu", "ei", "ij", "ui", "ou", "au", "eu", "oe", "ie"})


def fold(text: str) -> str:
    """Lower case without diacritics, as Pagefind compares words: 'Financiën' -> 'financien'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    # Diacritics are not ASCII: only the few runs of other characters are looked at one by one.
    return decomposed if decomposed.isascii() else _NOT_ASCII.sub(_without_diacritics, decomposed)


def _without_diacritics(run: re.Match) -> str:
    return "".join(char for char in run[0] if not unicodedata.combining(char))


def words(text: str) -> list[str]:
    """The folded words of a text; hyphens and apostrophes separate words ('Wmo-loket' -> wmo, loket).
    Each word is one object however often it occurs (interned): the build keeps every page's words, and at
    3,000 pages separate copies of the same few thousand words took a hundred megabytes."""
    return list(map(sys.intern, _WORD.findall(fold(text))))


def source_words(source: Source) -> frozenset[str]:
    """The folded words of a page's title and Markdown text (its source, not the built page)."""
    return _source_words(source.path, source)


@per_file  # every build asks for the words of every page
def _source_words(_path: str, source: Source) -> frozenset[str]:
    return frozenset(words(f"{source.meta.get('title', '')} {source.body}"))


@functools.lru_cache(maxsize=65536)
def base_forms(word: str) -> tuple[str, ...]:
    """The word and what it may be the plural or inflected form of, to look up in a word list.

    Rules of Dutch spelling, not a full grammar: more candidates than real forms is fine, because a
    candidate only counts when the word list has it ('huizen' -> huis, 'buren' -> buur, 'punten' -> punt).
    """
    forms = [word]
    if len(word) > 4 and word.endswith("s"):  # organisaties, vrijwilligers
        forms.append(word[:-1])
    if len(word) > 4 and word.endswith("en"):  # punten, gemeenten, huizen, bakken, buren
        forms += _undo_ending(word[:-2])
        forms.append(word[:-1])  # gemeenten -> gemeente
    elif len(word) > 4 and word.endswith("e"):  # vrijwillige, sociale
        forms += _undo_ending(word[:-1])
    return tuple(dict.fromkeys(forms))


def _undo_ending(stem: str) -> list[str]:
    """Undo what Dutch spelling does to a stem before -en or -e: doubled consonant, z/v, one long vowel."""
    forms = [stem]
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS:  # bakk -> bak
        forms.append(stem[:-1])
    last = {"z": "s", "v": "f"}.get(stem[-1], stem[-1])  # huiz -> huis, briev -> brief
    if last != stem[-1]:
        forms.append(stem[:-1] + last)
    # An open syllable hides a long vowel: bur(en) -> buur, rad(en) -> raad, sociale -> sociaal.
    if len(stem) > 2 and stem[-2] in _VOWELS and stem[-1] not in _VOWELS and stem[-3:-1] not in _VOWEL_PAIRS:
        forms.append(stem[:-1] + stem[-2] + last)
    return forms
