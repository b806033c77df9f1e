import pytest

from kennisbank.content import contacts


def write(tmp_path, text):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "contacten.yml").write_text(text, encoding="utf-8")
    return contacts.load(tmp_path)


GENERAL = contacts.GeneralContact("redactie@kennisinstituut.nl", placeholder=False)


def test_only_contacts_with_a_name_and_an_address_are_shown(tmp_path):
    found, problems = write(tmp_path, "- rol: Adviseur\n  onderwerpen: [EVC, ABCD]\n  naam: null\n"
                                      "- rol: Redactie\n  onderwerpen: [EVC]\n  naam: Iemand\n  email: "
                                      "redactie@example.org\n")
    assert problems == []
    assert contacts.render(found, GENERAL) == (
        '<ul class="kb-contacten">\n<li><strong>Redactie</strong> (Iemand): EVC. Mail naar '
        '<a href="mailto:redactie@example.org">redactie@example.org</a>.</li>\n</ul>')


def test_without_complete_contacts_the_general_address_stands_there(tmp_path):
    found, _ = write(tmp_path, "- rol: Adviseur\n  naam: Iemand\n")
    assert contacts.render(found, GENERAL) == (
        '<p>Mail uw vraag naar <a href="mailto:redactie@kennisinstituut.nl">redactie@kennisinstituut.nl</a>.</p>')


def test_html_in_the_data_is_refused_and_escaped_all_the_same(tmp_path):
    found, problems = write(tmp_path, '- rol: "<script>x</script>"\n  onderwerpen: ["<b>a</b>"]\n'
                                      '  naam: "A & <i>B</i>"\n  email: a@kennisinstituut.nl\n')
    assert found == [] and "staat HTML" in problems[0].message
    html = contacts.render([contacts.Contact("<script>x</script>", ("<b>a</b>",), "A & <i>B</i>",
                                             "a@kennisinstituut.nl")],
                           GENERAL)
    assert "<script>" not in html and "<b>" not in html and "<i>" not in html
    assert "&lt;script&gt;x&lt;/script&gt;" in html and "A &amp; &lt;i&gt;B&lt;/i&gt;" in html


@pytest.mark.parametrize("extra, placeholder", [
    ({"contact": {"email": "redactie@kennisbank.example.nl", "voorbeeld": True}}, True),
    ({"contact": {"email": "redactie@kennisinstituut.nl"}}, True),  # not said to be real
    ({"contact": {"email": "redactie@example.org", "voorbeeld": False}}, True),  # a reserved example domain
    ({"contact": {"email": "redactie@kennisinstituut.nl", "voorbeeld": False}}, False),
])
def test_the_general_address_is_a_placeholder_until_said_otherwise(extra, placeholder):
    general, problem = contacts.general(extra)
    assert problem is None and general.placeholder is placeholder
    shown = contacts.general_html(general)
    assert ("(nog een voorbeeldadres)" in shown) is placeholder


@pytest.mark.parametrize("extra", [{}, {"contact": "x"}, {"contact": {"email": "geen adres"}},
                                   {"contact": {"email": 'a@b.nl" onclick="x'}}])
def test_a_missing_or_broken_general_address_is_a_dutch_message(extra):
    general, problem = contacts.general(extra)
    assert general is None and problem.startswith("mkdocs.yml: het algemene contactadres")


@pytest.mark.parametrize("text, expected", [
    ("- rol: A\n  onderwerpen: [x\n", "kan niet gelezen worden"),
    ("rol: A\n", "moet een lijst zijn"),
    ("- naam: B\n", "contactpersoon 1 heeft geen rol"),
    ("- rol: A\n  telefoon: 06\n", "onbekend veld: telefoon"),
    ("- rol: A\n  onderwerpen: EVC\n", "'onderwerpen' moet een lijst zijn"),
    ("- rol: A\n  naam: B\n  email: 'b@x.nl\" onmouseover=\"y'\n", "is geen e-mailadres"),
])
def test_bad_contacts_file_is_reported_in_dutch(tmp_path, text, expected):
    _, problems = write(tmp_path, text)
    assert problems and problems[0].path == "data/contacten.yml" and expected in problems[0].message
