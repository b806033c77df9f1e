"""`make bench`: our build, preview, PDF, search and page weight, side by side with plain MkDocs + Material,
in one run; the table is printed and written to bench/RESULTS.md.

    .venv/bin/python -m bench.run                       # 200, 1,000 and 3,000 pages (about 30 minutes)
    .venv/bin/python -m bench.run --sizes 12 --quick --output /tmp/r.md   # a quick check (make test)
"""
from __future__ import annotations

import argparse
import datetime
import os
import platform
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from bench import pdf, preview, search, site_weight, sites, weight  # noqa: E402
from bench.measure import mkdocs_build  # noqa: E402

PYTHON = sys.executable
PREVIEW_PAGES = (1000, 3000)  # the preview is measured at these sizes (or at the smallest size asked for)
GOALS = {"build": {200: "≤ 1,5 × plain", 3000: "≤ 0,4 × plain"}, "build_cold": {3000: "≤ 1,5 × plain"},
         "memory": {3000: "≤ 2 × plain"}, "preview": {1000: "≤ 0,5 s", 3000: "≤ 1,0 s"},
         "preview_search": {3000: "≤ 3 s"}, "pdf": "≤ 2 s per 100 pagina's",
         "articles": "≤ 0,25 × kale WeasyPrint",
         "search_kb": "≤ 300 KB bij 3.000", "search_ms": "≤ 300 ms (warm)", "weight": "≤ 250 KB"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", nargs="+", type=int, default=[200, 1000, 3000])
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "RESULTS.md")
    parser.add_argument("--quick", action="store_true", help="one round, one edit, the book once: for make test")
    arguments = parser.parse_args()
    rows = []
    preview_sizes = [size for size in arguments.sizes if size in PREVIEW_PAGES] or [min(arguments.sizes)]
    for pages in arguments.sizes:
        rows += build_rows(pages, arguments.quick, with_preview=pages in preview_sizes)
    rows += pdf_rows(arguments.quick)
    rows += weight_rows()
    table = render(rows)
    print(table)
    arguments.output.write_text(report(table, arguments), encoding="utf-8")
    print(f"\nGeschreven: {arguments.output}")


def build_rows(pages: int, quick: bool, with_preview: bool) -> list[tuple]:
    print(f"== {pages} pagina's", flush=True)
    ours = sites.synthetic(pages)
    plain = sites.plain(ours)
    cold = mkdocs_build(ours, PYTHON)  # .cache/pdf is empty: every PDF is made
    warm = mkdocs_build(ours, PYTHON)  # site/ cleaned again; PDFs from the cache, as in CI with its cache
    baseline = mkdocs_build(plain, PYTHON)
    pdf_seconds = float(re.search(r"Downloads klaar in ([\d.]+) s", cold.output)[1])
    print(f"  ons {cold.seconds:.1f} s (pdf's {pdf_seconds:.1f} s), met pdf-cache {warm.seconds:.1f} s; "
          f"plain {baseline.seconds:.1f} s", flush=True)
    rows = [
        (f"Build {pages} p., alle pdf's nieuw", f"{cold.seconds:.1f} s (pdf's {pdf_seconds:.1f} s)",
         f"{baseline.seconds:.1f} s", f"{cold.seconds / baseline.seconds:.2f} ×", GOALS["build_cold"].get(pages, "")),
        (f"Build {pages} p., pdf's uit cache", f"{warm.seconds:.1f} s", f"{baseline.seconds:.1f} s",
         f"{warm.seconds / baseline.seconds:.2f} ×", GOALS["build"].get(pages, "")),
        (f"Build {pages} p., piekgeheugen, met kindprocessen: alle pdf's nieuw / uit cache",
         f"{cold.peak_mb:.0f} / {warm.peak_mb:.0f} MB", f"{baseline.peak_mb:.0f} MB",
         f"{cold.peak_mb / baseline.peak_mb:.2f} × / {warm.peak_mb / baseline.peak_mb:.2f} ×",
         GOALS["memory"].get(pages, "")),
    ]
    rows += site_weight.rows(pages, ours / "site", plain / "site")
    if with_preview:
        article = next(p.relative_to(ours).as_posix() for p in sorted((ours / "dossiers").rglob("pagina-*.md")))
        edits = 1 if quick else 3
        ours_preview = preview.measure(ours, article, preview.serve_command(), "pagefind/pagefind-entry.json", edits)
        plain_preview = preview.measure(plain, "docs/" + article, [PYTHON, "-m", "mkdocs", "serve", "--livereload"],
                                        "search/search_index.json", edits)
        rows += [(f"Preview {pages} p.: opslaan → pagina", f"{ours_preview['seconds']:.2f} s",
                  f"{plain_preview['seconds']:.2f} s", f"{ours_preview['seconds'] / plain_preview['seconds']:.2f} ×",
                  GOALS["preview"].get(pages, "")),
                 (f"Preview {pages} p.: opslaan → zoekindex", f"{ours_preview['search_seconds']:.2f} s",
                  f"{plain_preview['search_seconds']:.2f} s", "", GOALS["preview_search"].get(pages, "")),
                 (f"Preview {pages} p.: navigatie juist", "ja" if ours_preview["nav_ok"] else "nee",
                  "ja" if plain_preview["nav_ok"] else "nee", "", ""),
                 (f"Preview {pages} p.: eerste build", f"{ours_preview['first_build']:.1f} s",
                  f"{plain_preview['first_build']:.1f} s", "", "")]
    found = search.measure(ours / "site", pages, 1 if quick else 3)
    plain_kb = plain_search_kb(plain / "site")
    rows += [(f"Zoeken {pages} p.: eerste resultaat", f"{found['cold_kb']:.0f} KB, {found['cold_ms']:.0f} ms",
              f"{plain_kb:.0f} KB (bestanden)", f"{found['cold_kb'] / plain_kb:.2f} ×",
              GOALS["search_kb"] if pages == 3000 else ""),
             (f"Zoeken {pages} p.: warm", f"{found['warm_ms']:.0f} ms (p90 {found['warm_p90_ms']:.0f})", "—", "",
              GOALS["search_ms"])]
    return rows


