"""`make check`: the build's checks plus spelling and a B1 report, per file and line, for authors.

    python -m kennisbank.check [--strikt] [--zonder-spelling]

Errors exit with 1; warnings only with --strikt.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import contacts, content, entries, overviews, readability, redirects, spelling
from .headings import anchors_in
from .links import LinkChecker
from .problems import Problem
from .search import thesaurus

ROOT = Path(__file__).resolve().parent.parent


def find_errors(root: Path, site_uris: set[str] | None = None) -> tuple[list[content.Page], list[Problem]]:
    """Every error in the content, links included (anchors as the headings make them), in one pass.

    site_uris: every file of the site, generated ones included; by default the source files and overview pages.
    """
    pages, errors = content.load(root)
    if site_uris is None:
        site_uris = {file.site_uri for file in content.source_files(root)} | overviews.site_uris(entries.load(root))
    anchors = {page.file.site_uri: anchors_in(page.source) for page in pages}
    checker = LinkChecker(site_uris, anchors)
    for page in pages:
        errors += checker.check(page.file.site_uri, page.source, page.source.meta.get("gerelateerd", []))
    if (Path(root) / contacts.CONTACTS_FILE).exists():
        errors += contacts.load(root)[1]
    errors += redirects.load(root, site_uris)[1]
    return pages, sorted(set(errors))


def run(root: Path, with_spelling: bool = True) -> tuple[list[Problem], list[Problem], str]:
    """Errors, warnings and the B1 report table for the site at root."""
    pages, errors = find_errors(root)

    warnings: list[Problem] = []
    sources = [page.source for page in pages]
    if with_spelling:
        if spelling.available():
            warnings += spelling.check(sources, root)
        else:
            warnings.append(Problem("(spelling)", None, "de spellingcontrole is overgeslagen: hunspell ontbreekt. "
                                    "Installeer het met: apt-get install hunspell hunspell-nl"))
    limits = readability.load_thresholds(root)
    reports = []
    for source in sources:
        report = readability.report(source)
        if report:
            reports.append(report)
            warnings += readability.warnings(source, report, limits)
    thesaurus_errors, unlisted_words = thesaurus.report(root, sources)
    table = readability.table(reports, limits) + (f"\n\n## Zoeken\n\n{unlisted_words}" if unlisted_words else "")
    return sorted(set(errors + thesaurus_errors)), sorted(set(warnings)), table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make check", description="Controleer de inhoud van de kennisbank.")
    parser.add_argument("--strikt", action="store_true", help="ook waarschuwingen laten de check mislukken")
    parser.add_argument("--zonder-spelling", action="store_true", help="sla de spellingcontrole over")
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    options = parser.parse_args(argv)

    errors, warnings, table = run(options.root, with_spelling=not options.zonder_spelling)
    for problem in errors:
        print(problem)
    for problem in warnings:
        where = f"{problem.path}:{problem.line}" if problem.line else problem.path
        print(f"{where}: waarschuwing: {problem.message}")
    print("\n## Taalrapport (B1)\n")
    print(table)
    print(f"\n{len(errors)} fouten, {len(warnings)} waarschuwingen.")
    if errors:
        print("Los de fouten op; daarna bouwt de site weer.")
    failed = bool(errors) or (options.strikt and bool(warnings))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
