from kennisbank.checks.footnotes import check
from kennisbank.content.frontmatter import Source


def test_a_reference_without_definition_is_reported_on_its_line():
    body = "Tekst.[^1] En meer.[^bron]\n\nNog een zin.[^3]\n\n[^1]: Uitleg.\n[^bron]: De bron.\n"
    [problem] = check(Source("ebook/x.md", body=body, body_line=8))
    assert (problem.path, problem.line) == ("ebook/x.md", 10)
    assert problem.message.startswith("de voetnoot [^3] wordt nergens uitgelegd")


def test_references_in_code_and_inside_a_definition_count_as_written():
    body = "Code: `[^x]`\n\n```\n[^y]\n```\n\nTekst.[^1]\n\n[^1]: Zie ook [^2].\n"
    problems = check(Source("x.md", body=body))
    assert [p.message.split(" wordt")[0] for p in problems] == ["de voetnoot [^2]"]


def test_a_page_with_defined_footnotes_has_no_problems():
    assert check(Source("x.md", body="Een.[^a] Twee.[^b]\n\n[^a]: A.\n[^b]: B.\n")) == []
