"""What the built site weighs as files: one article's HTML, all of site/, and the HTML per page. The sidebar
of a big section (kennisbank/finding/big_sections.py) keeps these flat as the site grows.

    .venv/bin/python -m bench.site_weight --sizes 1000 3000    # ours and plain, these rows only
    .venv/bin/python -m bench.site_weight --sizes 1000 3000 10000 --ours-only   # the cost per page at 10,000
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from bench import sites  # noqa: E402
from bench.measure import mkdocs_build  # noqa: E402

GOALS = {"article": "≤ 60 KB bij 3.000", "site": "≤ 250 MB bij 3.000", "per_page": "vlak van 1.000 tot 10.000"}


def measure(site: Path) -> dict:
    """site: a built site/ of a synthetic corpus (bench/corpus.py), ours or plain (same addresses)."""
    article = min(site.glob("dossiers/*/pagina-*/index.html"), key=lambda path: int(path.parent.name.split("-")[1]))
    files = [path for path in site.rglob("*") if path.is_file()]
    html = [path.stat().st_size for path in files if path.suffix == ".html"]
    return {"article_kb": article.stat().st_size / 1000, "site_mb": sum(path.stat().st_size for path in files) / 1e6,
            "html_kb_per_page": sum(html) / len(html) / 1000, "html_pages": len(html)}


def rows(pages: int, ours: Path, plain: Path | None) -> list[tuple]:
    """The table rows (bench/run.py) for one size, from the built sites (plain: None when not built)."""
    mine = measure(ours)
    theirs = measure(plain) if plain else None
    at_3000 = pages == 3000

    def compared(key: str, shown: str) -> tuple[str, str]:
        if theirs is None:
            return "—", ""
        return shown.format(theirs[key]), f"{mine[key] / theirs[key]:.2f} ×"

    return [
        (f"Artikel-HTML {pages} p.", f"{mine['article_kb']:.1f} KB", *compared("article_kb", "{:.1f} KB"),
         GOALS["article"] if at_3000 else ""),
        (f"site/ {pages} p.", f"{mine['site_mb']:.0f} MB", *compared("site_mb", "{:.0f} MB"),
         GOALS["site"] if at_3000 else ""),
        (f"HTML per pagina {pages} p.", f"{mine['html_kb_per_page']:.1f} KB ({mine['html_pages']} p.)",
         *compared("html_kb_per_page", "{:.1f} KB"), GOALS["per_page"]),
    ]


def main() -> None:
    from bench.run import PYTHON, render

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", nargs="+", type=int, default=[1000, 3000])
    parser.add_argument("--ours-only", action="store_true",
                        help="without plain MkDocs (its site grows with the square of its size: 10 GB at 10,000)")
    arguments = parser.parse_args()
    table = []
    for pages in arguments.sizes:
        ours = sites.synthetic(pages)
        mkdocs_build(ours, PYTHON)
        plain = None if arguments.ours_only else sites.plain(ours)
        if plain:
            mkdocs_build(plain, PYTHON)
        table += rows(pages, ours / "site", plain / "site" if plain else None)
        print(render(table), flush=True)


if __name__ == "__main__":
    main()