def plain_search_kb(site: Path) -> float:
    """What plain Material's search downloads before its first result: its whole index, its worker and lunr
    (with the Dutch stemmer), gzip-compressed as served."""
    files = [site / "search" / "search_index.json", *(site / "assets" / "javascripts").glob("workers/search.*.js"),
             *(site / "assets" / "javascripts" / "lunr").glob("lunr.stemmer.support.*js"),
             *(site / "assets" / "javascripts" / "lunr" / "min").glob("lunr.nl.min.js")]
    return sum(len(search._compressed(path)) for path in files if path.is_file()) / 1000


def pdf_rows(quick: bool) -> list[tuple]:
    print("== e-book-pdf en artikel-pdf's", flush=True)
    rows = [(f"E-book-pdf {found['times']}× ({found['pages']} p.), Typst", f"{found['per_100']:.2f} s per 100 p.",
             f"kale WeasyPrint: {found['bare_per_100']:.2f} s", f"{found['per_100'] / found['bare_per_100']:.2f} ×",
             GOALS["pdf"]) for found in pdf.measure((1,) if quick else (1, 2, 4))]
    articles = pdf.measure_articles(10 if quick else 200)
    rows.append((f"Artikel-pdf's, {articles['count']} nieuw, Typst",
                 f"{articles['typst']:.1f} s na elkaar ({articles['build']:.1f} s naast elkaar)",
                 f"kale WeasyPrint, na elkaar: {articles['bare']:.1f} s",
                 f"{articles['typst'] / articles['bare']:.2f} ×", GOALS["articles"]))
    return rows


