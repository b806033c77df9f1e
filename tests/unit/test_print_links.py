from kennisbank.html.print_links import add_print_urls, add_print_urls_to_article

PAGE = "https://kennisbank.example.nl/dossiers/buurtkracht/abcd/"


def test_relative_and_external_links_get_their_full_address():
    html = '<p><a href="../../../interventies/abcd/">ABCD</a> en <a href="https://www.movisie.nl/x?a=1&amp;b=2">Movisie</a></p>'
    assert add_print_urls(html, PAGE) == (
        '<p><a href="../../../interventies/abcd/" data-print-url="https://kennisbank.example.nl/interventies/abcd/">ABCD</a>'
        ' en <a href="https://www.movisie.nl/x?a=1&amp;b=2" data-print-url="https://www.movisie.nl/x?a=1&amp;b=2">Movisie</a></p>'
    )


def test_links_that_mean_nothing_on_paper_are_left_alone():
    html = ('<a href="#stappen">kop</a><a class="footnote-ref" href="#fn:1">1</a><a href="mailto:a@b.nl">a@b.nl</a>'
            '<a href="tel:0301234567">bel</a><a name="anker">x</a><a href="x/" data-print-url="y">al gedaan</a>')
    assert add_print_urls(html, PAGE) == html


def test_only_the_article_is_changed():
    html = ('<nav><a href="../x/">menu</a></nav><article class="md-content__inner md-typeset">'
            '<a href="../y/">y</a></article><footer><a href="../z/">z</a></footer>')
    result = add_print_urls_to_article(html, PAGE)
    assert '<a href="../x/">' in result and '<a href="../z/">' in result
    assert '<a href="../y/" data-print-url="https://kennisbank.example.nl/dossiers/buurtkracht/y/">' in result
    assert add_print_urls_to_article("<p>geen artikel</p>", PAGE) == "<p>geen artikel</p>"
