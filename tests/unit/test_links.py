import pytest

from kennisbank.content.frontmatter import Source
from kennisbank.content.links import LinkChecker, links_in, resolve


@pytest.mark.parametrize("target, expected", [
    ("abcd.md", ("dossiers/buurtkracht/abcd.md", "")),
    ("abcd.md#stappen", ("dossiers/buurtkracht/abcd.md", "stappen")),
    ("#stappen", ("dossiers/buurtkracht/x.md", "stappen")),
    ("/e-book/volhouden.md", ("e-book/volhouden.md", "")),
    ("../vrijwillige-inzet/index.md", ("dossiers/vrijwillige-inzet/index.md", "")),
    ("../", ("dossiers/index.md", "")),
])
def test_resolve_is_relative_to_the_page_or_to_the_site_root(target, expected):
    assert resolve("dossiers/buurtkracht/x.md", target) == expected


def test_links_in_code_are_not_links():
    body = "[echt](a.md)\n\n```\n[code](b.md)\n```\n\nEn `[inline](c.md)` en ![foto](d.png \"titel\")\n\n[ref]: e.md\n"
    found = links_in(Source("x.md", body=body, body_line=10))
    assert [(link.line, link.target, link.is_image) for link in found] == [
        (10, "a.md", False), (16, "d.png", True), (18, "e.md", False)]


def test_checker_reports_pages_anchors_and_images():
    checker = LinkChecker({"a/x.md", "a/y.md", "a/foto.png"}, {"a/y.md": {"stappen"}})
    body = "[y](y.md#stappen) [z](z.md) [y](y.md#stapen) ![foto](foto.png) ![](foto.png) [web](https://example.org)\n"
    messages = [p.message for p in checker.check("a/x.md", Source("a/x.md", body=body))]
    assert len(messages) == 3
    assert "de link naar 'z.md' werkt niet" in messages[0]
    assert "geen kop met het anker '#stapen'. Bedoelt u #stappen?" in messages[1]
    assert "heeft geen alt-tekst" in messages[2]


def test_a_folder_link_asks_for_the_markdown_file():
    checker = LinkChecker({"a/x.md", "b/index.md"}, {})
    [problem] = checker.check("a/x.md", Source("a/x.md", body="[b](/b)\n"))
    assert "link naar het Markdown-bestand" in problem.message


def test_image_names_with_spaces_in_either_form_are_found():
    checker = LinkChecker({"a/pagina.md", "a/foto met spaties.png"}, {})
    for body in ("![Foto](<foto met spaties.png>)\n", "![Foto](foto%20met%20spaties.png)\n"):
        assert checker.check("a/pagina.md", Source("a/pagina.md", body=body)) == []
