from kennisbank.content.order import order_key


def test_index_first_then_fixed_top_level_then_chapters_then_titles():
    items = [
        ("colofon.md", "Over"), ("dossiers", "Dossiers"), ("index.md", "Start"),
        ("e-book", "E-book"), ("begrippen.md", "Begrippen"),
    ]
    assert [i[0] for i in sorted(items, key=lambda i: order_key(*i))] == [
        "index.md", "dossiers", "e-book", "begrippen.md", "colofon.md"]
    chapters = [("e-book/b.md", "Aan de slag", 2), ("e-book/a.md", "Lessen", 10),
                ("e-book/c.md", "Zo begint het", 1), ("e-book/index.md", "Boek")]
    assert [i[0] for i in sorted(chapters, key=lambda i: order_key(*i))] == [
        "e-book/index.md", "e-book/c.md", "e-book/b.md", "e-book/a.md"]
    articles = [("d/zorg.md", "Zorgcoöperaties"), ("d/abcd.md", "ABCD"), ("d/b.md", "buurtrechten")]
    assert [i[1] for i in sorted(articles, key=lambda i: order_key(*i))] == ["ABCD", "buurtrechten", "Zorgcoöperaties"]