def weight_rows() -> list[tuple]:
    print("== gewicht van een artikel", flush=True)
    ours = sites.real()
    plain = sites.plain(ours)
    mkdocs_build(ours, PYTHON)
    mkdocs_build(plain, PYTHON)
    print("== zoekvragen per soort (echte site)", flush=True)
    recall = search.recall_per_kind(ours / "site")
    longest = max((ours / "dossiers").rglob("*.md"), key=lambda path: len(path.read_text(encoding="utf-8")))
    path = longest.relative_to(ours).with_suffix("").as_posix() + "/"
    mine, theirs = weight.measure(ours / "site", path), weight.measure(plain / "site", path)
    shutil.rmtree(ours.parent / "ours-echt" / ".cache", ignore_errors=True)
    return [(f"Artikel /{path}", f"{mine['kb']:.0f} KB, {mine['requests']} verzoeken",
             f"{theirs['kb']:.0f} KB, {theirs['requests']} verzoeken", f"{mine['kb'] / theirs['kb']:.2f} ×",
             GOALS["weight"]),
            ("Verzoeken naar andere hosts", ", ".join(mine["other_hosts"]) or "geen",
             ", ".join(theirs["other_hosts"]) or "geen", "", "geen")] + [
            (f"Zoeken: recall@5 {kind}", f"{score:.2f}", "—", "", "≥ 0,9") for kind, score in recall.items()]


def render(rows: list[tuple]) -> str:
    lines = ["| Meting | Kennisbank | MkDocs + Material (plain) | Verhouding | Doel |", "|---|---|---|---|---|"]
    lines += [f"| {' | '.join(row)} |" for row in rows]
    return "\n".join(lines)


def report(table: str, arguments) -> str:
    import material
    import mkdocs
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory = int(next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                      if line.startswith("MemTotal"))) / 1024 / 1024
    command = "make bench" if arguments.output == ROOT / "bench" / "RESULTS.md" else " ".join(sys.argv)
    return f"""# Benchmark: kennisbank naast plain MkDocs + Material

Gemeten op {datetime.date.today().isoformat()} met `{command}`
(`.venv/bin/python -m bench.run --sizes {' '.join(map(str, arguments.sizes))}`{' --quick' if arguments.quick else ''}).
Machine: {cpu}, {os.cpu_count()} kernen, {memory:.1f} GB geheugen; Python {platform.python_version()},
MkDocs {mkdocs.__version__}, Material {material.__version__}.

{table}

- **Build**: `mkdocs build --clean` als `make site`, op een synthetische Nederlandse site (`bench/corpus.py`);
  tijd, en piekgeheugen met kindprocessen: de grootste som van het geheugen (RSS) van de build en al zijn
  kindprocessen (de werkprocessen voor de pdf's), elke 50 ms gemeten in `/proc` (`bench/measure.py`).
  *Alle pdf's nieuw*: een lege `.cache/pdf`, zoals een eerste build; *pdf's uit cache*: de tweede build,
  zoals CI met zijn cache (een ongewijzigde pagina kost geen pdf-tijd). Plain: dezelfde Markdown in één
  docs-map, dezelfde thema-opties (met `navigation.prune`) en Markdown-extensies zonder de onze, Materials
  eigen zoekfunctie, geen hooks.
- **Preview**: het commando van `make serve` (`{' '.join(preview.serve_command())}`) en plain `mkdocs serve`;
  tijd van opslaan (een zin erbij in een artikel) tot de server de nieuwe pagina geeft (mediaan), en tot
  de zoekindex herschreven is. *Navigatie juist*: de nieuwe pagina heeft een menu zonder `None`.
- **Zoeken**: headless Chromium typt een zoekvraag in het zoekvak (`bench/search.py`); bytes over het
  netwerk vanaf het zoekvak tot het eerste resultaat, en ms van de laatste toets tot de resultaten. Plain:
  de bytes van zijn index, worker en lunr (gzip), uit de bestanden berekend.
- **E-book-pdf**: het e-book, 1×, 2× en 4× herhaald, met Typst zoals de build (getagd, PDF/UA-1), naast kale
  WeasyPrint (de vorige pdf-machine, zonder tags en zonder onze opmaak) op dezelfde HTML (`bench/pdf.py`).
- **Artikel-pdf's**: artikelen en interventies van de echte inhoud, elk een eigen pdf, met een lege cache zoals
  een eerste build: Typst na elkaar en naast elkaar (zoals de build: een werkproces per kern), kale WeasyPrint op
  dezelfde HTML na elkaar; de verhouding vergelijkt na elkaar met na elkaar. Elke meting in een nieuw proces
  (Typst onthoudt wat het al eens opmaakte).
- **Artikel**: het langste artikel van de echte inhoud in Chromium, koude cache, gzip zoals een host.
"""


if __name__ == "__main__":
    main()
