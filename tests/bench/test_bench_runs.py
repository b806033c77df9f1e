"""`make bench` works: on a tiny site it measures every row and writes the table. (No timings are checked:
the figures themselves are for bench/RESULTS.md.)"""
import re
import subprocess
import sys

from conftest import ROOT

ROWS = ("Build 12 p., alle pdf's nieuw", "Build 12 p., pdf's uit cache", "Build 12 p., piekgeheugen, met kindprocessen",
        "Preview 12 p.: opslaan → pagina",
        "Preview 12 p.: opslaan → zoekindex", "Preview 12 p.: navigatie juist", "Preview 12 p.: eerste build",
        "Artikel-HTML 12 p.", "site/ 12 p.", "HTML per pagina 12 p.",
        "Zoeken 12 p.: eerste resultaat", "Zoeken 12 p.: warm", "E-book-pdf 1×", "Artikel /dossiers/",
        "Verzoeken naar andere hosts", "Zoeken: recall@5 vragen in gewone woorden", "Zoeken: recall@5 lange passages")


def test_the_benchmark_runs_on_a_tiny_site_and_writes_every_row(tmp_path):
    output = tmp_path / "RESULTS.md"
    result = subprocess.run([sys.executable, "-m", "bench.run", "--sizes", "12", "--quick", "--output", str(output)],
                            cwd=ROOT, capture_output=True, text=True, timeout=1200, check=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    report = output.read_text(encoding="utf-8")
    assert "Machine:" in report and "MkDocs 1." in report
    rows = {line.split(" | ")[0].lstrip("| "): line for line in report.splitlines() if line.startswith("| ")}
    for name in ROWS:
        row = next((line for key, line in rows.items() if key.startswith(name)), None)
        assert row, (name, report)
        assert re.search(r"\d|ja|geen", row.split(" | ")[1]), row
    assert rows[next(key for key in rows if key.startswith("Preview 12 p.: navigatie juist"))].split(" | ")[1] == "ja"
    assert rows["Verzoeken naar andere hosts"].split(" | ")[1] == "geen"  # our site asks no other host
