"""Material's navigation menu, rendered once per section and folder instead of once per page.

Material renders the whole menu of the page's section for every page (with navigation.prune too): at
3,000 pages that was two thirds of the build. Pages in the same section and folder get the same menu,
letter for letter, except for their own entry, which is marked as the current page and holds the page's
table of contents. So the menu is rendered once with no entry of the section marked (for a stand-in page in
the same folder: the links are relative to the folder), and each page puts its own entry in, rendered by
Material's own macro. overrides/partials/nav.html calls primary_nav(); tests/site/test_navigation_cache.py
compares every page with Material's menu rendered the plain way.

A big section (kennisbank/finding/big_sections.py) shows only the page's neighbours and a link to its overview:
its menu is small, differs per page and is rendered the plain way with the section's children cut down.
"""
from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import jinja2
import material
from markupsafe import Markup
from mkdocs.exceptions import PluginError
from mkdocs.structure.nav import Link

from kennisbank.content import sources
from kennisbank.finding import big_sections, overviews
from kennisbank.problems import summary
from kennisbank.session import SESSION

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Section
    from mkdocs.structure.pages import Page

MATERIAL_TEMPLATES = Path(material.__file__).parent / "templates"
_MENU = "material/partials/nav.html"  # Material's own, through the prefix loader below
log = logging.getLogger("mkdocs.plugins.kennisbank.navigation_cache")
_ENTRY = '{% import "partials/nav-item.html" as item with context %}{{ item.render(nav_item, "", 0) }}'


@dataclass
class _Build:
    menus: dict[tuple, str]  # by section and folder
    reused: list[str]  # the pages that got one of them
    settings: big_sections.Settings = big_sections.Settings()
    big: dict[int, _BigSection] = field(default_factory=dict)  # by section


_this_build = _Build({}, [])
_LIST_ICON = {"icon": "material/format-list-bulleted"}  # the overview link stands out from the pages


def on_config(config: MkDocsConfig) -> None:
    text = Path(config.config_file_path).read_text(encoding="utf-8") if config.config_file_path else ""
    _this_build.settings, problems = big_sections.settings(config.extra, text)
    if problems:
        for problem in problems:
            log.error(str(problem))
        raise PluginError(summary(problems))


@dataclass(frozen=True)
class _StandIn:
    """A page in the same folder that is none of the menu's pages: the menu renders with every link relative
    to the folder and no entry marked as current. Material compares pages by type, so nothing equals it."""
    url: str


def on_env(env: jinja2.Environment, config: MkDocsConfig, files: Files) -> jinja2.Environment:
    env.loader = jinja2.ChoiceLoader([
        env.loader, jinja2.PrefixLoader({"material": jinja2.FileSystemLoader(str(MATERIAL_TEMPLATES))})])
    menus = _this_build.menus = {}
    reused = _this_build.reused = []
    _this_build.big = {}
    entry = env.from_string(_ENTRY)
    site = SESSION.site(sources.repository_root(config.config_file_path))
    types, generated = {e.site_uri: e.type for e in site.entries}, overviews.site_uris(site)

    @jinja2.pass_context
    def primary_nav(context: jinja2.runtime.Context) -> Markup:
        variables = context.get_all()
        page = variables.get("page")
        menu = env.get_template(_MENU)
        with _big_sections_cut(page, files, types, generated) as cut:
            if cut or not _reusable(page):
                return Markup(menu.render(variables))
        folder = page.url.rpartition("/")[0].rpartition("/")[0]
        key, stand_in = (id(page.parent), folder), _StandIn(f"{folder}/-/".lstrip("/"))
        with _only_ancestors_active(page):
            if key not in menus:
                menus[key] = menu.render({**variables, "page": stand_in})
            plain = entry.render({**variables, "page": stand_in, "nav_item": page})
        current = entry.render({**variables, "nav_item": page})
        if menus[key].count(plain) != 1:  # not found as expected: render this page's menu the plain way
            return Markup(menu.render(variables))
        reused.append(page.url)
        return Markup(menus[key].replace(plain, current))

    env.globals["primary_nav"] = primary_nav
    return env


def on_post_build(config: MkDocsConfig) -> None:
    log.debug("Navigatiemenu: %d pagina's kregen een van de %d menu's die deze build renderde.",
              len(_this_build.reused), len(_this_build.menus))


def _reusable(page: Page | None) -> bool:
    """A page with an entry of its own in a section; an index page is its section's link and stays plain."""
    return (page is not None and getattr(page, "parent", None) is not None and page.active and not page.is_index
            and page.url.endswith("/"))


@contextlib.contextmanager
def _big_sections_cut(page: Page | None, files: Files, types: dict[str, str], generated: set[str]) -> Iterator[bool]:
    """Each big section above the page shows only the neighbours of the page (or of its section) and a link to
    its overview, while the menu renders; True when there was one."""
    changed = []
    item = page
    while item is not None and getattr(item, "parent", None) is not None:
        section = item.parent
        big = _big_section(section, files, types, generated)
        shown = big_sections.shown(big.children, item, big.pinned, _this_build.settings)
        if shown is not None:  # the overview page stands in the menu as the link to it, unless it is the page
            changed.append(section)
            on_it = item.is_page and item.file.src_uri == big.overview
            section.children = [child for child in shown if child is item or not child.is_page
                                or child.file.src_uri != big.overview] + ([big.link] if big.link and not on_it else [])
        item = section
    try:
        yield bool(changed)
    finally:
        for section in changed:
            section.children = _this_build.big[id(section)].children


@dataclass
class _BigSection:
    children: list  # all of them, in the section's order
    overview: str | None  # the site path of the page that lists them all
    link: Link | None  # to that page, or else to the section's landing page

    def pinned(self, item: Page | Section | Link) -> bool:
        """Always in the section's menu: its landing page and its overview page."""
        return item.is_page and (item.is_index or item.file.src_uri == self.overview)


def _big_section(section: Section, files: Files, types: dict[str, str], generated: set[str]) -> _BigSection:
    """A section's children and the link to the page that lists them all (worked out once per build)."""
    if id(section) not in _this_build.big:
        children = list(section.children)
        pages = [child.file.src_uri for child in children if child.is_page]
        folder = pages[0].rpartition("/")[0] if pages else ""
        overview = big_sections.overview_of(folder, {types[uri] for uri in pages if uri in types}, generated)
        big = _this_build.big[id(section)] = _BigSection(children, overview, None)
        target = files.get_file_from_path(overview) if overview else None
        index = next((child for child in children if child.is_page and child.is_index), None)
        url = target.url if target else index.url if index else None
        if url is not None:
            title = big_sections.overview_link_title(big_sections.entry_count(children, big.pinned), section.title)
            big.link = Link(title, url)
            big.link.meta = _LIST_ICON
    return _this_build.big[id(section)]


@contextlib.contextmanager
def _only_ancestors_active(page: Page):
    """The page's sections marked open, the page itself not: as for any other page of the section."""
    page.active = False  # MkDocs passes this on to the sections above
    page.parent.active = True
    try:
        yield
    finally:
        page.active = True
