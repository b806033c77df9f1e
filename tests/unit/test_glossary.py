"""Glossary terms: read from the glossary page, explained the first time a page uses them, never in headings,
links or code."""
import markdown

from kennisbank.content import glossary
from kennisbank.html.glossary_extension import GlossaryExtension

GLOSSARY = """---
title: Begrippen
description: Korte uitleg.
type: pagina
---

Inleiding.

## ABCD

ABCD staat voor *Asset Based* Community Development. Zie [het artikel](/dossiers/abcd.md).

Lees meer: [ABCD](/dossiers/abcd.md)

## <span lang="en">Right to challenge</span>

De Engelse naam voor het uitdaagrecht.

## Dorpssteunpunt of zorgsteunpunt

Een punt waar vrijwilligers werken.

## Eigen kracht

Wat mensen zelf kunnen.

## Eigen Kracht-conferentie

Een plan met familie.

## Bronnen

- Een bron
"""


def render(tmp_path, text):
    path = tmp_path / "begrippen.md"
    path.write_text(GLOSSARY, encoding="utf-8")
    extensions = ["admonition", "toc", GlossaryExtension(bestand=str(path), pagina="/begrippen.md")]
    return markdown.markdown(text, extensions=extensions, extension_configs={"toc": {"permalink": True}})


def test_terms_are_the_level_2_headings_with_their_first_paragraph(tmp_path):
    path = tmp_path / "begrippen.md"
    path.write_text(GLOSSARY, encoding="utf-8")
    terms = {term.names: term for term in glossary.load(path)}
    assert list(terms) == [("ABCD",), ("Right to challenge",), ("Dorpssteunpunt", "zorgsteunpunt"), ("Eigen kracht",),
                           ("Eigen Kracht-conferentie",)]  # "Bronnen" holds a list, no definition
    assert terms["ABCD",].definition == "ABCD staat voor Asset Based Community Development. Zie het artikel."
    assert terms["Right to challenge",].anchor == "right-to-challenge"
    assert glossary.load(tmp_path / "bestaat-niet.md") == []


def test_only_the_first_use_on_a_page_is_explained(tmp_path):
    html = render(tmp_path, "Over ABCD.\n\nNog eens abcd en ABCD.\n")
    assert html.count('class="kb-begrip"') == 1
    assert ('<p>Over <span class="kb-begrip"><a aria-describedby="kb-begrip-abcd" href="/begrippen.md#abcd">ABCD</a>'
            '<span class="kb-begrip__uitleg" hidden="hidden" id="kb-begrip-abcd" role="tooltip">ABCD staat voor Asset '
            "Based Community Development. Zie het artikel.</span></span>.</p>") in html
    assert "<p>Nog eens abcd en ABCD.</p>" in html


def test_headings_links_and_code_are_left_alone(tmp_path):
    html = render(tmp_path, "## Over ABCD\n\n[ABCD](x.md), `ABCD`, <abbr title='x'>ABCD</abbr>\n\n"
                            "    ABCD in code\n\n!!! note \"ABCD\"\n    Tekst.\n")
    assert "kb-begrip" not in html.replace("Over ABCD", "")  # the heading "Over ABCD" is not the term's own heading


def test_longest_term_wins_and_a_spelling_counts_for_the_whole_term(tmp_path):
    html = render(tmp_path, "De Eigen Kracht-conferentie gaat uit van eigen kracht. Een zorgsteunpunt of "
                            "dorpssteunpunt.\n")
    assert '#eigen-kracht-conferentie">Eigen Kracht-conferentie</a>' in html
    assert '#eigen-kracht">eigen kracht</a>' in html
    # The second spelling is the same term, already explained.
    assert html.count("#dorpssteunpunt-of-zorgsteunpunt") == 1
    assert "zorgsteunpunt</a>" in html


def test_a_page_that_explains_the_term_itself_gets_no_tooltip_for_it(tmp_path):
    html = render(tmp_path, "## ABCD\n\nABCD is een aanpak. Eigen kracht telt.\n\n"
                            '## <span lang="en">Right to challenge</span>\n\nOver right to challenge.\n')
    assert "begrippen.md#abcd" not in html and "begrippen.md#right-to-challenge" not in html
    assert "begrippen.md#eigen-kracht" in html


def test_words_inside_other_words_or_compounds_are_not_terms(tmp_path):
    html = render(tmp_path, "ABCDE en ABCD-aanpak en NABCD.\n")
    assert "kb-begrip" not in html
