"""Material's navigation menu, rendered once per section and folder instead of once per page.

Material renders the whole menu of the page's section for every page (with navigation.prune too): at
3,000 pages that was two thirds of the build. Pages in the same section and folder get the same menu,
letter for letter, except for their own entry, which is marked as the current page and holds the page's
table of contents. So the menu is rendered once with no entry of the section marked (for a stand-in page in
the same folder: the links are relative to the folder), and each page puts its own entry in, rendered by
Material's own macro. overrides/partials/nav.html calls primary_nav(); tests/site/test_navigation_cache.py
compares every page with Material's menu rendered the plain way.

A big section (kennisbank/finding/big_sections.py) shows only some of its entries and a link to its overview,
while the menu renders: the page's neighbours when the page is in it (that menu is the page's own, rendered the
plain way), else its first entries (the same for every page, so the menu above can still be reused).
"""
from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeGuard

import jinja2
import material
from markupsafe import Markup
from mkdocs.exceptions import PluginError
from mkdocs.structure.nav import Link

from kennisbank.content import addresses, sources
from kennisbank.finding import big_sections
from kennisbank.problems import summary
from kennisbank.session import SESSION

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Navigation, Section
    from mkdocs.structure.pages import Page

MATERIAL_TEMPLATES = Path(material.__file__).parent / "templates"
_MENU = "material/partials/nav.html"  # Material's own, through the prefix loader below
log = logging.getLogger("mkdocs.plugins.kennisbank.navigation_cache")
_ENTRY = '{% import "partials/nav-item.html" as item with context %}{{ item.render(nav_item, "", 0) }}'


@dataclass
class _Build:
    menus: dict[tuple, str]  # by section and folder
    reused: list[str]  # the pages that got one of them
    settings: big_sections.Settings = field(default_factory=big_sections.Settings)
    big: dict[int, _BigSection] = field(default_factory=dict)  # by section
    sections: list[Section] | None = None  # every section of the navigation


_this_build = _Build({}, [])
_LIST_ICON = {"icon": "material/format-list-bulleted"}  # the overview link stands out from the pages


def on_config(config: MkDocsConfig) -> None:
    text = Path(config.config_file_path).read_text(encoding="utf-8") if config.config_file_path else ""
    _this_build.settings, problems = big_sections.read_settings(config.extra, text)
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
    material_prefixed = jinja2.PrefixLoader({"material": jinja2.FileSystemLoader(str(MATERIAL_TEMPLATES))})
    env.loader = jinja2.ChoiceLoader([env.loader, material_prefixed] if env.loader else [material_prefixed])
    menus = _this_build.menus = {}
    reused = _this_build.reused = []
    _this_build.big, _this_build.sections = {}, None
    entry = env.from_string(_ENTRY)
    site = SESSION.site(sources.repository_root(config.config_file_path))
    types = {e.site_uri: e.type for e in site.entries}
    generated = addresses.generated(site.vocabulary, types)

    @jinja2.pass_context
    def primary_nav(context: jinja2.runtime.Context) -> Markup:
        variables = context.get_all()
        page = variables.get("page")
        menu = env.get_template(_MENU)
        with _big_sections_cut(page, variables["nav"], files, types, generated) as own_menu:
            if own_menu or not _reusable(page):
                return Markup(menu.render(variables))
            return Markup(reused_menu(variables, page, menu))

    def reused_menu(variables: dict, page: Page, menu: jinja2.Template) -> str:
        folder = page.url.rpartition("/")[0].rpartition("/")[0]
        key, stand_in = (id(page.parent), folder), _StandIn(f"{folder}/-/".lstrip("/"))
        with _only_ancestors_active(page):
            if key not in menus:
                menus[key] = menu.render({**variables, "page": stand_in})
            plain = entry.render({**variables, "page": stand_in, "nav_item": page})
        current = entry.render({**variables, "nav_item": page})
        if menus[key].count(plain) != 1:  # not found as expected: render this page's menu the plain way
            return menu.render(variables)
        reused.append(page.url)
        return menus[key].replace(plain, current)

    env.globals["primary_nav"] = primary_nav
    return env


