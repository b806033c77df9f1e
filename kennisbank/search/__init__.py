"""Dutch site search: what the build adds to each page so that Pagefind finds what readers mean.

Pagefind stems Dutch words and folds diacritics itself. What it cannot do, this package does at build
time, in plain Python:

- `words`: folding, words of a text, and the singular forms of a Dutch plural;
- `compounds`: the heads of compound words ("vrijwilligersorganisatie" -> "organisatie"), split with
  a dictionary made of the site's own words and Debian's Dutch word list (hunspell-nl), when installed;
- `synonyms`: the thesaurus (data/synoniemen.yml, authors extend it): per term the words readers type for
  it, and broader and related words;
- `thesaurus`: what the thesaurus must be across its lines, the glossary's groups, and the frequent words
  it lacks (`make check`);
- `stopwords`: the Dutch stop words (stopwoorden.txt, Snowball) the browser leaves out of partial matches;
- `expansion`: per page, the extra search words from both, which the page gets as hidden metadata;
- `facets`: the filters per page (part of the site, page type, themes) and its weight by kind of page;
- `markup`: where the search markup goes in a built page;
- `results_page`: the results page /zoeken/?q=..., generated;
- `typos`: the site's word list per first two letters, for the browser's "did you mean";
- `indexing`: running Pagefind over the built site;
- `live_index`: the preview's index (`make serve`), kept for the session: only changed pages go to it again.
"""
