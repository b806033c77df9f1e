"""The feed, the sitemap and the redirects of the real build."""
import xml.etree.ElementTree as etree
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from catalogue_helpers import PAGES, url_of

from conftest import FIXTURE_FILES, ROOT, make_site, run_build, serve
from kennisbank.content.links import resolve
from kennisbank.content.schema import parse_date

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
ARTICLE_TYPES = ("artikel", "kaart", "interventie", "hoofdstuk")


def test_feed_parses_and_lists_the_newest_articles(real_build):
    root = etree.parse(real_build.site / "feed.xml").getroot()
    assert root.tag == f"{ATOM}feed"
    entries = list(root.iter(f"{ATOM}entry"))
    # Without Git history (the test copy) an article is as new as its `datum`; equally new ones by title.
    # The 20 newest news items and the 20 newest other articles, together.
    def newest_of(types):
        pages = [p.source for p in PAGES if p.source.meta.get("type") in types
                 and parse_date(p.source.meta.get("datum"))]
        return sorted(sorted(pages, key=lambda s: str(s.meta["title"]).casefold()),
                      key=lambda s: parse_date(s.meta["datum"]),
                      reverse=True)[:20]
    newest = newest_of(ARTICLE_TYPES) + newest_of(("nieuws",))
    newest = sorted(sorted(newest, key=lambda s: str(s.meta["title"]).casefold()),
                    key=lambda s: parse_date(s.meta["datum"]),
                    reverse=True)
    assert [e.findtext(f"{ATOM}title") for e in entries] == [str(s.meta["title"]) for s in newest]
    for entry in entries:
        path = urlsplit(entry.find(f"{ATOM}link").get("href")).path
        assert (real_build.site / path.strip("/") / "index.html").exists(), path
        assert entry.findtext(f"{ATOM}updated") and entry.findtext(f"{ATOM}summary")
    assert '<link rel="alternate" type="application/atom+xml"' in real_build.html("/")


def test_sitemap_lists_every_page_also_the_generated_ones(real_build):
    root = etree.parse(real_build.site / "sitemap.xml").getroot()
    listed = {urlsplit(loc.text).path for loc in root.iter(f"{SITEMAP}loc")}
    built = set()
    for path in real_build.site.rglob("index.html"):
        if 'http-equiv="refresh"' in path.read_text(encoding="utf-8"):
            continue  # an old address of a moved page: not a page of its own
        relative = path.parent.relative_to(real_build.site).as_posix()
        built.add("/" if relative == "." else f"/{relative}/")
    assert listed == built
    assert {"/themas/", "/themas/wat-werkt/", "/soorten/artikel/"} <= listed
    sample = next(p for p in PAGES if p.source.meta.get("type") == "artikel")
    url = next(u for u in root.iter(f"{SITEMAP}url")
               if urlsplit(u.findtext(f"{SITEMAP}loc")).path == url_of(sample.file.site_uri))
    assert url.findtext(f"{SITEMAP}lastmod") == parse_date(sample.source.meta["datum"]).isoformat()


def redirects_in(root: Path) -> list[tuple[str, str]]:
    data = yaml.safe_load((root / "data/redirects.yml").read_text(encoding="utf-8")) or {}
    return [(url_of(resolve("", old)[0]), url_of(resolve("", new)[0])) for old, new in data.items()]


@pytest.mark.parametrize("old, new", redirects_in(ROOT))
def test_an_old_address_in_the_redirects_file_lands_on_the_new_page(browser, real_build, old, new):
    url, server = serve(real_build.site)
    page = browser.new_page()
    page.goto(url + old)
    page.wait_for_url(url + new)
    assert page.locator("h1").first.is_visible()
    page.close()
    server.shutdown()


def test_a_redirect_to_a_heading_of_a_generated_page(browser, tmp_path):
    files = {**FIXTURE_FILES, "data/redirects.yml": "/oude-map/abcd.md: /dossiers/buurtkracht/abcd.md#de-vijf-stappen\n"
                                                    "/alle-themas.md: /themas/index.md\n"}
    build = run_build(make_site(tmp_path, files))
    assert build.returncode == 0, build.output
    url, server = serve(build.site)
    page = browser.new_page()
    page.goto(url + "/oude-map/abcd/")
    page.wait_for_url(url + "/dossiers/buurtkracht/abcd/#de-vijf-stappen")
    page.goto(url + "/alle-themas/")
    page.wait_for_url(url + "/themas/")
    assert "Thema's, doelgroepen en soorten" in page.locator("h1").inner_text()
    page.close()
    server.shutdown()


def test_robots_txt_names_the_sitemap_and_every_page_shares_the_site_image(real_build):
    """Search engines find the sitemap from robots.txt; link previews show our one image, which exists."""
    site_url = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8").split("\ntheme:")[0])["site_url"]
    robots = (real_build.site / "robots.txt").read_text(encoding="utf-8").splitlines()
    assert "User-agent: *" in robots and f"Sitemap: {site_url}sitemap.xml" in robots
    head = real_build.html("/")
    image = f"{site_url}assets/deelbeeld.png"
    assert f'<meta property="og:image" content="{image}">' in head
    assert (real_build.site / "assets" / "deelbeeld.png").stat().st_size > 1000
