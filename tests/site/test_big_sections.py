"""A big dossier on a real build: its pages' menus show their neighbours and a link to the overview, the overview
is paginated, and every page stays reachable by plain links. A small dossier keeps its full menu."""
import re
from html.parser import HTMLParser
from urllib.parse import urljoin

from conftest import BIG_DOSSIER_ARTICLES, make_site, page, run_build

OVERVIEW = "/dossiers/groot/overzicht/"
ARTICLES = {f"/dossiers/groot/artikel-{n:02d}/" for n in range(1, BIG_DOSSIER_ARTICLES + 1)}


class _Links(HTMLParser):
    """The links of a piece of HTML: (href, attributes, text)."""

    def __init__(self):
        super().__init__()
        self.found, self._open = [], None

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self._open = [dict(attrs).get("href"), dict(attrs), ""]

    def handle_data(self, data):
        if self._open:
            self._open[2] += data

    def handle_endtag(self, tag):
        if tag == "a" and self._open:
            self.found.append((self._open[0], self._open[1], " ".join(self._open[2].split())))
            self._open = None


def links(html: str) -> list[tuple]:
    parser = _Links()
    parser.feed(html)
    return parser.found


def section_menu(html: str, section_url: str, url: str) -> list[tuple]:
    """The menu's links to pages in the section (the page's own one included, not its headings), as addresses."""
    menu = html[html.index('md-nav--primary'):html.index('class="md-content"')]
    return [(urljoin(url, href), attrs, text) for href, attrs, text in links(menu)
            if urljoin(url, href).startswith(section_url) and urljoin(url, href) != section_url and "#" not in href]


def test_a_page_of_a_big_section_has_its_neighbours_and_the_overview_link(big_section_build):
    url = "/dossiers/groot/artikel-40/"
    html = big_section_build.html(url)
    menu = section_menu(html, "/dossiers/groot/", url)
    pages = [target for target, _, _ in menu if target in ARTICLES]
    assert 1 < len(pages) <= 11 and len(menu) <= 13, menu
    assert url in pages and pages == sorted(pages)  # in the section's order, around the page itself
    current = [(target, text) for target, attrs, text in menu if "md-nav__link--active" in (attrs.get("class") or "")]
    assert current == [(url, "Artikel 40")]
    overview_links = [text for target, _, text in menu if target == OVERVIEW]
    assert overview_links == [f"Alle {BIG_DOSSIER_ARTICLES} pagina's in Groot"]
    # Material's breadcrumbs still name the way to the page.
    assert re.search(r'class="md-path".*?Dossiers.*?Groot', html, re.S)


def test_the_first_and_last_page_see_as_many_neighbours(big_section_build):
    for url in ("/dossiers/groot/artikel-01/", f"/dossiers/groot/artikel-{BIG_DOSSIER_ARTICLES}/"):
        pages = [t for t, _, _ in section_menu(big_section_build.html(url), "/dossiers/groot/", url) if t in ARTICLES]
        assert len(pages) == 11 and url in pages, (url, pages)


def test_a_small_section_keeps_its_full_menu(big_section_build):
    url = "/dossiers/buurtkracht/abcd/"
    menu = section_menu(big_section_build.html(url), "/dossiers/buurtkracht/", url)
    assert {target for target, _, _ in menu} == {url, "/dossiers/buurtkracht/overzicht/"}
    assert not any(text.startswith("Alle ") and "pagina's in" in text for _, _, text in menu)


def test_a_big_section_elsewhere_does_not_weigh_on_the_page(big_section_build):
    """Material loops over every entry of a collapsed section too (empty lines): 80 entries, 80 lines or more."""
    html = big_section_build.html("/dossiers/buurtkracht/abcd/")
    collapsed = re.search(r'(\s*)<li class="[^"]*md-nav__item--pruned[^"]*">\s*<a href="[^"]*/groot/"', html)
    assert collapsed.group(1).count("\n") < BIG_DOSSIER_ARTICLES


def _pagination(html: str) -> str:
    found = re.findall(r'<nav class="kb-paginering" aria-label="Paginering".*?</nav>', html, re.S)
    assert len(found) == 1
    return found[0]


def test_every_page_is_reachable_from_the_overview_by_plain_links(big_section_build):
    seen, url, visited = set(), OVERVIEW, []
    while url:
        html = big_section_build.html(url)
        visited.append(url)
        nav = _pagination(html)
        current = [urljoin(url, href) for href, attrs, _ in links(nav) if attrs.get("aria-current") == "page"]
        assert current == [url]
        seen |= {urljoin(url, href) for href, _, _ in links(html)} & ARTICLES
        following = [urljoin(url, href) for href, attrs, _ in links(nav) if attrs.get("rel") == "next"]
        url = following[0] if following else None
    assert visited == [OVERVIEW, OVERVIEW + "pagina/2/"]
    assert seen == ARTICLES


def test_overview_pages_have_their_own_title_and_canonical_and_stay_out_of_search(big_section_build):
    url = OVERVIEW + "a-z/pagina/2/"
    html = big_section_build.html(url)
    assert "<title>Alle artikelen in het dossier Groot, van A tot Z – pagina 2 van 2 - " in html
    assert f'<link rel="canonical" href="https://kennisbank.example.nl{url}">' in html
    assert "data-pagefind-body" not in html
    assert "data-pagefind-body" in big_section_build.html(OVERVIEW)  # the overview itself: once in the index
    previous = [href for href, attrs, text in links(_pagination(html)) if attrs.get("rel") == "prev"]
    assert [urljoin(url, href) for href in previous] == [OVERVIEW + "a-z/"]
    sitemap = (big_section_build.site / "sitemap.xml").read_text(encoding="utf-8")
    for address in (OVERVIEW + "pagina/2/", OVERVIEW + "a-z/", url, OVERVIEW + "thema/wat-werkt/"):
        assert f"https://kennisbank.example.nl{address}</loc>" in sitemap


def test_the_overview_offers_orderings_and_themes(big_section_build):
    url = OVERVIEW + "thema/wat-werkt/"
    html = big_section_build.html(url)
    choices = {text: (urljoin(url, href), attrs.get("aria-current"))
               for href, attrs, text in links(html[html.index('class="kb-keuzes"'):])}
    assert choices["Wat werkt"][1] == "page"
    assert choices["van A tot Z"][0] == OVERVIEW + "a-z/"
    listed = {urljoin(url, href) for href, _, _ in links(html)} & ARTICLES
    assert listed == {f"/dossiers/groot/artikel-{n:02d}/" for n in range(4, BIG_DOSSIER_ARTICLES + 1, 4)}


def test_wrong_navigation_settings_stop_the_build_in_dutch(tmp_path):
    root = make_site(tmp_path, {"docs/index.md": page(title="Start")})
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("max_items: 30", "max_items: dertig"),
                      encoding="utf-8")
    line = next(number for number, text in enumerate(config.read_text(encoding="utf-8").splitlines(), 1)
                if text.strip().startswith("max_items:"))
    build = run_build(root)
    assert build.returncode != 0
    assert f"mkdocs.yml:{line}: extra: navigatie: max_items moet een heel getal groter dan 0 zijn" in build.output
    assert "Traceback" not in build.output
