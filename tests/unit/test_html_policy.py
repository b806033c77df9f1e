import pytest

from kennisbank import html_policy
from kennisbank.frontmatter import Source


def messages(body):
    return [p.message for p in html_policy.check(Source("x.md", body=body))]


@pytest.mark.parametrize("body", [
    '<abbr title="Wet maatschappelijke ondersteuning">Wmo</abbr>',
    '<span lang="en">right to challenge</span>',
    '<div class="grid" markdown>\n\nTekst\n\n</div>',
    "Gebruik <kbd>Ctrl</kbd>",
    "Een autolink <https://example.org> en <info@example.org>",
    "```html\n<script>alert(1)</script>\n```",
    "In code: `<iframe>`",
    "3 < 4 en 5 > 2",
])
def test_allowed(body):
    assert messages(body) == []


@pytest.mark.parametrize("body, expected", [
    ("<script>alert(1)</script>", "<script> is niet toegestaan"),
    ("<SCRIPT src=x>", "<script> is niet toegestaan"),
    ('<iframe src="https://example.org"></iframe>', "<iframe> is niet toegestaan"),
    ("<style>body{}</style>", "<style> is niet toegestaan"),
    ('<span onmouseover="x()">a</span>', "'onmouseover' in <span> voert code uit"),
    ('<span style="color:red">a</span>', "het attribuut 'style' in <span> is niet toegestaan"),
    ("<video src=a.mp4>", "<video> staat niet op de lijst"),
    ('[klik](javascript:alert(1))', "javascript:"),
    ('[tekst](pagina.md){ onclick="x()" }', "onclick="),
])
def test_forbidden(body, expected):
    assert any(expected in message for message in messages(body)), messages(body)
