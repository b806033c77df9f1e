import datetime
import xml.etree.ElementTree as etree

from site_entries import load_site

from conftest import page
from kennisbank.content.dates import PageDates
from kennisbank.downloads.bookinfo import BookInfo
from kennisbank.finding import feed, redirects, robots, structured_data

ATOM = "{http://www.w3.org/2005/Atom}"


def test_feed_lists_the_newest_articles_first_and_parses(tmp_path):
    files = {f"dossiers/d/artikel-{n}.md": page("artikel", title=f"Artikel {n}", datum=f"2026-11-{n:02d}")
             for n in range(1, 26)}
    files["docs/index.md"] = page(title="Start", datum="2026-12-31")  # a page, no article: not in the feed
    site = load_site(tmp_path, files)
    xml = feed.atom(site, lambda uri: "https://voorbeeld.nl/" + uri.removesuffix(".md") + "/", "Kennisbank",
                    "https://voorbeeld.nl/")
    root = etree.fromstring(xml.encode("utf-8"))
    titles = [entry.findtext(f"{ATOM}title") for entry in root.iter(f"{ATOM}entry")]
    assert titles == [f"Artikel {n}" for n in range(25, 5, -1)]  # the 20 newest
    first = next(root.iter(f"{ATOM}entry"))
    assert first.findtext(f"{ATOM}updated") == "2026-11-25T00:00:00+00:00"
    assert first.find(f"{ATOM}link").get("href") == "https://voorbeeld.nl/dossiers/d/artikel-25/"
    assert root.findtext(f"{ATOM}updated") == "2026-11-25T00:00:00+00:00"


def test_a_commit_after_publication_is_the_update_in_the_feed():
    entry = type("E", (), {})()
    entry.dates = PageDates(datetime.date(2026, 11, 28), datetime.datetime.fromisoformat("2026-12-03T10:00:00+01:00"))
    assert feed.updated_at(entry).isoformat() == "2026-12-03T10:00:00+01:00"
    entry.dates = PageDates(datetime.date(2026, 11, 28), datetime.datetime.fromisoformat("2026-11-01T10:00:00+01:00"))
    assert feed.updated_at(entry).isoformat() == "2026-11-28T00:00:00+00:00"


SITE_URIS = {"index.md", "dossiers/buurtkracht/abcd.md", "e-book/index.md", "themas/wat-werkt.md"}


def write_redirects(tmp_path, text):
    (tmp_path / "data").mkdir(exist_ok=True)
    (tmp_path / redirects.REDIRECTS_FILE).write_text(text, encoding="utf-8")
    return redirects.load(tmp_path, SITE_URIS)


def test_redirects_from_old_addresses_to_existing_pages(tmp_path):
    found, problems = write_redirects(tmp_path, "# uitleg\n/ebook/index.md: /e-book/index.md\n"
                                                "/dossiers/buurtkracht/asset-based.md: "
                                                "/dossiers/buurtkracht/abcd.md#stap-1\n"
                                                "/oude-themas/: /themas/wat-werkt.md\n")
    assert problems == []
    assert found == [redirects.Redirect("ebook/index.md", "e-book/index.md", ""),
                     redirects.Redirect("dossiers/buurtkracht/asset-based.md", "dossiers/buurtkracht/abcd.md",
                                        "stap-1"),
                     redirects.Redirect("oude-themas/index.md", "themas/wat-werkt.md", "")]
    html = redirects.html("../e-book/", "Het e-book", "https://voorbeeld.nl/e-book/")
    assert '<meta http-equiv="refresh" content="0; url=../e-book/">' in html and "<script" not in html


