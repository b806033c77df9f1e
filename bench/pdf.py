"""How long the PDFs take with Typst, side by side with bare WeasyPrint in the same run.

    .venv/bin/python bench/pdf.py            # from the repository root; prints one line per measurement

E-book: the chapters are rendered with MkDocs as in a build (our hooks and Markdown extensions included) and then
repeated under new numbers (1x, 2x, 4x). Timed: cleaning the HTML, converting it to Typst and Typst's tagged
PDF/UA-1, with an empty cache, as in a build where the book changed; apart from that, the one-time start of the
first PDF of a build (preparing and loading the fonts), which the other PDFs of the build share.
Article PDFs: every article and intervention of the content, repeated to the number asked, each its own PDF, as
in a cold build: Typst one after the other (one worker process), and side by side as the build writes them (a
worker process per core); bare WeasyPrint one after the other. The ratio compares one after the other with one
after the other.
Beside each, bare WeasyPrint (the engine before Typst) on the same cleaned HTML: no tagging, no print stylesheet
of ours, WeasyPrint's own settings; only the fonts. The speed of this machine's processor varies by a quarter
from one minute to the next; the ratio does not.
Goal (issue 19): the e-book at most 2 s per 100 pages; the article PDFs of a cold 3,000-page build at most a
quarter of WeasyPrint's time.
"""
from __future__ import annotations

import dataclasses
import multiprocessing
import os
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pikepdf  # noqa: E402
import weasyprint  # noqa: E402
from mkdocs.config import load_config  # noqa: E402
from mkdocs.structure.files import get_files  # noqa: E402
from mkdocs.structure.pages import Page  # noqa: E402

from kennisbank.content import dates, entries  # noqa: E402
from kennisbank.downloads import bookinfo, documents, markup, typst_fonts  # noqa: E402
from kennisbank.downloads.pdf import Job, PdfWriter  # noqa: E402
from kennisbank.downloads.publish import BOOK_FOLDER, FONTS  # noqa: E402

FONTS_CSS = ROOT / FONTS / "fonts.css"


def rendered_pages(config, types: tuple[str, ...]) -> list[markup.RenderedPage]:
    """The pages of these types as MkDocs renders them in a build (page.content), chapters in chapter order."""
    files = config.plugins.on_files(get_files(config), config=config)
    chosen = sorted((entry for entry in entries.load(ROOT).entries if entry.type in types),
                    key=lambda entry: (entry.chapter or 0, entry.site_uri))
    found = []
    for entry in chosen:
        file = files.get_file_from_path(entry.site_uri)
        page = Page(None, file, config)
        page.read_source(config)
        page.markdown = config.plugins.on_page_markdown(page.markdown, page=page, config=config, files=files)
        page.render(config, files)
        page.content = config.plugins.on_page_content(page.content, page=page, config=config, files=files)
        found.append(markup.RenderedPage(entry.path, page.url, entry, page.content))
    return found


def repeated(chapters: list[markup.RenderedPage], times: int) -> list[markup.RenderedPage]:
    """The chapters times over, under new numbers. Every paragraph, item and cell of a copy ends in its round
    ("(2)"): Typst remembers what it has laid out, and a real book does not say everything twice."""
    copies = []
    for round_ in range(times):
        for page in chapters:
            number = (page.entry.chapter or 0) + 100 * round_
            url = page.url if round_ == 0 else f"{BOOK_FOLDER}/kopie-{round_}-{page.url.split('/')[-2]}/"
            html = page.html if round_ == 0 else _marked(page.html, round_ + 1)
            copies.append(dataclasses.replace(page, url=url, html=html,
                                          entry=dataclasses.replace(page.entry, chapter=number)))
    return copies


def _marked(html: str, number: int) -> str:
    """Each paragraph, list item and table cell ending in " (number)"."""
    for end in ("</p>", "</li>", "</td>"):
        html = html.replace(end, f" ({number}){end}")
    return html


def fresh(function: Callable, *arguments: object) -> dict:
    """function(*arguments) in a new Python process: Typst keeps what it laid out in memory, so a second run in
    the same process would be faster than any build."""
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(function, *arguments).result()


def bare_weasyprint(sections: list[markup.Section], target: Path) -> tuple[float, int]:
    """Seconds and pages of bare WeasyPrint for these sections as one HTML document, with only the fonts."""
    html = "".join(f"<section><h1>{section.page.title}</h1>{markup.to_html(section.body)}</section>"
                   for section in sections)
    started = time.perf_counter()
    weasyprint.HTML(string=f'<html lang="nl"><body>{html}</body></html>').write_pdf(
        target, stylesheets=[weasyprint.CSS(filename=str(FONTS_CSS))])
    return time.perf_counter() - started, len(pikepdf.open(target).pages)


