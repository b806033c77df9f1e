"""The book builder's own parts, without MkDocs: cleaning HTML, sizes, boek.yml, the offline fetcher."""
from pathlib import Path

import pytest

from kennisbank.content.entries import Entry
from kennisbank.downloads import bookinfo
from kennisbank.downloads.markup import RenderedPage, sections, to_html
from kennisbank.downloads.publish import Download, file_size, links_html
from kennisbank.problems import ContentError

SITE = "https://kennisbank.example.nl/"
ROOT = Path(__file__).resolve().parents[2]


def chapter(url: str, html: str, number: int = 1) -> RenderedPage:
    name = url.split('/')[-2]
    return RenderedPage(f"ebook/{name}.md", url, Entry(f"e-book/{name}.md", f"ebook/{name}.md", "hoofdstuk", "Titel",
                                                       "Titel", chapter=number), html)


def test_site_parts_go_details_open_and_ticks_stay():
    html = ('<h2 id="a">Kop<a class="headerlink" href="#a">¶</a></h2><script>x()</script><form><input></form>'
            '<details class="note"><summary>Meer</summary><p>Binnen</p></details>'
            '<ul class="task-list"><li><label><input type="checkbox" checked><span class="task-list-indicator">'
            '</span> Klaar</label></li></ul><p>Tekst<span hidden id="uitleg">weg</span> na</p>')
    [section] = sections([(chapter("e-book/een/", html), "h1-")], SITE, {})
    result = to_html(section.body)
    assert "¶" not in result and "script" not in result and "form" not in result and "weg" not in result
    assert '<div class="admonition note"><p class="admonition-title">Meer</p><p>Binnen</p></div>' in result
    assert 'class="task-list-indicator checked"' in result
    assert "<p>Tekst na</p>" in result


def test_ids_get_a_prefix_and_links_within_the_book_become_jumps():
    first = chapter("e-book/een/", '<h2 id="begin">Begin</h2><p id="fn:1">Noot</p><a href="#fn:1">1</a>')
    second = chapter("e-book/twee/", '<a href="../een/#begin">terug</a> <a href="../een/">een</a> '
                     '<a href="../../dossiers/abcd/#stap">abcd</a> <a href="https://movisie.nl/">web</a> '
                     '<a href="mailto:info@example.nl">mail</a>', 2)
    one, two = sections([(first, "h1-"), (second, "h2-")], SITE, {})
    assert 'id="h1-begin"' in to_html(one.body) and 'id="h1-fn-1"' in to_html(one.body)
    assert 'href="#h1-fn-1"' in to_html(one.body)
    links = [a.get("href") for a in two.body.iter("a")]
    assert links == ["#h1-begin", "#h1", f"{SITE}dossiers/abcd/#stap", "https://movisie.nl/", "mailto:info@example.nl"]


def test_a_reference_to_a_dropped_element_goes():
    html = '<a aria-describedby="uitleg" href="https://example.org/">term</a><span hidden id="uitleg">tooltip</span>'
    [section] = sections([(chapter("e-book/een/", html), "h1-")], SITE, {})
    assert "aria-describedby" not in to_html(section.body)


def test_images_become_local_files_and_missing_or_remote_ones_are_errors(tmp_path):
    image = tmp_path / "kaart.png"
    image.write_bytes(b"png")
    page = chapter("e-book/een/", '<img alt="Kaart" src="../kaart.png">')
    [section] = sections([(page, "h1-")], SITE, {"e-book/kaart.png": image})
    assert section.images == [image.resolve()]
    assert f'src="{image.resolve().as_uri()}"' in to_html(section.body)
    bad = chapter("e-book/een/", '<img alt="Weg" src="weg.png"><img alt="Web" src="https://example.org/a.png">')
    with pytest.raises(ContentError) as error:
        sections([(bad, "h1-")], SITE, {})
    messages = " | ".join(problem.message for problem in error.value.problems)
    assert "de afbeelding 'weg.png' bestaat niet" in messages
    assert "de afbeelding 'https://example.org/a.png' staat op een andere website" in messages


def test_a_jump_to_a_missing_heading_in_the_book_is_an_error():
    first = chapter("e-book/een/", "<p>Geen koppen</p>")
    second = chapter("e-book/twee/", '<a href="../een/#nergens">x</a>', 2)
    with pytest.raises(ContentError) as error:
        sections([(first, "h1-"), (second, "h2-")], SITE, {})
    [problem] = error.value.problems
    assert problem.path == "ebook/twee.md" and "geen kop met het anker '#nergens'" in problem.message


@pytest.mark.parametrize("size, text", [(512, "1 kB"), (85_400, "85 kB"), (999_499, "999 kB"), (999_500, "1,0 MB"),
                                        (2_345_678, "2,3 MB"), (12_000_000, "12,0 MB")])
def test_file_sizes_are_written_the_dutch_way(size, text):
    assert file_size(size) == text


def test_download_links_are_relative_to_the_page_and_say_type_and_size():
    downloads = [Download("e-book/boek.pdf", "Download het e-book", "PDF", 2_345_678),
                 Download("e-book/boek.epub", "Download het e-book", "EPUB", 310_000)]
    html = links_html(downloads, "e-book/volhouden/")
    assert 'href="../boek.pdf" type="application/pdf">Download het e-book (PDF, 2,3 MB)</a>' in html
    assert 'href="../boek.epub" type="application/epub+zip">Download het e-book (EPUB, 310 kB)</a>' in html


def test_boek_yml_is_read_and_checked(tmp_path):
    assert bookinfo.load(tmp_path) is None
    (tmp_path / "ebook").mkdir()
    (tmp_path / "ebook/boek.yml").write_text("titel: Boek\njaar: later\ntrefwoorden: buurt\n", encoding="utf-8")
    with pytest.raises(ContentError) as error:
        bookinfo.load(tmp_path)
    messages = [str(problem) for problem in error.value.problems]
    assert "ebook/boek.yml:1: het veld 'ondertitel' ontbreekt of is leeg. Vul het in, bijvoorbeeld: ondertitel: ..." \
        in messages
    assert "ebook/boek.yml:2: het veld 'jaar' moet een jaartal zijn, bijvoorbeeld: jaar: 2026" in messages
    assert any("'trefwoorden' moet een lijst woorden zijn" in message for message in messages)


def test_the_real_boek_yml_is_complete():
    info = bookinfo.load(Path(__file__).resolve().parents[2])
    assert info.language == "nl" and info.title == "Stappen in buurt- en dorpskracht"


def test_the_merged_fonts_are_the_same_bytes_every_time(tmp_path):
    """The PDFs embed them: two builds of one commit, on two machines or a second apart, give the same PDFs."""
    import subprocess
    import sys
    import time

    made = []
    for run in range(2):
        if run:
            time.sleep(1.1)  # font dates count in seconds
        script = ("import sys; from pathlib import Path; from kennisbank.downloads import typst_fonts; "
                  "print(typst_fonts.prepared(Path(sys.argv[1]), Path(sys.argv[2])))")
        fonts, cache = str(ROOT / "docs/assets/fonts"), str(tmp_path / str(run))
        folder = subprocess.run([sys.executable, "-c", script, fonts, cache],
                                check=True, capture_output=True, text=True, env={"PYTHONHASHSEED": str(run + 1)},
                                cwd=ROOT).stdout.strip()
        made.append({path.name: path.read_bytes() for path in sorted(Path(folder).iterdir())})
    assert made[0] and made[0] == made[1]
