"""The session reads a build's content once, and anew for the next build."""
import shutil
from pathlib import Path

from kennisbank.session import Session

ROOT = Path(__file__).resolve().parents[2]


def test_the_book_is_read_once_per_build(tmp_path):
    session = Session()
    assert session.book(tmp_path) is None  # no boek.yml: no e-book, and that answer is kept for this build
    (tmp_path / "ebook").mkdir()
    shutil.copy(ROOT / "ebook/boek.yml", tmp_path / "ebook/boek.yml")
    assert session.book(tmp_path) is None
    session.start_build()
    book = session.book(tmp_path)
    assert book is not None and book.title == "Stappen in buurt- en dorpskracht"
    (tmp_path / "ebook/boek.yml").write_text("titel: [kapot\n", encoding="utf-8")
    assert session.book(tmp_path) is book
    session.start_build()
    assert session.book(tmp_path) is None  # a boek.yml with errors: hooks/downloads.py reports them
