"""Issue 17 in the real search box: questions with stop words, which words were found, the section a result
opens at, and answers above overview pages."""
import pytest
from search_helpers import OPTIONS, page_of, reader, search_in_header, site  # noqa: F401

OVERVIEW = "Overzicht"  # kennisbank/search/facets.py: generated pages have no type of their own


def word_lines(reader) -> list[str]:
    return reader.locator(f"{OPTIONS} .kb-zoeken__woorden").all_inner_texts()


def test_a_question_in_plain_words_finds_the_pages_with_most_of_its_words(reader):
    found, summary = search_in_header(reader, "waarom stoppen vrijwilligers nooit")
    assert found, summary
    assert "al uw woorden" in summary and "gevonden:" in summary


def test_a_word_no_page_has_is_named_and_the_others_still_find_pages(reader):
    found, summary = search_in_header(reader, "buurthuis xqzzyplorf")
    assert "/dossiers/buurtkracht/buurthuis-overnemen/" in map(page_of, found[:5])
    assert "gevonden: ‘buurthuis’; niet gevonden: ‘xqzzyplorf’" in summary
    assert word_lines(reader) and all(line == "gevonden: ‘buurthuis’; niet gevonden: ‘xqzzyplorf’"
                                      for line in word_lines(reader))


def test_stop_words_alone_do_not_make_a_partial_match(reader):
    found, summary = search_in_header(reader, "xqzzyplorf van de")
    assert found == [] and summary.startswith("Geen resultaten voor ‘xqzzyplorf van de’.")


@pytest.mark.parametrize("query, section", [
    ("sponsoring in natura", "/e-book/geld-en-middelen/#sponsoring-in-natura"),
    ("wie betaalt de verzekering van vrijwilligers", "/e-book/uitvoeren-en-zichtbaar-worden/#verzekeringen"),
    ("opvolging regelen in het bestuur", "/e-book/volhouden/#opvolging-regelen"),
])
def test_a_result_opens_at_the_section_that_answers(reader, query, section):
    found, summary = search_in_header(reader, query)
    assert section in found[:5], f"{summary}\n" + "\n".join(found)
    assert reader.locator(f"{OPTIONS}[href='{section}'] .kb-zoeken__kop").count() == 1


def test_answers_come_before_an_overview_page_that_pagefind_scores_highest(reader):
    # The theme overview /themas/bewonersinitiatieven/ lists every page on the theme: by Pagefind's own score
    # it comes first for this word (a synonym of bewonersinitiatief, data/synoniemen.yml); for the same match
    # articles, chapters, interventions and cards go first.
    found, _ = search_in_header(reader, "burgerinitiatief")
    kinds = reader.locator(f"{OPTIONS} .kb-zoeken__soort").all_inner_texts()
    assert len(found) == 6 and not any(link.startswith("/themas/") for link in found), found
    assert not any(kind.startswith(OVERVIEW) for kind in kinds), kinds
