"""One general contact address: on the colophon and the accessibility statement; while it is an example address,
`make site` says so in Dutch and the strict build still passes."""
from conftest import FIXTURE_FILES, ROOT, make_site, page, run_build

NOTICE = "LET OP  -  het algemene contactadres redactie@kennisbank.example.nl is nog een voorbeeld"


def test_the_placeholder_is_reported_without_failing_the_strict_build(real_build):
    assert real_build.returncode == 0
    assert NOTICE in real_build.output
    assert "WARNING" not in real_build.output


def test_the_colophon_and_the_accessibility_statement_give_the_address(real_build):
    for url in ("/colofon/", "/toegankelijkheid/"):
        html = real_build.html(url)
        assert ('<a href="mailto:redactie@kennisbank.example.nl">redactie@kennisbank.example.nl</a> '
                '<em class="kb-voorbeeldadres">(nog een voorbeeldadres)</em>') in html, url
        assert "<!-- contact -->" not in html


def test_a_real_address_gives_no_notice_and_a_broken_one_stops_the_build(tmp_path):
    files = {**FIXTURE_FILES, "docs/colofon.md": page(title="Over deze kennisbank",
                                                      body="Mail naar <!-- contact -->.\n")}
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    real = config.replace("email: redactie@kennisbank.example.nl\n    voorbeeld: true",
                          "email: redactie@kennisinstituut.nl\n    voorbeeld: false")
    assert real != config
    (tmp_path / "echt").mkdir()
    root = make_site(tmp_path / "echt", files)
    (root / "mkdocs.yml").write_text(real, encoding="utf-8")
    build = run_build(root)
    assert build.returncode == 0 and "LET OP" not in build.output
    html = build.html("/colofon/")
    assert '<a href="mailto:redactie@kennisinstituut.nl">redactie@kennisinstituut.nl</a>.' in html
    assert "voorbeeldadres" not in html

    (tmp_path / "kapot").mkdir()
    root = make_site(tmp_path / "kapot", files)
    (root / "mkdocs.yml").write_text(real.replace("redactie@kennisinstituut.nl", "redactie"), encoding="utf-8")
    build = run_build(root)
    assert build.returncode != 0 and "Traceback" not in build.output
    assert "mkdocs.yml: het algemene contactadres ontbreekt of is geen e-mailadres" in build.output
