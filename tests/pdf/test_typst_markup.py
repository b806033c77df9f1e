"""Author text in the PDFs is text, never Typst code: hostile input comes out of the PDF letter for letter, and the
PDF is made from our own files only (kennisbank/downloads/typst_markup.py, pdf.py)."""
from html import escape
from pathlib import Path

import pytest
from pdf_helpers import squeeze, text

from kennisbank.content.entries import Entry
from kennisbank.downloads import documents, markup
from kennisbank.downloads.pdf import Job, PdfWriter
from kennisbank.problems import ContentError

ROOT = Path(__file__).resolve().parents[2]
SITE = "https://kennisbank.example.nl/"
HOSTILE = [
    '#read("/etc/passwd")', "#sys.inputs", '#import "@preview/cetz:0.3.0": *', '#include "geheim.typ"',
    "$x^2$ en $ a $", "C:\\\\map\\\\bestand \\u{41} \\", "] #[", "// geen commentaar", "/* ook niet */",
    "<label> @label", "= geen kop", "- geen lijst", "+ geen opsomming", "*niet vet* _niet schuin_", "`code`",
    '" \'"', "~ -- --- ... -?", "#{ panic() }", "https://example.org/niet-automatisch",
]


def article(body: str, images: dict[str, Path] | None = None) -> documents.Document:
    entry = Entry("proef.md", "docs/proef.md", "artikel", "Proef #sys $x$", "Proef #sys $x$", "Over #read")
    page = markup.RenderedPage("docs/proef.md", "proef/", entry, body)
    [section] = markup.sections([(page, "a-")], SITE, images or {})
    return documents.article(section, "Kennisbank #set", SITE + "proef/", "Artikel", "1 mei 2026")


def render(document: documents.Document, tmp_path: Path, readable: Path | None = None) -> Path:
    target = tmp_path / "proef.pdf"
    with PdfWriter(ROOT / "docs/assets/fonts", tmp_path / "cache", [readable or tmp_path]) as writer:
        writer.write(Job(document, target, "docs/proef.md"))
    return target


def test_hostile_text_is_printed_as_written(tmp_path):
    paragraphs = "".join(f"<p>{escape(case)}</p>" for case in HOSTILE)
    table = f"<table><tr><th>{escape('] [')}</th></tr><tr><td>{escape('#sys')}</td></tr></table>"
    rest = (f"<ul><li>{escape('#read(x)')}</li></ul><h2 id=\"kop\">{escape('# $ ]')}</h2>"
            f"<p><a href=\"https://example.org/?a=&quot;)#x\">{escape('link #1')}</a> <code>{escape('#x ]')}</code></p>"
            f"<blockquote><p>{escape('$ citaat $')}</p></blockquote>")
    found = squeeze(text(render(article(paragraphs + table + rest), tmp_path)))
    for case in [*HOSTILE, "] [", "#sys", "#read(x)", "# $ ]", "link #1", "#x ]", "$ citaat $", "Proef #sys $x$"]:
        assert squeeze(case) in found, case
    assert "root:" not in found  # nothing of /etc/passwd


def test_an_image_is_copied_in_and_nothing_else_is_readable(tmp_path):
    from PIL import Image

    content = tmp_path / "inhoud"
    content.mkdir()
    Image.new("RGB", (30, 20), (11, 85, 112)).save(content / "kaart.png")
    document = article('<p><img alt="Een kaart" src="kaart.png"></p>', {"proef/kaart.png": content / "kaart.png"})
    assert list(document.images.values()) == ["afbeelding-1.png"]
    render(document, tmp_path, content)

    (tmp_path / "geheim.png").write_bytes((content / "kaart.png").read_bytes())
    (content / "link.png").symlink_to(tmp_path / "geheim.png")
    document = article('<p><img alt="Een kaart" src="link.png"></p>', {"proef/link.png": content / "link.png"})
    with pytest.raises(ContentError) as error:
        render(document, tmp_path, content)
    assert "ligt buiten de mappen van de site" in str(error.value.problems[0])


def test_a_file_outside_the_document_folder_cannot_be_read(tmp_path):
    """Even Typst code of our own (never an author's) reaches nothing but the document's own folder."""
    document = article("<p>Tekst.</p>")
    source = document.source + '\n#read("/etc/passwd")\n'
    with pytest.raises(ContentError) as error:
        render(documents.Document(source), tmp_path)
    message = str(error.value.problems[0])
    assert "docs/proef.md" in message and "kan niet goed worden gemaakt" in message


def test_strings_escape_what_typst_reads_in_them():
    from kennisbank.downloads.typst_markup import string

    assert string('a"b\\c\nd') == '"a\\"b\\\\c\\nd"'
    assert string('\\"); #read("x') == '"\\\\\\"); #read(\\"x"'


def test_every_tag_of_the_allow_list_is_printed(tmp_path):
    """Each tag the sanitiser lets through becomes Typst that compiles without a warning, and keeps its text."""
    from kennisbank.checks.html_policy import TAGS

    inline = sorted(TAGS - {"br", "col", "colgroup", "hr", "img", "input", "table", "tbody", "thead", "tfoot", "tr",
                            "td", "th", "caption", "li", "dd", "dt", "dl", "ol", "ul", "details", "summary",
                            "figure", "figcaption", "pre", "blockquote", "div", "h1", "h2", "h3", "h4", "h5", "h6",
                            "p", "label"})
    body = "".join(f"<p><{tag}>woord-{tag}</{tag}></p>" for tag in inline) + (
        "<h2>kop-twee</h2><h3>kop-drie</h3><h4>kop-vier</h4><h5>kop-vijf</h5><h6>kop-zes</h6><hr>"
        "<div><p>woord-div<br>na-br</p></div><blockquote><p>woord-blockquote</p></blockquote>"
        "<pre><code>woord-pre</code></pre><dl><dt>woord-dt</dt><dd>woord-dd</dd></dl>"
        "<ul><li>woord-ul</li></ul><ol start=\"3\"><li>woord-ol</li></ol>"
        "<details><summary>woord-summary</summary><p>woord-details</p></details>"
        "<figure><p>woord-figure</p><figcaption>woord-figcaption</figcaption></figure>"
        "<table><caption>woord-caption</caption><colgroup><col></colgroup><thead><tr><th colspan=\"2\">woord-th</th>"
        "</tr></thead><tbody><tr><td rowspan=\"2\">woord-td</td><td>x</td></tr><tr><td>y</td></tr></tbody>"
        "<tfoot><tr><td>woord-tfoot</td><td>z</td></tr></tfoot></table>"
        "<p><label>woord-label</label> <span lang=\"en\">woord-span-en</span></p>"
        "<h2></h2><p><a href=\"https://example.org/\"></a></p><ul><li></li></ul><table><tr><td></td></tr></table>"
        "<!-- catalogus -->")
    found = squeeze(text(render(article(body), tmp_path)))
    expected = [*(f"woord-{tag}" for tag in inline), "kop-twee", "kop-zes", "na-br", "woord-dd", "woord-ol",
                "woord-summary", "woord-details", "woord-figcaption", "woord-caption", "woord-th", "woord-td",
                "woord-tfoot", "woord-label", "woord-span-en"]
    assert [word for word in expected if squeeze(word) not in found] == []
    assert "catalogus" not in found  # a comment is not text
