"""From Markdown to the HTML of a page: our Python-Markdown extensions and what is done to the rendered HTML.

- `glossary_extension`: the first use of a glossary term links to its explanation, with a tooltip;
- `typography_extension`: en dashes in ranges of numbers (2015–2020);
- `task_lists`: checkboxes a screen reader can name; `print_links`: full addresses for print;
- `rendering`: Markdown to HTML with the extensions mkdocs.yml names (for `make check`).
"""
