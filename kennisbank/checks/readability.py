"""A B1 plain-language report per page: sentence length, long words, passive voice, Flesch-Douma."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kennisbank.content import yaml_files
from kennisbank.content.frontmatter import Source
from kennisbank.content.markdown_text import mask_code
from kennisbank.problems import ContentError, Problem

THRESHOLDS_FILE = "leesbaarheid.yml"
_VOWEL_GROUP = re.compile(r"[aeiouyàáâäèéêëìíîïòóôöùúûü]+", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+(?:['’-][A-Za-zÀ-ÖØ-öø-ÿ]+)*")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ö\"'‘“(])")
_BLOCK_MARKUP = re.compile(r"^\s*(?:#{1,6}\s|[-*+]\s(?:\[[ xX]\]\s)?|\d+[.)]\s|>\s?|[!?]{3}\+?\s*\w+\s*|\[\^[^\]]+\]:)")
_INLINE_MARKUP = re.compile(r"!?\[([^\]]*)\]\([^)]*\)|\[\^[^\]]+\]|<[^>]+>|\{[^}]*\}|[*_~^=]{1,2}")
# The list of sources under this heading is citations, not prose: names, titles and web addresses.
_SOURCES_HEADING = re.compile(r"^#{2,6}\s+Bron(?:nen)?\s*(?:\{[^}]*\})?\s*$", re.IGNORECASE)
_WORDEN = re.compile(r"\b(?:word|wordt|worden|werd|werden)\b", re.IGNORECASE)
# A past participle: gedaan, gegeven, opgericht, betaald, verdeeld, ontvangen, herzien.
_PARTICIPLE = re.compile(r"\b(?:\w*ge|be|ver|ont|her|er)\w{2,}(?:d|t|n)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Thresholds:
    average_sentence: float
    longest_sentence: int
    long_word_share: float
    passive_share: float
    minimum_douma: float


@dataclass(frozen=True)
class Sentence:
    line: int
    words: list[str]


@dataclass(frozen=True)
class Report:
    path: str
    sentences: int
    average_sentence: float
    longest_sentence: int
    long_word_share: float
    passive_share: float
    douma: float


_THRESHOLD_NAMES = ("gemiddelde_zinslengte", "langste_zin", "aandeel_lange_woorden", "aandeel_lijdende_vorm",
                    "douma_minimaal")


def load_thresholds(root: Path) -> Thresholds:
    """The B1 limits; ContentError in Dutch when the file is missing or a limit is not a number."""
    _, data, unreadable = yaml_files.load(root, THRESHOLDS_FILE,
                                          f"Zet het terug uit Git: git checkout {THRESHOLDS_FILE}")
    if unreadable:
        raise ContentError(unreadable)
    if not isinstance(data, dict) or not all(isinstance(data.get(name), (int, float))
                                             and not isinstance(data.get(name), bool)
                                             for name in _THRESHOLD_NAMES):
        raise ContentError([Problem(THRESHOLDS_FILE, None, "elke grens moet er staan, met een getal: "
                                    + ", ".join(_THRESHOLD_NAMES) + ".")])
    return Thresholds(*(data[name] for name in _THRESHOLD_NAMES))


def syllables(word: str) -> int:
    return max(1, len(_VOWEL_GROUP.findall(word)))


def sentences(source: Source) -> list[Sentence]:
    """Sentences of the prose; headings, list items and table cells end where their line ends.
    The section 'Bron' or 'Bronnen' is left out: a list of sources is no prose to read at B1."""
    found: list[Sentence] = []
    paragraph: list[tuple[int, str]] = []
    in_sources = False

    def flush():
        if paragraph:
            line, text = paragraph[0][0], " ".join(part for _, part in paragraph)
            for piece in _SENTENCE_END.split(text):
                words = _WORD.findall(piece)
                if words:
                    found.append(Sentence(line, words))
            paragraph.clear()

    for offset, raw in enumerate(mask_code(source.body).split("\n")):
        number = source.body_line + offset
        if not raw.strip() or raw.lstrip().startswith("|"):
            flush()
            continue
        if raw.startswith("#"):
            in_sources = bool(_SOURCES_HEADING.match(raw))
        if in_sources:
            continue
        block = _BLOCK_MARKUP.match(raw)
        if block:
            flush()
        paragraph.append((number, _INLINE_MARKUP.sub(r"\1", raw[block.end():] if block else raw).strip()))
        if block and raw.lstrip().startswith("#"):
            flush()
    flush()
    return found


def report(source: Source) -> Report | None:
    found = sentences(source)
    words = [word for sentence in found for word in sentence.words]
    if not words:
        return None
    syllable_count = sum(syllables(word) for word in words)
    passive = sum(1 for s in found if _WORDEN.search(" ".join(s.words)) and _PARTICIPLE.search(" ".join(s.words)))
    average = len(words) / len(found)
    return Report(
        path=source.path,
        sentences=len(found),
        average_sentence=average,
        longest_sentence=max(len(s.words) for s in found),
        long_word_share=sum(1 for word in words if syllables(word) >= 4) / len(words),
        passive_share=passive / len(found),
        douma=206.835 - 0.93 * average - 77 * syllable_count / len(words),
    )


def warnings(source: Source, page: Report, limits: Thresholds) -> list[Problem]:
    problems = [Problem(source.path, s.line,
                        f"deze zin heeft {len(s.words)} woorden (de grens is {limits.longest_sentence}). "
                        "Maak er twee zinnen van.")
                for s in sentences(source) if len(s.words) > limits.longest_sentence]
    page_level = (
        (page.average_sentence > limits.average_sentence,
         f"de zinnen zijn gemiddeld {page.average_sentence:.1f} woorden lang (de grens is {limits.average_sentence}). "
         "Schrijf kortere zinnen."),
        (page.long_word_share > limits.long_word_share,
         f"{page.long_word_share:.0%} van de woorden heeft vier of meer lettergrepen (de grens is "
         f"{limits.long_word_share:.0%}). Kies waar het kan kortere woorden."),
        (page.passive_share > limits.passive_share,
         f"{page.passive_share:.0%} van de zinnen lijkt in de lijdende vorm te staan (de grens is "
         f"{limits.passive_share:.0%}). Zeg wie iets doet: 'de gemeente betaalt' in plaats van 'er wordt betaald'."),
        (page.douma < limits.minimum_douma,
         f"de leesbaarheidsscore (Flesch-Douma) is {page.douma:.0f}; dat is lager dan {limits.minimum_douma}. Kortere "
         "zinnen en woorden helpen."),
    )
    return problems + [Problem(source.path, None, text) for exceeded, text in page_level if exceeded]


def table(reports: list[Report], limits: Thresholds) -> str:
    rows = ["| pagina | zinnen | gem. zinslengte | langste zin | lange woorden | lijdende vorm | Douma |",
            "|---|---:|---:|---:|---:|---:|---:|"]
    for r in sorted(reports, key=lambda r: r.path):
        flag = lambda exceeded: " ⚠" if exceeded else ""  # noqa: E731
        rows.append(f"| {r.path} | {r.sentences} | "
                    f"{r.average_sentence:.1f}{flag(r.average_sentence > limits.average_sentence)} "
                    f"| {r.longest_sentence}{flag(r.longest_sentence > limits.longest_sentence)} "
                    f"| {r.long_word_share:.0%}{flag(r.long_word_share > limits.long_word_share)} "
                    f"| {r.passive_share:.0%}{flag(r.passive_share > limits.passive_share)} "
                    f"| {r.douma:.0f}{flag(r.douma < limits.minimum_douma)} |")
    return "\n".join(rows)
