"""How long the e-book PDF takes, per 100 pages, for the book as it is and doubled and quadrupled.

    .venv/bin/python bench/pdf.py            # from the repository root; prints one line per size

The chapters are rendered with MkDocs as in a build (our hooks and Markdown extensions included) and then
repeated under new numbers. Timed: cleaning the HTML plus WeasyPrint, with an empty cache, as in a build
where the book changed; apart from that, the one-time start of the first PDF of a build (a one-chapter
book: loading fonts and stylesheets), which the other PDFs of the build share.
Beside it, in the same run, bare WeasyPrint on the same HTML and stylesheets: no tagging (PDF/UA), no cleaning,
WeasyPrint's own settings. The speed of this machine's processor varies by a quarter from one minute to the
next; the ratio to bare WeasyPrint does not.
Goal (issue 4): at most 6 s per 100 pages on the 2-core machine, growing linearly (bare WeasyPrint was
measured at about 5 s per 100 pages: a ratio of 1.2).
"""
from __future__ import annotations

import dataclasses
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pikepdf  # noqa: E402
import weasyprint  # noqa: E402
from mkdocs.config import load_config  # noqa: E402
from mkdocs.structure.files import get_files  # noqa: E402
from mkdocs.structure.pages import Page  # noqa: E402

from kennisbank.content import entries  # noqa: E402
from kennisbank.downloads import bookinfo, documents, markup  # noqa: E402
from kennisbank.downloads.pdf import PdfWriter  # noqa: E402
from kennisbank.downloads.publish import BOOK_FOLDER, FONTS_CSS, HERE  # noqa: E402


def rendered_chapters(config) -> list[markup.RenderedPage]:
    """The e-book's chapters as MkDocs renders them in a build (page.content), in chapter order."""
    files = config.plugins.on_files(get_files(config), config=config)
    chapters = sorted((entry for entry in entries.load(ROOT).entries if entry.type == "hoofdstuk"),
                      key=lambda entry: entry.chapter or 0)
    found = []
    for chapter in chapters:
        file = files.get_file_from_path(chapter.site_uri)
        page = Page(None, file, config)
        page.read_source(config)
        page.markdown = config.plugins.on_page_markdown(page.markdown, page=page, config=config, files=files)
        page.render(config, files)
        page.content = config.plugins.on_page_content(page.content, page=page, config=config, files=files)
        found.append(markup.RenderedPage(chapter.path, page.url, chapter, page.content))
    return found


def repeated(chapters: list[markup.RenderedPage], times: int) -> list[markup.RenderedPage]:
    copies = []
    for round_ in range(times):
        for page in chapters:
            number = (page.entry.chapter or 0) + 100 * round_
            url = page.url if round_ == 0 else f"{BOOK_FOLDER}/kopie-{round_}-{page.url.split('/')[-2]}/"
            copies.append(dataclasses.replace(page, url=url, entry=dataclasses.replace(page.entry, chapter=number)))
    return copies


def render(info, pages, site_url: str, fonts: Path) -> tuple[float, float, int, float, float]:
    """Seconds (wall clock and processor) for the e-book PDF of these pages, its page count, the seconds
    the first document of a build spends before (a one-chapter book: loading fonts and stylesheets), and the
    seconds of bare WeasyPrint for the same book."""
    stylesheets = [fonts, HERE / "print.css", HERE / "book.css"]
    with tempfile.TemporaryDirectory() as folder:
        writer = PdfWriter([path for path in fonts.parent.iterdir() if path.is_file()], Path(folder) / "cache",
                           [fonts.parent])

        def book_html(chosen: list[markup.RenderedPage]) -> str:
            sections = markup.sections([(page, f"h{page.meta['hoofdstuk']}-") for page in chosen], site_url, {})
            return documents.book(info, sections, site_url, site_url + "e-book/")

        started = time.perf_counter()
        writer.write(book_html(pages[:1]), Path(folder) / "eerste.pdf", stylesheets)
        setup = time.perf_counter() - started
        started, cpu = time.perf_counter(), time.process_time()
        html = book_html(pages)
        writer.write(html, Path(folder) / "boek.pdf", stylesheets)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        started = time.perf_counter()
        weasyprint.HTML(string=html, url_fetcher=writer.fetcher).write_pdf(
            Path(folder) / "kaal.pdf", stylesheets=[writer._stylesheet(path) for path in stylesheets],
            font_config=writer.fonts)
        bare = time.perf_counter() - started
        return seconds, cpu, len(pikepdf.open(Path(folder) / "boek.pdf").pages), setup, bare


def measure(sizes=(1, 2, 4)) -> list[dict]:
    """Per size of the book (1x, 2x, 4x): its pages and seconds per 100 pages; also printed."""
    config = load_config(str(ROOT / "mkdocs.yml"))
    info = bookinfo.load(ROOT)
    chapters = rendered_chapters(config)
    found = []
    for times in sizes:
        pages = repeated(chapters, times)
        # The best of two runs: other work on the machine only ever makes a run slower.
        runs = [render(info, pages, config.site_url, ROOT / FONTS_CSS) for _ in range(2)]
        seconds, cpu, count, setup, _ = min(runs)
        bare = min(run[4] for run in runs)
        print(f"{times}x boek: {len(pages)} hoofdstukken, {count} pagina's: {seconds:.1f} s ({cpu:.1f} s "
              "processortijd), "
              f"{100 * seconds / count:.2f} s per 100 pagina's (kale WeasyPrint {100 * bare / count:.2f} s); daarvoor "
              f"eenmalig {setup:.1f} s voor de eerste pdf van de build (lettertypen en stijlen laden)", flush=True)
        found.append({"times": times, "pages": count, "seconds": seconds, "per_100": 100 * seconds / count,
                      "bare_per_100": 100 * bare / count})
    return found


def main() -> None:
    measure()


if __name__ == "__main__":
    main()