def test_bad_redirects_are_reported_in_dutch_with_the_line(tmp_path):
    _, problems = write_redirects(tmp_path, "/ebook/index.md: /e-book/index.md\n"
                                            "/dossiers/buurtkracht/abcd/: /e-book/index.md\n"
                                            "/oud.md: /dossiers/buurtkracht/abdc.md\n"
                                            "/ebook/: /index.md\n"
                                            "oud: nieuw\n")
    messages = [str(p) for p in problems]
    assert messages[0].startswith("data/redirects.yml:2: '/dossiers/buurtkracht/abcd/' is nog een pagina op de site "
                                  "(dossiers/buurtkracht/abcd.md)")
    assert messages[1].startswith("data/redirects.yml:3: de nieuwe pagina '/dossiers/buurtkracht/abdc.md' bestaat "
                                  "niet. "
                                  "Bedoelt u '/dossiers/buurtkracht/abcd.md'?")
    assert messages[2].startswith("data/redirects.yml:4: '/ebook/' staat er twee keer in (ook op regel 1)")
    assert messages[3].startswith("data/redirects.yml:5: schrijf het oude en het nieuwe adres als pad op de site")
    _, problems = write_redirects(tmp_path, "/oud.md: [lijst\n")
    assert str(problems[0]).startswith("data/redirects.yml:1: het bestand kan niet gelezen worden")


def test_json_ld_types_per_kind_of_page(tmp_path):
    site = load_site(tmp_path, {
        "dossiers/d/index.md": page("dossier", title="Dossier D"),
        "dossiers/d/a.md": page("artikel", title="Een artikel", auteur="Movisie", themas="[wat-werkt]"),
        "docs/interventies/x.md": page("interventie", title="X", erkenning="goed-onderbouwd", doel="Meedoen."),
        "docs/interventies/y.md": page("interventie", title="Y", erkenning="onbekend"),
        "ebook/index.md": page(title="Het boek", datum="2026-11-28"),
        "ebook/een.md": page("hoofdstuk", title="Een", hoofdstuk=1),
    })
    by_uri = site.by_uri
    book = BookInfo("Het boek", "Ondertitel", "Kennisbank", 2026, "nl", "CC BY 4.0", ("buurt",), "Over buurten.",
                    "Colofon.")

    def ld(uri):
        facts = structured_data.PageFacts(by_uri[uri].title, "", "https://v.nl/" + uri, "Kennisbank", "https://v.nl/",
                                          image="https://v.nl/assets/deelbeeld.png")
        return structured_data.json_ld(facts, by_uri[uri], site, lambda u: "https://v.nl/" + u, book)

    article = ld("dossiers/d/a.md")
    assert article["@type"] == "Article" and article["author"] == {"@type": "Person", "name": "Movisie"}
    assert article["datePublished"] == "2026-11-28" and article["keywords"] == ["Wat werkt"]
    assert article["isPartOf"]["url"] == "https://v.nl/dossiers/d/index.md"
    assert article["image"] == "https://v.nl/assets/deelbeeld.png"
    intervention = ld("interventies/x.md")
    assert intervention["mainEntity"]["@type"] == "Service"
    assert intervention["mainEntity"]["award"] == "Erkend als Goed onderbouwd"
    assert "award" not in ld("interventies/y.md")["mainEntity"]  # 'onbekend' is no recognition
    assert ld("e-book/index.md")["@type"] == "Book"
    assert ld("e-book/index.md")["datePublished"] == "2026-11-28"  # a full date, not boek.yml's year
    assert ld("e-book/index.md")["hasPart"] == [{"@type": "Chapter", "name": "Een", "position": 1,
                                                 "url": "https://v.nl/e-book/een.md"}]
    assert ld("e-book/een.md")["isPartOf"]["@type"] == "Book"
    assert ld("dossiers/d/index.md")["@type"] == "CollectionPage"


def test_robots_txt_names_the_sitemap_only_with_a_site_url():
    assert robots.robots_txt("https://v.nl/sub/").splitlines() == [
        "User-agent: *", "Allow: /", "", "Sitemap: https://v.nl/sub/sitemap.xml"]
    assert "Sitemap" not in robots.robots_txt("")  # robots.txt needs an absolute address
