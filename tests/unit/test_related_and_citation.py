import datetime

from site_entries import load_site

from conftest import page
from kennisbank.finding.citation import Book, apa
from kennisbank.finding.related import related


def test_related_pages_named_first_then_by_shared_themes_never_itself(tmp_path):
    site = load_site(tmp_path, {
        "dossiers/d/hier.md": page("artikel", title="Hier", themas="[leefbaarheid, wat-werkt, participatie]",
                                   doelgroepen="[bewoners]", gerelateerd="[/docs-kaart.md, dit.md]"),
        "dossiers/d/dit.md": page("artikel", title="Genoemd", themas="[informele-zorg]"),
        "dossiers/d/drie.md": page("artikel", title="Drie gedeeld", themas="[leefbaarheid, wat-werkt, participatie]"),
        "dossiers/d/twee.md": page("artikel", title="Twee gedeeld", themas="[leefbaarheid, wat-werkt]"),
        "dossiers/d/een-doelgroep.md": page("artikel", title="B een en doelgroep", themas="[leefbaarheid]",
                                            doelgroepen="[bewoners]"),
        "dossiers/d/een-nieuw.md": page("artikel", title="Z een en nieuw", themas="[leefbaarheid]", datum="2027-01-01"),
        "dossiers/d/een-oud.md": page("artikel", title="A een en oud", themas="[participatie]"),
        "dossiers/d/geen.md": page("artikel", title="Geen gedeeld", themas="[informele-zorg]"),
        "docs/overzicht.md": page("pagina", title="Een pagina, geen artikel", themas="[leefbaarheid, wat-werkt]"),
    })
    here = site.by_uri["dossiers/d/hier.md"]
    titles = [entry.title for entry in related(here, site)]
    # The missing '/docs-kaart.md' is the link check's concern (kennisbank/content/links.py); here it is skipped.
    assert titles == ["Genoemd", "Drie gedeeld", "Twee gedeeld", "B een en doelgroep", "Z een en nieuw"]
    assert [e.title for e in related(here, site, limit=3)] == ["Genoemd", "Drie gedeeld", "Twee gedeeld"]


def test_apa_citation_of_a_web_page_and_of_a_chapter():
    day = datetime.date(2026, 11, 28)
    url = "https://kennisbank.example.nl/dossiers/buurtkracht/abcd/"
    own = apa("ABCD: werken vanuit wat de buurt al heeft", url, "Kennisbank Actief Burgerschap", date=day)
    assert own.text == ("Kennisbank Actief Burgerschap. (2026, 28 november). ABCD: werken vanuit wat de buurt al "
                        "heeft. "
                        f"{url}")
    assert "<i>ABCD: werken vanuit wat de buurt al heeft.</i>" in own.html
    by_author = apa("Wat werkt?", url, "Kennisbank Actief Burgerschap", author="Movisie", date=None)
    assert by_author.text == f"Movisie. (z.d.). Wat werkt? Kennisbank Actief Burgerschap. {url}"
    chapter = apa("Volhouden", url, "Kennisbank Actief Burgerschap", date=day,
                  book=Book("Stappen in buurt- en dorpskracht", 2026))
    assert chapter.text == \
        f"Kennisbank Actief Burgerschap. (2026). Volhouden. In Stappen in buurt- en dorpskracht. {url}"
    assert "In <i>Stappen in buurt- en dorpskracht.</i>" in chapter.html
