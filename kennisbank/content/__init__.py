"""The content model: what the site is made of, read and checked once, as plain data.

- `sources`: which source files make up the site (docs/, dossiers/, ebook/), at which site paths;
- `frontmatter`: reading one Markdown source, its front matter with line numbers and its body;
- `vocabulary`: page types, fields and allowed values (vocabulaire.yml), the one schema of front matter;
- `schema`: every page's fields checked against the vocabulary;
- `entries`: `Entry`, what the rest of the site knows of a page (typed fields, dates, dossier);
- `dates`, `git_dates`: when a page was published (front matter) and last changed (Git);
- `links`, `headings`: internal links, anchors and images, and the anchors headings make;
- `order`: the order of the navigation;
- `sections`: the fixed sections of a page type (an intervention's databank fields);
- `glossary`, `contacts`: the glossary page and the contact addresses (data/contacten.yml);
- `markdown_text`: Markdown with its code masked, for checks; `per_file`: caches per source file.
"""
