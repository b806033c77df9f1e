from pathlib import Path

import pytest

from kennisbank.content import schema, vocabulary
from kennisbank.content.frontmatter import Source

VOCABULARY = vocabulary.load(Path(__file__).resolve().parents[2])
ARTICLE = {"title": "Titel", "description": "Samenvatting.", "type": "artikel", "themas": ["leefbaarheid"],
           "doelgroepen": ["gemeenten"], "datum": "2026-11-28"}


def messages(**changes):
    meta = {**ARTICLE, **changes}
    meta = {key: value for key, value in meta.items() if value is not None}
    lines = {key: number for number, key in enumerate(meta, start=2)}
    return [p.message for p in schema.validate(Source("x.md", meta, lines), VOCABULARY)]


def test_a_valid_article_has_no_problems():
    assert messages() == []


@pytest.mark.parametrize("changes, expected", [
    ({"type": None}, "het veld 'type' ontbreekt"),
    ({"type": "kaartje"}, "Bedoelt u 'kaart'?"),
    ({"themas": None}, "het veld 'themas' ontbreekt"),
    ({"themas": "leefbaarheid"}, "moet een lijst zijn"),
    ({"themas": []}, "moet een lijst zijn met minstens één waarde"),
    ({"themas": ["leefbaarheid", "leefbaarheid"]}, "staat een waarde twee keer"),
    ({"doelgroepen": ["gemeente"]}, "de doelgroep 'gemeente' bestaat niet in vocabulaire.yml. Bedoelt u 'gemeenten'?"),
    ({"datum": "28-11-2026"}, "geen geldige datum"),
    ({"datum": "2026-02-30"}, "geen geldige datum"),
    ({"title": ""}, "is leeg"),
    ({"title": "x" * 71}, "de titel is 71 tekens lang"),
    ({"menutitel": "x" * 26}, "'menutitel' is 26 tekens lang"),
    ({"hoofdstuk": 1}, "het veld 'hoofdstuk' hoort niet bij het type artikel"),
    ({"gerelateerd": ["abcd"]}, "eindigend op .md"),
])
def test_each_kind_of_mistake_has_its_own_message(changes, expected):
    assert any(expected in message for message in messages(**changes)), messages(**changes)


def test_a_chapter_number_must_be_a_positive_whole_number():
    chapter = {"title": "H", "description": "D", "type": "hoofdstuk"}
    for wrong in (0, "twee", True, 1.5):
        problems = schema.validate(Source("x.md", {**chapter, "hoofdstuk": wrong}), VOCABULARY)
        assert problems and "heel getal" in problems[0].message


def test_recognition_level_only_from_the_vocabulary():
    assert "erkenningsniveau 'bewezen'" in " ".join(messages(type="interventie", erkenning="bewezen"))
