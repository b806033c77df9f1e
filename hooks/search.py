"""Site search with Pagefind (kennisbank/search/): the results page, the search markup of each page, the index.

Material's own search plugin is off (`plugins:` in mkdocs.yml): it sends its whole index to every
reader. overrides/partials/header.html puts our search box where Material's was.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from markupsafe import Markup
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, InclusionLevel

from kennisbank.content import addresses, sources
from kennisbank.problems import stop_on
from kennisbank.search import compounds, facets, indexing, markup, results_page, stopwords, synonyms, thesaurus, typos
from kennisbank.search.expansion import Expander
from kennisbank.search.live_index import LiveIndex
from kennisbank.search.words import source_words, words
from kennisbank.session import SESSION

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.plugins.kennisbank.search")

# What this build needs for every page, set in on_files.
_build: dict = {}
# The words and the indexed part of each page in the index, by site path; a preview rebuild
# (hooks/preview.py) renders only the changed pages and keeps those of the others.
# The distinct words of each page (the typo lists count pages per word): a set, not the page's text as words,
# which held 3,000 pages' worth of word lists in memory.
page_words: dict[str, frozenset[str]] = {}
indexed_parts: dict[str, tuple[str, str]] = {}  # site path -> (path in the built site, HTML)
# The preview's index (`make serve`): the pages rendered since it was last written go to it again.
unindexed: set[str] = set()
_live_index = LiveIndex()


def on_config(config: MkDocsConfig) -> None:
    if "material/search" in config.plugins or "search" in config.plugins:
        raise PluginError("mkdocs.yml: de zoekfunctie van Material staat aan. De kennisbank zoekt met Pagefind "
                          "(hooks/search.py). Zet in mkdocs.yml een lijst plugins: zonder 'search', bijvoorbeeld: "
                          "plugins: []")


def on_files(files: Files, config: MkDocsConfig) -> Files:
    root = sources.repository_root(config.config_file_path)
    groups, problems = synonyms.load(root)
    pages, _ = SESSION.pages(root)  # the validation reports what is wrong with them
    site_words = frozenset().union(*(source_words(page.source) for page in pages))
    problems += thesaurus.check(groups, thesaurus.site_forms([site_words]))
    problems += addresses.taken({addresses.SEARCH: "de zoekpagina"},
                                {page.file.site_uri: page.file.path for page in pages})
    stop_on(problems, log, PluginError)

    dictionary = compounds.hunspell_words()
    if not dictionary:
        log.info("Het Nederlandse woordenboek (%s) ontbreekt: samengestelde woorden worden alleen gesplitst met de "
                 "woorden van de site zelf. Installeer het met: apt-get install hunspell-nl",
                 compounds.HUNSPELL_DICTIONARY)
    site = SESSION.site(root)
    _build.clear()
    _build.update(
        expander=Expander(compounds.Splitter(dictionary | site_words, site_words),
                          groups + thesaurus.glossary_groups(root, groups)),
        vocabulary=site.vocabulary,
        site=site,
        dossier_names=site.dossier_names(),
    )
    if SESSION.whole:
        page_words.clear()
        indexed_parts.clear()
    files.append(File.generated(config, addresses.SEARCH, content=results_page.markdown(),
                                inclusion=InclusionLevel.NOT_IN_NAV))
    return files


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str | None:
    if page.file.src_uri == addresses.SEARCH or facets.excluded(page.meta):
        return None  # not in the index: the search page, and the further pages of a long overview
    entry = _build["site"].by_uri.get(page.file.src_uri)  # None for a generated page: its title is in its meta
    title = words(entry.title if entry else Markup(page.meta.get("title") or page.title or "").unescape())
    tokens = title + list(markup.text_words(page.file.src_uri, page.content or ""))
    title_words = _build["expander"].terms(title)
    extra_words = [word for word in _build["expander"].terms(tokens) if word not in title_words]
    filters = facets.filters(page.file.src_uri, entry, _build["vocabulary"], _build["dossier_names"])
    weight = facets.weight(entry, _build["vocabulary"])
    related = _build["expander"].related_terms(tokens)
    meta = {markup.TITLE_WORDS: title_words, markup.EXTRA_WORDS: extra_words, markup.RELATED_WORDS: related}
    marked = markup.add(output, meta, filters,
                        {facets.WEIGHT: str(weight)} if weight != 1 else {})
    if marked is None:
        log.warning("%s: de pagina heeft geen <article class=\"md-content__inner\"> en komt daarom niet in de "
                    "zoekindex. Zet {{ super() }} terug in het blok 'content' van het sjabloon.", page.file.src_uri)
        return None
    page_words[page.file.src_uri] = frozenset(tokens).union(words(" ".join(title_words + extra_words + related)))
    part = indexing.indexed_part(marked)
    if part is not None:  # always, for a page that markup.add marked
        indexed_parts[page.file.src_uri] = (page.file.dest_uri, part)
        unindexed.add(page.file.src_uri)
    return marked


# After the pages and other files are written; before hooks/security_headers.py looks for pagefind/.
@event_priority(-50)
def on_post_build(config: MkDocsConfig) -> None:
    site_dir = Path(config.site_dir)
    pages = list(page_words.values()), dict(indexed_parts.values())
    if not SESSION.incremental:
        _index(site_dir, *pages)
        return
    # `make serve` shows the changed page without waiting for the index, which takes only the changed pages
    changed, whole = dict(indexed_parts[uri] for uri in unindexed if uri in indexed_parts), SESSION.whole
    unindexed.clear()
    SESSION.in_background(lambda: _index_in_background(
        site_dir, *pages, lambda parts, folder: _live_index.write(folder, parts, changed, whole)))


def on_shutdown() -> None:
    SESSION.wait_for_background()
    _live_index.close()


def _index_in_background(site_dir: Path, words_per_page: list[frozenset[str]], parts: dict[str, str],
                         make_index: Callable[[dict[str, str], Path], None]) -> None:
    try:
        _index(site_dir, words_per_page, parts, make_index)
    except PluginError as error:  # no build is waiting for it: the author reads it in the log
        log.error(str(error))


def _index(site_dir: Path, words_per_page: list[frozenset[str]], parts: dict[str, str],
           make_index: Callable[[dict[str, str], Path], None] = indexing.index_pages) -> None:
    """words_per_page: the words of each page in the index; parts: what Pagefind indexes of each."""
    started = time.perf_counter()
    counts = typos.WordCounts()
    for found in words_per_page:
        counts.add_page(found)
    word_files = counts.write(site_dir)
    stopwords.write(site_dir, len(parts))
    try:
        make_index(parts, site_dir)
    except Exception as error:  # the Pagefind binary is missing or failed: no author can fix that
        raise PluginError(f"De zoekindex kon niet gemaakt worden ({error}). Installeer de pakketten opnieuw: "
                          "rm .venv/.site-deps && make site") from None
    log.info("Zoekindex klaar in %.1f s: %d pagina's, woordenlijsten voor %d beginletters.",
             time.perf_counter() - started, len(parts), word_files)
