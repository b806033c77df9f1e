"""What search adds to a built page: which part Pagefind indexes, its filters and its extra search words.

Only the article is indexed (`data-pagefind-body`): not the header, navigation or footer. A page
without it (the 404 page, the search page itself, a redirect) stays out of the index. Chrome inside
the article is marked `data-pagefind-ignore` by the templates that write it, or listed in
indexing.EXCLUDE_SELECTORS.
"""
from __future__ import annotations

import re
from html import escape
from html.parser import HTMLParser

from kennisbank.content.per_file import per_file
from kennisbank.search.words import words

_ARTICLE = re.compile(r'<article\b(?P<attributes>[^>]*\bclass="[^"]*\bmd-content__inner\b[^"]*"[^>]*)>')
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
                   "wbr"})
_NOT_TEXT = frozenset({"script", "style", "template"})

# The metadata fields with the extra search words (expansion.py): those the title's words bring, and those
# the rest of the page brings. docs/assets/zoeken.js weighs them: the first like the title, the second low.
TITLE_WORDS = "titelwoorden"
EXTRA_WORDS = "zoekwoorden"
RELATED_WORDS = "verwant"  # broader and related words from the thesaurus: weighed lowest


def add(html: str, meta: dict[str, list[str]], filters: dict[str, list[str]],
        values: dict[str, str] | None = None) -> str | None:
    """The page with its article marked for the index, with the given metadata (words per field), filters
    (values per filter) and metadata values that are no search words (in an attribute, which Pagefind does
    not search); None when the page has no article."""
    match = _ARTICLE.search(html)
    if match is None:
        return None
    spans = [f'<span data-pagefind-filter="{escape(name)}">{escape(value)}</span>'
             for name, values in filters.items() for value in values]
    spans += [f'<span data-pagefind-meta="{escape(name)}">{escape(" ".join(field_words))}</span>'
              for name, field_words in meta.items() if field_words]
    spans += [f'<span data-pagefind-meta="{escape(name)}:{escape(value)}"></span>'
              for name, value in (values or {}).items()]
    block = f'<div hidden data-pagefind-ignore>{"".join(spans)}</div>'
    opening = f'<article{match["attributes"]} data-pagefind-body>{block}'
    return html[:match.start()] + opening + html[match.end():]


def text(html: str) -> str:
    """The text a reader sees in a piece of HTML, as Pagefind indexes it: without hidden or ignored parts."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    return " ".join(parser.parts)


@per_file  # a build in the same process (`mkdocs serve`) makes most pages the same as the one before
def text_words(_page: str, html: str) -> tuple[str, ...]:
    """The folded words of text(html), of the page at site path _page."""
    return tuple(words(text(html)))


class _TextParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0  # depth inside an element whose text does not count

    def handle_starttag(self, tag, attrs):
        if tag in _VOID:
            return
        names = {name for name, _ in attrs}
        if self.skipping or tag in _NOT_TEXT or names & {"hidden", "data-pagefind-ignore"}:
            self.skipping += 1

    def handle_endtag(self, tag):
        if self.skipping and tag not in _VOID:
            self.skipping -= 1

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)
