import datetime
import re

from site_entries import load_site

from conftest import page
from kennisbank.content.dates import PageDates
from kennisbank.content.entries import Entry
from kennisbank.finding import catalogue, listing, overviews

FILES = {
    "docs/interventies/index.md": page(title="Interventies"),
    "docs/interventies/maatje.md": page("interventie", title="Maatjes", themas="[wat-werkt, participatie]",
                                        doelgroepen="[jongeren]", erkenning="goed-beschreven",
                                        doel="Een vriend vinden."),
    "docs/interventies/cirkel.md": page("interventie", title="Buurtcirkel", themas="[wat-werkt]",
                                        doelgroepen="[bewoners]", erkenning="goed-onderbouwd", datum="2026-12-01"),
    "dossiers/buurt/index.md": page("dossier", title="Dossier Buurt", menutitel="Buurt", themas="[leefbaarheid]"),
    "dossiers/buurt/oud.md": page("artikel", title="Oud artikel", themas="[wat-werkt]", datum="2025-01-01"),
    "dossiers/buurt/nieuw.md": page("artikel", title="Nieuw artikel", themas="[wat-werkt]", datum="2026-12-24"),
}


def href(site_uri):
    return "/" + site_uri


def test_an_overview_per_theme_target_group_type_and_dossier_newest_first(tmp_path):
    site = load_site(tmp_path, FILES)
    pages = {overview.site_uri: overview for overview in overviews.overviews(site)}
    assert {"themas/wat-werkt.md", "doelgroepen/jongeren.md", "soorten/interventie.md",
            "dossiers/buurt/overzicht.md"} <= set(pages)
    # Every theme and target group of the vocabulary has its page, also without pages yet (stable addresses).
    assert "themas/sociale-wijkteams.md" in pages and not pages["themas/sociale-wijkteams.md"].entries
    assert [e.title for e in pages["themas/wat-werkt.md"].entries] == [
        "Nieuw artikel", "Buurtcirkel", "Maatjes", "Oud artikel"]
    assert [e.title for e in pages["dossiers/buurt/overzicht.md"].entries] == ["Nieuw artikel", "Oud artikel"]
    assert pages["themas/wat-werkt.md"].catalogue_query == "thema=wat-werkt"
    assert pages["themas/leefbaarheid.md"].catalogue_query is None  # no intervention has it


def test_overview_page_text_counts_lists_and_links(tmp_path):
    site = load_site(tmp_path, FILES)
    pages = {overview.site_uri: overview for overview in overviews.overviews(site)}
    text = overviews.markdown(pages["themas/wat-werkt.md"], site, href)
    assert text.startswith("---\ndescription: Alle pagina's met het thema Wat werkt, de nieuwste eerst.\ntitle: "
                           "'Thema: Wat werkt'\n---")
    assert "Er zijn 4 pagina's met dit thema: 2 artikelen en 2 interventies." in text
    assert '<a href="/interventies/index.md?thema=wat-werkt">' in text
    assert re.findall(r'kb-lijst__titel"><a href="([^"]+)"', text) == [
        "/dossiers/buurt/nieuw.md", "/interventies/cirkel.md", "/interventies/maatje.md",
        "/dossiers/buurt/oud.md"]
    assert '<time datetime="2026-12-24">24 december 2026</time>' in text
    dossier = overviews.markdown(pages["dossiers/buurt/overzicht.md"], site, href)
    assert "Er zijn 2 artikelen in dit dossier." in dossier
    empty = overviews.markdown(pages["doelgroepen/ouderen.md"], site, href)
    assert "Er zijn nog geen pagina's voor deze doelgroep." in empty
    hub = overviews.hub_markdown(site, list(pages.values()), href)
    assert '<a href="/themas/wat-werkt.md">Wat werkt</a> <span class="kb-aantal">(4 pagina\'s)</span>' in hub
    assert '<a href="/dossiers/buurt/overzicht.md">Buurt</a>' in hub


def test_catalogue_holds_every_intervention_with_its_filter_values(tmp_path):
    site = load_site(tmp_path, FILES)
    html = catalogue.html(site, href)
    items = re.findall(r'<li class="kb-catalogus__item" data-kb-item data-thema="([^"]*)" data-doelgroep="([^"]*)" '
                       r'data-niveau="([^"]*)" data-tekst="([^"]*)"><h3 class="kb-catalogus__titel"><a href="([^"]+)">',
                       html)
    assert [(t, d, n, link) for t, d, n, _, link in items] == [
        ("wat-werkt", "bewoners", "goed-onderbouwd", "/interventies/cirkel.md"),
        ("wat-werkt participatie", "jongeren", "goed-beschreven", "/interventies/maatje.md")]
    assert "een vriend vinden" in items[1][3]  # the searchable text: lower case, with the fields
    # Filter values with their counts; values no intervention has are not offered.
    assert ('value="wat-werkt"><label for="kb-filter-thema-wat-werkt">Wat werkt '
            '<span class="kb-catalogus__aantal" data-kb-aantal>(2)</span>' in html)
    assert 'value="leefbaarheid"' not in html
    assert '<form class="kb-catalogus__filters" data-kb-filters hidden' in html  # shown by the script only
    assert 'role="status" aria-live="polite" data-kb-resultaat>2 interventies</p>' in html


def test_search_text_is_compared_without_accents():
    assert catalogue.fold("Zorgcoöperatie ÉÉN") == "zorgcooperatie een"


def test_newest_first_then_by_title_then_by_path():
    def entry(site_uri: str, title: str, day: datetime.date | None) -> Entry:
        return Entry(site_uri, site_uri, "artikel", title, title, dates=PageDates(day, None))

    pages = [entry("b/zelfde.md", "Zelfde", datetime.date(2026, 5, 1)), entry("z.md", "Zonder datum", None),
             entry("a/zelfde.md", "zelfde", datetime.date(2026, 5, 1)), entry("c.md", "Aap", datetime.date(2026, 5, 1)),
             entry("d.md", "Nieuwst", datetime.date(2026, 6, 1))]
    assert [e.site_uri for e in listing.newest_first(pages)] == ["d.md", "c.md", "a/zelfde.md", "b/zelfde.md", "z.md"]
