"""The checks an author's contribution must pass, each reporting `Problem`s with file and line in Dutch.

- `html_policy`: the one allow-list sanitiser for every page's HTML, and what it would remove;
- `files_policy`: which files may be in the content folders (no symbolic links, no SVG that runs code, size limits);
- `footnotes`: every footnote reference has its definition;
- `link_text`: link texts that say where a link goes;
- `phrasings`: banned phrasings (verboden-formuleringen.yml);
- `spelling`: Dutch spelling with hunspell and woordenlijst.txt (warnings);
- `readability`: the B1 report per page (warnings).

The content model's own checks (front matter, links, headings) live beside it in `kennisbank.content`.
"""
