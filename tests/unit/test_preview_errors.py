"""kennisbank/preview_errors.py: the page `make serve` shows while the build fails."""
import logging

from kennisbank import preview_errors


def test_the_page_shows_every_message_escaped_with_its_lines():
    html = preview_errors.page(["docs/a.md:3: het thema '<script>alert(1)</script>' bestaat niet",
                                "mkdocs.yml: schrijf bijvoorbeeld:\nextra:\n  contact: x"]).decode("utf-8")
    assert '<html lang="nl">' in html and "<h1>De site is niet gebouwd</h1>" in html
    assert "docs/a.md:3: het thema &#x27;&lt;script&gt;alert(1)&lt;/script&gt;&#x27; bestaat niet" in html
    assert "<script" not in html  # no script of its own, and none from a message
    assert "schrijf bijvoorbeeld:<br>\nextra:<br>\n  contact: x" in html


def test_the_build_messages_are_its_warnings_and_errors():
    messages = preview_errors.BuildMessages()
    logger = logging.getLogger("mkdocs.plugins.kennisbank.test")
    logger.addHandler(messages)
    try:
        logger.info("Alleen de gewijzigde pagina's opnieuw.")
        logger.warning("%s:%d: een waarschuwing", "docs/a.md", 4)
        logger.error("docs/b.md:1: een fout")
    finally:
        logger.removeHandler(messages)
    assert messages.messages == ["docs/a.md:4: een waarschuwing", "docs/b.md:1: een fout"]
