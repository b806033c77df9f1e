import pytest

from kennisbank import contacts


def write(tmp_path, text):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "contacten.yml").write_text(text, encoding="utf-8")
    return contacts.load(tmp_path)


def test_roles_topics_names_and_mail_are_rendered(tmp_path):
    found, problems = write(tmp_path, "- rol: Adviseur\n  onderwerpen: [EVC, ABCD]\n  naam: null\n"
                                      "- rol: Redactie\n  naam: Iemand\n  email: redactie@example.org\n")
    assert problems == []
    assert contacts.render(found) == ("- **Adviseur**: EVC, ABCD.\n"
                                      "- **Redactie** (Iemand). Mail naar [redactie@example.org](mailto:redactie@example.org).")


@pytest.mark.parametrize("text, expected", [
    ("- rol: A\n  onderwerpen: [x\n", "kan niet gelezen worden"),
    ("rol: A\n", "moet een lijst zijn"),
    ("- naam: B\n", "contactpersoon 1 heeft geen rol"),
    ("- rol: A\n  telefoon: 06\n", "onbekend veld: telefoon"),
    ("- rol: A\n  onderwerpen: EVC\n", "'onderwerpen' moet een lijst zijn"),
])
def test_bad_contacts_file_is_reported_in_dutch(tmp_path, text, expected):
    _, problems = write(tmp_path, text)
    assert problems and problems[0].path == "data/contacten.yml" and expected in problems[0].message
