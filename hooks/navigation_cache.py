"""Material's navigation menu, rendered once per section and folder instead of once per page.

Material renders the whole menu of the page's section for every page (with navigation.prune too): at
3,000 pages that was two thirds of the build. Pages in the same section and folder get the same menu,
letter for letter, except for their own entry, which is marked as the current page and holds the page's
table of contents. So the menu is rendered once with no entry of the section marked (for a stand-in page in
the same folder: the links are relative to the folder), and each page puts its own entry in, rendered by
Material's own macro. overrides/partials/nav.html calls primary_nav(); tests/site/test_navigation_cache.py
compares every page with Material's menu rendered the plain way.
"""
from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeGuard

import jinja2
import material
from markupsafe import Markup

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

MATERIAL_TEMPLATES = Path(material.__file__).parent / "templates"
_MENU = "material/partials/nav.html"  # Material's own, through the prefix loader below
log = logging.getLogger("mkdocs.plugins.kennisbank.navigation_cache")
_ENTRY = '{% import "partials/nav-item.html" as item with context %}{{ item.render(nav_item, "", 0) }}'


@dataclass
class _Build:
    menus: dict[tuple, str]  # by section and folder
    reused: list[str]  # the pages that got one of them


_this_build = _Build({}, [])


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
    entry = env.from_string(_ENTRY)

    @jinja2.pass_context
    def primary_nav(context: jinja2.runtime.Context) -> Markup:
        variables = context.get_all()
        page = variables.get("page")
        menu = env.get_template(_MENU)
        if not _reusable(page):
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


def _reusable(page: Page | None) -> TypeGuard[Page]:
    """A page with an entry of its own in a section; an index page is its section's link and stays plain."""
    return (page is not None and getattr(page, "parent", None) is not None and page.active and not page.is_index
            and page.url.endswith("/"))


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
