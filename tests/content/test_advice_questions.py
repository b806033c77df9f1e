"""The pages issue 18 asked for: each advice question leads to a page that answers it; the 2015 decentralisations."""
from html.parser import HTMLParser
from posixpath import join, normpath
from urllib.parse import urlsplit

ADVICE_PAGE = "/advies-en-ondersteuning/"
QUESTIONS_SECTION = "acht-vragen-die-vaak-binnenkomen"


class _QuestionLinks(HTMLParser):
    """The links under each h3 of the questions section (from its h2 to the next h2)."""

    def __init__(self):
        super().__init__()
        self.in_section = False
        self.heading: list[str] | None = None
        self.in_permalink = False
        self.questions: dict[str, list[str]] = {}
        self.current = ""

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "h2":
            self.in_section = attributes.get("id") == QUESTIONS_SECTION
        elif self.in_section and tag == "h3":
            self.heading = []
        elif self.heading is not None and tag == "a":
            self.in_permalink = True  # the heading's own permalink (the pilcrow) is no part of the question
        elif self.in_section and tag == "a" and self.current and self.heading is None:
            self.questions[self.current].append(attributes.get("href", ""))

    def handle_endtag(self, tag):
        if tag == "a":
            self.in_permalink = False
        elif tag == "h3" and self.heading is not None:
            self.current = "".join(self.heading).strip()
            self.questions[self.current] = []
            self.heading = None

    def handle_data(self, data):
        if self.heading is not None and not self.in_permalink:
            self.heading.append(data)


def questions_and_links(html: str) -> dict[str, list[str]]:
    parser = _QuestionLinks()
    parser.feed(html)
    return parser.questions


def site_path(page_url: str, href: str) -> str:
    """The site path a link on page_url points to, without fragment."""
    path = urlsplit(href).path
    return normpath(join(page_url, path)) + "/" if path else page_url


def test_the_advice_page_has_eight_questions_each_linking_to_an_answer_page(real_build):
    questions = questions_and_links(real_build.html(ADVICE_PAGE))
    assert len(questions) == 8, list(questions)
    for question, links in questions.items():
        assert question.endswith("?"), question
        answers = {site_path(ADVICE_PAGE, href) for href in links if not urlsplit(href).scheme}
        answers -= {ADVICE_PAGE, "/", "/begrippen/"}  # a glossary term link answers nothing
        assert answers, f"'{question}' links to no page"
        for answer in answers:
            built = real_build.site / answer.strip("/") / "index.html"
            assert built.is_file(), f"'{question}' links to {answer}, which is not built"
            assert "<h1" in built.read_text(encoding="utf-8"), answer


def test_the_home_page_and_the_advice_page_ask_the_same_questions(real_build):
    questions = set(questions_and_links(real_build.html(ADVICE_PAGE)))
    home = real_build.html("/")
    assert all(question in home for question in questions), questions
    assert 'href="advies-en-ondersteuning/"' in home


def test_the_decentralisation_page_names_the_three_laws_and_is_linked_from_both_dossiers(real_build):
    html = real_build.html("/dossiers/vrijwillige-inzet/decentralisaties-2015/")
    assert "De drie decentralisaties van 2015" in html
    for law in ("Wmo 2015", "Jeugdwet", "Participatiewet"):
        assert law in html, law
    for dossier in ("vrijwillige-inzet", "buurtkracht"):
        assert "decentralisaties-2015/" in real_build.html(f"/dossiers/{dossier}/"), dossier
