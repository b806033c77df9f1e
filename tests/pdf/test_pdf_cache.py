"""An unchanged article costs no PDF time on a rebuild: PDFs come from .cache/pdf, keyed by their content."""
import re

from book_site import BOOK_FILES

from conftest import make_site, page, run_build


def rendered(build) -> int:
    match = re.search(r"Downloads klaar in [\d.]+ s: (\d+) pdf's gemaakt", build.output)
    assert match, build.output
    return int(match.group(1))


def test_a_rebuild_renders_only_what_changed(tmp_path):
    root = make_site(tmp_path, BOOK_FILES)
    first = run_build(root)
    assert first.returncode == 0, first.output
    assert rendered(first) == 4  # e-book, article, intervention, cards
    article = (first.site / "dossiers/buurtkracht/abcd/abcd.pdf").read_bytes()

    again = run_build(root)
    assert again.returncode == 0 and rendered(again) == 0
    assert (again.site / "dossiers/buurtkracht/abcd/abcd.pdf").read_bytes() == article

    (root / "docs/interventies/abcd.md").write_text(page("interventie", title="ABCD", body="Nieuwe tekst.\n"),
                                                    encoding="utf-8")
    changed = run_build(root)
    assert changed.returncode == 0 and rendered(changed) == 1
    assert len(list((root / ".cache/pdf").glob("*.pdf"))) == 4  # the old version of the intervention is gone
