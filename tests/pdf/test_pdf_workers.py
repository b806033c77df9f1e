"""The article PDFs are made in worker processes (kennisbank/downloads/pdf.py, typst_worker.py): a document that
fails is reported in Dutch and the others are still written; one worker or two give the same bytes; a worker that
dies stops the build with a Dutch message, not a traceback or a hang."""
import os
import signal
from pathlib import Path

import pytest
from pdf_helpers import text

from kennisbank.content.entries import Entry
from kennisbank.downloads import documents, markup, typst_worker
from kennisbank.downloads.pdf import Job, PdfWriter
from kennisbank.problems import ContentError

ROOT = Path(__file__).resolve().parents[2]
SITE = "https://kennisbank.example.nl/"


def article(slug: str, body: str) -> documents.Document:
    entry = Entry(f"{slug}.md", f"docs/{slug}.md", "artikel", f"Over {slug}", f"Over {slug}", "Proef")
    page = markup.RenderedPage(f"docs/{slug}.md", f"{slug}/", entry, body)
    [section] = markup.sections([(page, "a-")], SITE, {})
    return documents.article(section, "Kennisbank", f"{SITE}{slug}/", "Artikel", "1 mei 2026")


def jobs(folder: Path, count: int) -> list[Job]:
    return [Job(article(f"stuk-{number}", f"<p>Tekst van stuk {number}.</p><ul><li>Een punt.</li></ul>"),
                folder / f"stuk-{number}.pdf", f"docs/stuk-{number}.md") for number in range(count)]


def writer(folder: Path, workers: int) -> PdfWriter:
    return PdfWriter(ROOT / "docs/assets/fonts", folder / "cache", [folder], workers=workers)


def test_a_bad_document_is_reported_and_the_others_are_written(tmp_path):
    good, bad = jobs(tmp_path, 2)
    broken = Job(documents.Document(bad.document.source + '\n#read("/etc/passwd")\n'), bad.target, bad.origin)
    with writer(tmp_path, 2) as pdfs, pytest.raises(ContentError) as error:
        pdfs.write_all([broken, good])
    [problem] = error.value.problems
    assert problem.path == "docs/stuk-1.md" and "kan niet goed worden gemaakt" in problem.message
    assert "Traceback" not in str(problem)
    assert not broken.target.exists()
    assert "Tekst van stuk 0." in text(good.target)
    assert pdfs.rendered == 1


def test_one_worker_and_two_give_the_same_bytes(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1777600000")  # as `make site` sets it: the last commit's date
    made = {}
    for workers in (1, 2):
        folder = tmp_path / str(workers)
        folder.mkdir()
        written = jobs(folder, 4)
        with writer(folder, workers) as pdfs:
            pdfs.write_all(written)
        assert pdfs.rendered == 4
        made[workers] = [job.target.read_bytes() for job in written]
    assert made[1] == made[2]
    assert len(set(made[1])) == 4  # four different documents, not one four times


def killed(*_: object) -> None:
    """Stands in for typst_worker.render in a worker process: the process is killed, as by the system when memory
    runs out."""
    os.kill(os.getpid(), signal.SIGKILL)


def test_a_worker_that_dies_stops_the_build_in_dutch(tmp_path, monkeypatch):
    monkeypatch.setattr(typst_worker, "render", killed)  # the worker imports this module and runs killed()
    with writer(tmp_path, 2) as pdfs, pytest.raises(ContentError) as error:
        pdfs.write_all(jobs(tmp_path, 3))
    [problem] = error.value.problems
    assert problem.path.startswith("docs/stuk-") and "stopte onverwacht" in problem.message
    assert "meld het dan aan de beheerders" in problem.message
    assert not list(tmp_path.glob("*.pdf"))


def test_a_pdf_cached_at_another_commit_is_made_again_with_this_commits_date(tmp_path, monkeypatch):
    """The PDF carries the last commit's date (SOURCE_DATE_EPOCH): the cache must not give an older commit's PDF."""
    made = []
    for epoch in ("1777600000", "1777700000"):
        monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
        [job] = jobs(tmp_path, 1)
        with writer(tmp_path, 1) as pdfs:
            pdfs.write_all([job])
        assert pdfs.rendered == 1, epoch
        made.append(job.target.read_bytes())
    assert made[0] != made[1]
