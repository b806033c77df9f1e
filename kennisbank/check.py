"""`make check`: the build's checks plus spelling and a B1 report, per file and line, for authors.

    python -m kennisbank.check [--strikt] [--zonder-spelling]

Errors exit with 1; warnings only with --strikt.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kennisbank.checks import files_policy, html_policy, phrasings, readability, spelling
from kennisbank.content import addresses, contacts, sections, sources, vocabulary
from kennisbank.content.frontmatter import Source
from kennisbank.content.headings import anchors_in
from kennisbank.content.links import LinkChecker
from kennisbank.downloads import bookinfo
from kennisbank.finding import redirects
from kennisbank.html import rendering
from kennisbank.problems import ContentError, Problem
from kennisbank.search import thesaurus

ROOT = Path(__file__).resolve().parent.parent


def data_file_errors(root: Path) -> list[Problem]:
    """Problems in the configuration the content is read with (vocabulaire.yml, ebook/boek.yml, grenzen.yml): before
    anything else."""
    try:
        vocabulary.load(root)
        bookinfo.load(root)
    except ContentError as error:
        return error.problems
    return files_policy.limits(root)[1]


def find_errors(root: Path, site_uris: set[str] | None = None,
                loaded: tuple[list[sources.Page], list[Problem]] | None = None,
                ) -> tuple[list[sources.Page], list[Problem]]:
    """Every error in the content, links included (anchors as the headings make them), in one pass.

    site_uris: every file of the site, generated ones included; by default the source files, overview pages and feed.
    loaded: the pages and their problems, when the caller has read them already (sources.load).
    """
    pages, errors = loaded or sources.load(root)
    errors = list(errors)
    vocab = vocabulary.load(root)
    if site_uris is None:  # the generated pages as the site build adds them (hooks/overviews.py, search.py, feed.py)
        source_uris = {file.site_uri for file in sources.source_files(root)}
        site_uris = source_uris | addresses.generated(vocab, source_uris)
    anchors = {page.file.site_uri: anchors_in(page.source) | sections.anchors(page.source.meta, vocab)
               for page in pages}
    checker = LinkChecker(site_uris, anchors)
    for page in pages:
        errors += checker.check(page.file.site_uri, page.source, page.source.meta.get("gerelateerd", []))
    if (Path(root) / contacts.CONTACTS_FILE).exists():
        errors += contacts.load(root)[1]
    errors += redirects.load(root, site_uris)[1]
    return pages, sorted(set(errors))


def sanitiser_errors(root: Path, pages: list[sources.Page]) -> list[Problem]:
    """What the sanitiser would take out of each page's HTML (the site build finds the same in its own HTML)."""
    errors = []
    for page in pages:
        errors += html_policy.problems(page.source, rendering.to_html(root, page.source.body))
    return errors


def run(root: Path, with_spelling: bool = True) -> tuple[list[Problem], list[Problem], str]:
    """Errors, warnings and the B1 report table for the site at root."""
    pages, errors = find_errors(root)
    errors = sorted(set(errors + sanitiser_errors(root, pages)))

    texts = [page.source for page in pages]
    warnings = _still_to_rewrite(root, texts)
    if with_spelling:
        if spelling.available():
            warnings += spelling.check(texts, root)
        else:
            warnings.append(Problem("(spelling)", None, "de spellingcontrole is overgeslagen: hunspell ontbreekt. "
                                    "Installeer het met: apt-get install hunspell hunspell-nl"))
    limits = readability.load_thresholds(root)
    reports = []
    for source in texts:
        report = readability.report(source)
        if report:
            reports.append(report)
            warnings += readability.warnings(source, report, limits)
    thesaurus_errors, unlisted_words = thesaurus.report(root, texts)
    table = readability.table(reports, limits) + (f"\n\n## Zoeken\n\n{unlisted_words}" if unlisted_words else "")
    return sorted(set(errors + thesaurus_errors)), sorted(set(warnings)), table


def _still_to_rewrite(root: Path, texts: list[Source]) -> list[Problem]:
    """The banned phrasings listed under nog_herschrijven, and entries there that can go."""
    banned, _ = phrasings.load(root)
    by_path = {source.path: source for source in texts}
    found = [hit.problem for source in texts for hit in phrasings.hits(source, banned) if hit.pending]
    return found + list(filter(None, (phrasings.stale(pending, by_path) for pending in banned.pending)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make check", description="Controleer de inhoud van de kennisbank.")
    parser.add_argument("--strikt", action="store_true", help="ook waarschuwingen laten de check mislukken")
    parser.add_argument("--zonder-spelling", action="store_true", help="sla de spellingcontrole over")
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    options = parser.parse_args(argv)

    configuration_errors = data_file_errors(options.root)
    if configuration_errors:
        for problem in configuration_errors:
            print(problem)
        print(f"\n{len(configuration_errors)} fouten in de instellingen. Los die eerst op; daarna controleert "
              "make check de inhoud.")
        return 1
    try:
        errors, warnings, table = run(options.root, with_spelling=not options.zonder_spelling)
    except ContentError as error:  # mkdocs.yml itself cannot be read
        errors, warnings, table = error.problems, [], ""
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
