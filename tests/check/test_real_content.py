"""The shipped content passes `make check` without errors, and every page is in the B1 report."""
from check_helpers import run_check

from conftest import ROOT
from kennisbank.content import sources


def test_shipped_content_passes_make_check():
    code, output = run_check(ROOT)
    assert code == 0, "\n".join(line for line in output.splitlines() if "waarschuwing" not in line)
    pages, _ = sources.load(ROOT)
    missing = [page.file.path for page in pages if f"| {page.file.path} |" not in output]
    assert missing == []