def render_book(info, pages, site_url: str) -> dict:
    with tempfile.TemporaryDirectory() as folder, PdfWriter(ROOT / FONTS, Path(folder) / "cache", [ROOT]) as writer:

        def book(chosen: list[markup.RenderedPage]) -> tuple[documents.Document, list[markup.Section]]:
            sections = markup.sections([(page, f"h{page.entry.chapter}-") for page in chosen], site_url, {})
            return documents.book(info, sections, site_url, site_url + "e-book/"), sections

        started = time.perf_counter()
        typst_fonts.prepared(writer.fonts, writer.cache_dir / "fonts")
        setup = time.perf_counter() - started
        started = time.perf_counter()
        document, sections = book(pages)
        writer.write(Job(document, Path(folder) / "boek.pdf", "bench"))
        seconds = time.perf_counter() - started
        count = len(pikepdf.open(Path(folder) / "boek.pdf").pages)
        bare, bare_pages = bare_weasyprint(sections, Path(folder) / "kaal.pdf")
    return {"pages": count, "seconds": seconds, "setup": setup, "per_100": 100 * seconds / count,
            "bare_per_100": 100 * bare / bare_pages}


def measure(sizes=(1, 2, 4)) -> list[dict]:
    """Per size of the book (1x, 2x, 4x): its pages and seconds per 100 pages, Typst and bare WeasyPrint."""
    config = load_config(str(ROOT / "mkdocs.yml"))
    info = bookinfo.load(ROOT)
    chapters = rendered_pages(config, ("hoofdstuk",))
    found = []
    for times in sizes:
        pages = repeated(chapters, times)
        # The best of two runs: other work on the machine only ever makes a run slower.
        runs = [fresh(render_book, info, pages, config.site_url) for _ in range(2)]
        best = min(runs, key=lambda run: run["seconds"])
        best["bare_per_100"] = min(run["bare_per_100"] for run in runs)
        best["times"] = times
        print(f"{times}x boek: {len(pages)} hoofdstukken, {best['pages']} pagina's: Typst {best['seconds']:.2f} s, "
              f"{best['per_100']:.2f} s per 100 pagina's (kale WeasyPrint {best['bare_per_100']:.2f} s); daarvoor "
              f"eenmalig {best['setup']:.2f} s per build voor de lettertypen", flush=True)
        found.append(best)
    return found


def render_articles(pages: list[markup.RenderedPage], site_url: str, site_name: str, way: str) -> dict:
    """Seconds for the article PDFs of these pages with an empty cache: "typst" (one after the other), "build"
    (Typst as the build writes them, side by side) or "bare" (bare WeasyPrint, one after the other)."""
    with (tempfile.TemporaryDirectory() as folder,
          PdfWriter(ROOT / FONTS, Path(folder) / "cache", [ROOT], workers=1 if way == "typst" else None) as writer):
        if way != "bare":
            typst_fonts.prepared(writer.fonts, writer.cache_dir / "fonts")  # once per build, measured with the e-book
        started = time.perf_counter()
        jobs = []
        for number, page in enumerate(pages):
            [section] = markup.sections([(page, "a-")], site_url, {})
            if way == "bare":
                bare_weasyprint([section], Path(folder) / f"{number}.pdf")
                continue
            # A distinct address per copy: the cache would otherwise serve the repeats.
            published = page.entry.dates.published
            document = documents.article(section, site_name, f"{site_url}{page.url}{number}/", "Artikel",
                                         dates.in_words(published) if published else "")
            jobs.append(Job(document, Path(folder) / f"{number}.pdf", page.path))
        writer.write_all(jobs)
        return {way: time.perf_counter() - started}


def measure_articles(count: int = 100) -> dict:
    """count article PDFs, each made from an article or intervention of the content (repeated as needed; each
    copy's paragraphs end in its number, see repeated()), each way in a fresh process."""
    config = load_config(str(ROOT / "mkdocs.yml"))
    articles = rendered_pages(config, ("artikel", "interventie"))
    chosen = [dataclasses.replace(page, html=_marked(page.html, number))
              for number, page in ((number, articles[number % len(articles)]) for number in range(count))]
    found = {"count": count}
    for way in ("typst", "build", "bare"):
        found |= fresh(render_articles, chosen, config.site_url, config.site_name, way)
    print(f"{count} artikel-pdf's: Typst {found['typst']:.1f} s na elkaar ({found['build']:.1f} s naast elkaar, "
          f"als de build), kale WeasyPrint {found['bare']:.1f} s na elkaar: {found['typst'] / found['bare']:.2f} ×",
          flush=True)
    return found


def main() -> None:
    measure()
    measure_articles()


if __name__ == "__main__":
    main()
