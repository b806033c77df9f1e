"""The search thesaurus (data/synoniemen.yml): its kinds of words, and what the build reports across lines."""
from kennisbank.search import synonyms, thesaurus
from kennisbank.search.compounds import Splitter
from kennisbank.search.expansion import Expander
from kennisbank.search.words import words

SITE = thesaurus.site_forms([words("Een maatje helpt bij schulden. Vrijwilligers en de gemeente werken samen.")])


def load(tmp_path, text):
    (tmp_path / "data").mkdir(exist_ok=True)
    (tmp_path / synonyms.SYNONYMS_FILE).write_text(text, encoding="utf-8")
    return synonyms.load(tmp_path)


def test_an_entry_gives_the_same_words_strong_and_broader_and_related_weak(tmp_path):
    groups, problems = load(tmp_path, "- {term: maatje, engels: [buddy], breder: [vrijwilliger], verwant: "
                                      "[eenzaamheid]}\n")
    assert problems == [] and thesaurus.check(groups, SITE) == []
    expander = Expander(Splitter(set(), set()), groups)
    assert expander.terms(words("Een maatje komt langs.")) == ["buddy"]
    assert expander.related_terms(words("Een maatje komt langs.")) == ["vrijwilliger", "eenzaamheid"]


def test_a_term_no_page_uses_a_duplicate_and_a_circle_are_reported_with_their_lines(tmp_path):
    groups, problems = load(tmp_path, "- {term: maatje, zelfde: [buddy], breder: [vrijwilligers]}\n"
                                      "- {term: schulden, zelfde: [buddy]}\n"
                                      "- {term: vrijwilligers, breder: [maatje]}\n"
                                      "- {term: geldzorgen, zelfde: [geldproblemen]}\n")
    assert problems == []
    found = {(problem.line, problem.message.split(".")[0]) for problem in thesaurus.check(groups, SITE)}
    assert (2, "'buddy' staat al in regel 1") in found
    assert (4, "'geldzorgen' staat op geen enkele pagina, dus deze groep vindt niets") in found
    assert any(line == 1 and "kring: maatje → vrijwilligers → maatje" in message for line, message in found), found


def test_an_unknown_kind_of_word_is_reported_in_dutch(tmp_path):
    _, problems = load(tmp_path, "- {term: maatje, synoniem: [buddy]}\n")
    assert problems[0].line == 1 and "'synoniem' kent de thesaurus niet" in problems[0].message


def test_the_shipped_thesaurus_has_150_entries_and_no_problems():
    groups, problems = synonyms.load(thesaurus.Path(__file__).resolve().parents[2])
    assert problems == [] and len(groups) >= 150


def test_the_glossary_feeds_groups_with_its_names_and_its_ook_line(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / thesaurus.GLOSSARY).write_text(
        "---\ntitle: Begrippen\n---\n\n## Dorpssteunpunt of zorgsteunpunt\n\nEen plek in het dorp.\n\n"
        "*Ook:* dorpsloket, steunpunt in het dorp\n\n## Maatje\n\nEen vrijwilliger die iemand bijstaat.\n\n"
        "Ook: buddy\n",
        encoding="utf-8")
    groups, _ = load(tmp_path, "- {term: maatje, zelfde: [maatjescontact]}\n")
    found = [[word.text for word in group.members] for group in thesaurus.glossary_groups(tmp_path, groups)]
    # "maatje" is in the thesaurus already: its glossary word joins it there.
    assert found == [["Dorpssteunpunt", "zorgsteunpunt", "dorpsloket", "steunpunt in het dorp"], ["Maatje", "buddy"]]
