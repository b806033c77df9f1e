"""The overview pages on the real build list exactly the pages the sources give them, newest first."""
import re
from urllib.parse import urljoin, urlsplit

import pytest
from catalogue_helpers import PAGES, VOCABULARY, listed, url_of

GROUPS = {  # overview folder -> which pages belong on the overview of a value
    "themas": lambda meta, code: code in (meta.get("themas") or []),
    "doelgroepen": lambda meta, code: code in (meta.get("doelgroepen") or []),
    "soorten": lambda meta, code: meta.get("type") == code,
}


def values(group):
    return VOCABULARY.types if group == "soorten" else VOCABULARY.value_lists[group]


@pytest.mark.parametrize("group", GROUPS)
def test_each_overview_lists_exactly_the_pages_that_carry_its_value(real_build, group):
    for code in values(group):
        expected = sorted(url_of(p.file.site_uri) for p in PAGES if GROUPS[group](p.source.meta, code))
        page_html = real_build.html(f"/{group}/{code}/")
        assert sorted(listed(real_build, f"/{group}/{code}/")) == expected, f"/{group}/{code}/"
        if expected:
            assert re.search(rf"Er (is|zijn) [^<]*\b{len(expected)}\b", page_html), f"/{group}/{code}/ shows no count"


def test_each_dossier_has_an_overview_of_its_pages(real_build):
    dossiers = {p.file.site_uri.split("/")[1] for p in PAGES if p.source.meta.get("type") == "dossier"}
    assert dossiers
    for dossier in dossiers:
        expected = sorted(url_of(p.file.site_uri) for p in PAGES if p.file.site_uri.startswith(f"dossiers/{dossier}/")
                          and not p.file.site_uri.endswith("/index.md"))
        url = f"/dossiers/{dossier}/overzicht/"
        assert sorted(listed(real_build, url)) == expected


def test_overviews_show_type_and_date_newest_first(real_build):
    page_html = real_build.html("/soorten/artikel/")
    dates = re.findall(r'<p class="kb-lijst__gegevens">Artikel · <time datetime="([\d-]+)">', page_html)
    assert len(dates) == sum(1 for p in PAGES if p.source.meta.get("type") == "artikel")
    assert dates == sorted(dates, reverse=True)


def test_the_themes_tab_links_every_overview_with_its_count(real_build):
    hub = real_build.html("/themas/")
    hrefs = re.findall(r'<li><a href="([^"]+)"[^>]*>[^<]+</a> <span class="kb-aantal">\(\d+ pagina', hub)
    listed = {urlsplit(urljoin("http://site/themas/", href)).path for href in hrefs}
    dossiers = {p.file.site_uri.split("/")[1] for p in PAGES if p.source.meta.get("type") == "dossier"}
    expected = {f"/{group}/{code}/" for group in GROUPS for code in values(group)}
    assert listed == expected | {f"/dossiers/{dossier}/overzicht/" for dossier in dossiers}
    # The tab is in the header of every page.
    assert re.search(r'<a href="themas/" class="md-tabs__link">\s*Thema(?:\'|&#39;)s\s*</a>', real_build.html("/"))
