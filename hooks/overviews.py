"""The overview pages per theme, target group, page type and dossier (kennisbank/finding/overviews.py), as virtual
pages; a long one in pages of `per_pagina` (kennisbank/finding/pagination.py), which are not in the menu."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, InclusionLevel
from mkdocs.utils import get_relative_url

from kennisbank.content import addresses, sources
from kennisbank.finding import big_sections, overviews, pagination
from kennisbank.problems import stop_on
from kennisbank.session import SESSION

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Navigation

log = logging.getLogger("mkdocs.plugins.kennisbank.overviews")

# The overview pages of this build, by site path (for the navigation).
generated: dict[str, overviews.Overview] = {}
# The text of each overview page in the last build. They show front matter only: a preview rebuild that renders
# only changed pages (SESSION.whole is False: no front matter changed) keeps them.
texts: dict[str, str] = {}


def on_files(files: Files, config: MkDocsConfig) -> Files:
    root = sources.repository_root(config.config_file_path)
    site = SESSION.site(root)
    pages = overviews.overviews(site)
    per_page = big_sections.read_settings(config.extra)[0].per_page  # hooks/navigation_cache.py reports wrong settings
    split = {overview.site_uri: pagination.variants(overview.entries, overview.group, site, per_page)
             for overview in pages}
    parts = {overview.site_uri: [part for variant in split[overview.site_uri]
                                 for part in pagination.parts(overview.site_uri, variant, per_page)]
             for overview in pages}
    uris = [addresses.HUB, *(part.site_uri for found in parts.values() for part in found)]
    problems = addresses.taken(dict.fromkeys(uris, "een overzichtspagina"),
                               {page.file.site_uri: page.file.path for page in SESSION.pages(root)[0]})
    stop_on(problems, log, PluginError)

    # First every file, then their text: the pages link to each other, relative to their own address. The further
    # pages of a long overview are not in the menu: the overview's own page links to them.
    in_menu = {addresses.HUB, *(overview.site_uri for overview in pages)}
    created = {uri: File.generated(config, uri, content="",
                                   inclusion=InclusionLevel.UNDEFINED if uri in in_menu else InclusionLevel.NOT_IN_NAV)
               for uri in uris}
    for file in created.values():
        files.append(file)
    generated.clear()
    generated.update((overview.site_uri, overview) for overview in pages)
    if SESSION.whole or texts.keys() != created.keys():  # a preview rebuild without front matter changes: as they were
        texts.clear()
        for overview in pages:
            themes = pagination.theme_choices(split[overview.site_uri], site)
            for part in parts[overview.site_uri]:
                texts[part.site_uri] = overviews.markdown(overview, site, _href(files, created[part.site_uri]), part,
                                                          themes)
        texts[addresses.HUB] = overviews.hub_markdown(site, pages, _href(files, created[addresses.HUB]))
    for uri, file in created.items():
        file.content_string = texts[uri]
    return files


def _href(files: Files, page: File):
    """Links from `page` to other pages by their site path, relative, so that the site also works offline."""
    return lambda site_uri: get_relative_url(files.src_uris[site_uri].url, page.url)


@event_priority(-10)  # after hooks/navigation.py has ordered the collections
def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    """Themes, target groups and page types under one tab; each dossier's overview right after its landing page."""
    sections = {_top_folder(item): item for item in nav.items if item.is_section}
    hub = sections.get("themas")
    if hub is None:
        return nav
    hub.title = "Thema's"
    for item in _walk(nav.items):
        if item.is_page and item.file.src_uri in generated:
            item.title = generated[item.file.src_uri].menu_title
        elif item.is_page and item.file.src_uri == addresses.HUB:
            item.title = hub.title
    for folder in ("doelgroepen", "soorten"):
        section = sections.get(folder)
        if section is not None:
            nav.items.remove(section)
            section.title = overviews.GROUP_TITLES[folder]
            section.children = _in_vocabulary_order(section.children)
            hub.children.append(section)
    index = [child for child in hub.children if child.is_page and child.file.src_uri == addresses.HUB]
    themes = _in_vocabulary_order([child for child in hub.children if child.is_page and child not in index])
    hub.children = index + themes + [child for child in hub.children if child.is_section]
    for section in (item for item in _walk(nav.items) if item.is_section):
        overview = [c for c in section.children if c.is_page and generated.get(c.file.src_uri)
                    and generated[c.file.src_uri].group == "dossiers"]
        if overview:
            rest = [c for c in section.children if c not in overview]
            section.children = rest[:1] + overview + rest[1:]  # the landing page (index) stays first
    _relink(nav)
    return nav


def _in_vocabulary_order(items: list) -> list:
    order = {uri: number for number, uri in enumerate(generated)}
    return sorted(items, key=lambda item: order.get(item.file.src_uri, len(order)) if item.is_page else len(order))


def _top_folder(section) -> str:
    """The top-level folder a section stands for, from the first page below it."""
    page = next((item for item in _walk(section.children) if item.is_page), None)
    return page.file.src_uri.split("/")[0] if page else ""


def _walk(items):
    for item in items:
        yield item
        if item.is_section:
            yield from _walk(item.children)


def _relink(nav: Navigation) -> None:
    """Parents, page order and previous/next links follow the tree as it is now (MkDocs set them before on_nav)."""
    def link(items, parent):
        for item in items:
            item.parent = parent
            if item.is_section:
                link(item.children, item)
    link(nav.items, None)
    nav.pages = [item for item in _walk(nav.items) if item.is_page]
    for number, page in enumerate(nav.pages):
        page.previous_page = nav.pages[number - 1] if number else None
        page.next_page = nav.pages[number + 1] if number + 1 < len(nav.pages) else None
