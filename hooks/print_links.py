"""On paper a link cannot be followed: give each link in the article its full address for the print CSS
(docs/assets/kennisbank.css). After the page is rendered, so links that templates add are included."""
from __future__ import annotations

from typing import TYPE_CHECKING

from mkdocs.plugins import event_priority

from kennisbank.html.print_links import add_print_urls_to_article

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.pages import Page


@event_priority(50)  # before other hooks add attributes to the <article> tag that this looks for
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str | None:
    if page.canonical_url is None:  # without site_url in mkdocs.yml there is no full address to print
        return None
    return add_print_urls_to_article(output, page.canonical_url)


def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str | None:
    if template_name != "404.html" or not config.site_url:  # the 404 page is a template, not a page
        return None
    return add_print_urls_to_article(output_content, config.site_url)