def on_post_build(config: MkDocsConfig) -> None:
    log.debug("Navigatiemenu: %d pagina's kregen een van de %d menu's die deze build renderde.",
              len(_this_build.reused), len(_this_build.menus))


def _reusable(page: Page | None) -> TypeGuard[Page]:
    """A page with an entry of its own in a section; an index page is its section's link and stays plain."""
    return (page is not None and getattr(page, "parent", None) is not None and page.active and not page.is_index
            and page.url.endswith("/"))


@contextlib.contextmanager
def _big_sections_cut(page: Page | None, nav: Navigation, files: Files, types: dict[str, str],
                      generated: set[str]) -> Iterator[bool]:
    """While the menu renders, each big section shows only some of its entries and a link to its overview: a
    section above the page the neighbours of the page (or of its section), any other its first entries (Material
    renders the loop over all of them in a collapsed section too, as empty lines). True when a section above the
    page is cut: then its menu is the page's own."""
    on_path = {}
    item: Any = page  # a page, then its sections up to the top
    while item is not None and getattr(item, "parent", None) is not None:
        on_path[id(item.parent)] = item
        item = item.parent
    if _this_build.sections is None:
        _this_build.sections = list(_sections(nav.items))
    changed = []
    for section in _this_build.sections:
        big = _big_section(section, files, types, generated)
        shown = big.shown(on_path.get(id(section)), _this_build.settings)
        if shown is not None:
            changed.append(section)
            section.children = shown
    try:
        yield any(id(section) in on_path for section in changed)
    finally:
        for section in changed:
            section.children = _this_build.big[id(section)].children


def _sections(items: list) -> Iterator[Section]:
    for item in items:
        if item.is_section:
            yield item
            yield from _sections(item.children)


@dataclass
class _BigSection:
    children: list  # all of them, in the section's order
    overview: str | None  # the site path of the page that lists them all
    link: Link | None = None  # to that page, or else to the section's landing page
    collapsed: list | None = None  # what it shows when the page is not in it (worked out once)

    def pinned(self, item: Any) -> bool:  # a nav item: Page, Section or Link
        """Always in the section's menu: its landing page and its overview page."""
        return item.is_page and (item.is_index or item.file.src_uri == self.overview)

    def shown(self, current: Any, settings: big_sections.Settings) -> list | None:  # current: Page, Section or None
        """The children the menu shows, around `current`; None for a small section. The overview page stands
        in the menu as the link to it, unless it is the current page."""
        if current is None and self.collapsed is not None:
            return self.collapsed
        shown = big_sections.shown(self.children, current, self.pinned, settings)
        if shown is not None:
            on_it = current is not None and current.is_page and current.file.src_uri == self.overview
            shown = [child for child in shown if child is current or not child.is_page
                     or child.file.src_uri != self.overview] + ([self.link] if self.link and not on_it else [])
        if current is None:
            self.collapsed = shown
        return shown


def _big_section(section: Section, files: Files, types: dict[str, str], generated: set[str]) -> _BigSection:
    """A section's children and the link to the page that lists them all (worked out once per build)."""
    if id(section) not in _this_build.big:
        children: list[Any] = list(section.children)
        pages = [child.file.src_uri for child in children if child.is_page]
        folder = pages[0].rpartition("/")[0] if pages else ""
        overview = big_sections.overview_of(folder, {types[uri] for uri in pages if uri in types}, generated)
        big = _this_build.big[id(section)] = _BigSection(children, overview)
        target = files.get_file_from_path(overview) if overview else None
        index = next((child for child in children if child.is_page and child.is_index), None)
        url = target.url if target else index.url if index else None
        if url is not None:
            title = big_sections.overview_link_title(big_sections.entry_count(children, big.pinned), section.title)
            big.link = Link(title, url)
            big.link.meta = _LIST_ICON  # type: ignore[attr-defined]  # Material's templates read a nav item's meta
    return _this_build.big[id(section)]


@contextlib.contextmanager
def _only_ancestors_active(page: Page):
    """The page's sections marked open, the page itself not: as for any other page of the section."""
    page.active = False  # MkDocs passes this on to the sections above
    if page.parent is not None:  # always, for a _reusable page
        page.parent.active = True
    try:
        yield
    finally:
        page.active = True
