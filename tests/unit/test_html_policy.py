from pathlib import Path

import pytest

from kennisbank.checks import html_policy
from kennisbank.content.frontmatter import Source
from kennisbank.html import rendering

ROOT = Path(__file__).resolve().parents[2]


def messages(body):
    """What the sanitiser would remove from the page as the site renders it."""
    return [p.message for p in html_policy.problems(Source("x.md", body=body), rendering.to_html(ROOT, body))]


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
    ('[klik](javascript:alert(1))', "'javascript:alert(1)' in <a href> is niet toegestaan"),
    ('[tekst](pagina.md){ onclick="x()" }', "'onclick' in <a> voert code uit"),
])
def test_forbidden(body, expected):
    assert any(expected in message for message in messages(body)), messages(body)
