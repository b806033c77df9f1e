"""What the built site weighs as files: one article's HTML, all of site/, and the HTML per page. The sidebar
of a big section (kennisbank/finding/big_sections.py) keeps these flat as the site grows.

    .venv/bin/python -m bench.site_weight --sizes 1000 3000    # ours and plain, these rows only
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


def rows(pages: int, ours: Path, plain: Path) -> list[tuple]:
    """The table rows (bench/run.py) for one size, from the built sites."""
    mine, theirs = measure(ours), measure(plain)
    at_3000 = pages == 3000
    return [
        (f"Artikel-HTML {pages} p.", f"{mine['article_kb']:.1f} KB", f"{theirs['article_kb']:.1f} KB",
         f"{mine['article_kb'] / theirs['article_kb']:.2f} ×", GOALS["article"] if at_3000 else ""),
        (f"site/ {pages} p.", f"{mine['site_mb']:.0f} MB", f"{theirs['site_mb']:.0f} MB",
         f"{mine['site_mb'] / theirs['site_mb']:.2f} ×", GOALS["site"] if at_3000 else ""),
        (f"HTML per pagina {pages} p.", f"{mine['html_kb_per_page']:.1f} KB ({mine['html_pages']} p.)",
         f"{theirs['html_kb_per_page']:.1f} KB ({theirs['html_pages']} p.)",
         f"{mine['html_kb_per_page'] / theirs['html_kb_per_page']:.2f} ×", GOALS["per_page"]),
    ]


def main() -> None:
    from bench.run import PYTHON, render

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", nargs="+", type=int, default=[1000, 3000])
    table = []
    for pages in parser.parse_args().sizes:
        ours = sites.synthetic(pages)
        plain = sites.plain(ours)
        mkdocs_build(ours, PYTHON)
        mkdocs_build(plain, PYTHON)
        table += rows(pages, ours / "site", plain / "site")
        print(render(table), flush=True)


if __name__ == "__main__":
    main()
