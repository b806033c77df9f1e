"""A synthetic Dutch site of any size, valid against our schema, for benchmarks.

    from bench.corpus import write_corpus
    write_corpus(site_root, pages=1000)   # into a site root made like tests/conftest.make_site

The pages are made from a fixed word stock with a seeded random generator, so the same size gives the same
site. They have the real front matter of each page type (values from vocabulaire.yml), the collections and
folders of the real site, headings, paragraphs of about 500 words a page in all, and the kinds of words
readers search for: plurals, compounds, diacritics and abbreviations. They have no links, so any size builds.
"""
from __future__ import annotations

import random
from pathlib import Path

import yaml

from kennisbank.content import vocabulary

DATE = "2026-11-28"

# Where each page type lives, and its share of the pages (the rest of the site is index pages).
SHARES = (("artikel", 0.5), ("interventie", 0.2), ("kaart", 0.15), ("hoofdstuk", 0.15))
DOSSIERS = ("vrijwillige-inzet", "buurtkracht")

SUBJECTS = ("de gemeente", "een vrijwilligerscentrale", "de dorpsraad", "het sociaal wijkteam", "een bewonersgroep",
            "de buurtcoöperatie", "een opbouwwerker", "de beleidsmedewerker", "het zorgsteunpunt",
            "een vrijwilligersorganisatie", "de dorpsondersteuner", "een buurtcommunity", "het bewonersbedrijf",
            "de mantelzorgconsulent", "een welzijnsorganisatie", "de vrijwilligers", "de mantelzorgers")
VERBS = ("ondersteunt", "verbindt", "versterkt", "betrekt", "waardeert", "begeleidt", "organiseert", "bereikt",
         "financiert", "helpt", "spreekt", "informeert", "traint", "vraagt", "zoekt")
OBJECTS = ("vrijwilligers", "mantelzorgers", "bewoners", "jongeren", "ouderen", "buurthuizen", "dorpshuizen",
           "bewonersinitiatieven", "nieuwe vrijwilligers", "kwetsbare inwoners", "de buurtbewoners",
           "lokale organisaties", "informele netwerken", "de financiën van het project", "de coöperatie",
           "het vrijwilligerswerk", "de zorgcoöperaties", "de maatjesprojecten", "de activiteiten in het dorp")
PURPOSES = ("zodat meer mensen meedoen", "omdat de Wmo dat vraagt", "want eenzaamheid neemt toe",
            "en zo groeit de leefbaarheid", "met steun van het fonds", "volgens de aanpak van ABCD",
            "zoals de VNG aanraadt", "met een EVC-traject", "dankzij een kleine subsidie",
            "in overleg met de wijkagent", "zonder veel regels", "met een duidelijk plan")
OPENERS = ("Daarom", "Daarna", "Vaak", "Soms", "In veel gemeenten", "Op het platteland", "In de wijk",
           "Bij een nieuw initiatief", "Na een jaar", "Eerst")
TOPICS = ("Vrijwilligers vinden en binden", "Buurthuizen overnemen", "Financiën van een initiatief",
          "Mantelzorgers ondersteunen", "Een zorgsteunpunt opzetten", "Samenwerken met de gemeente",
          "Jongeren betrekken", "Ouderen thuis helpen", "Een bewonersbedrijf starten", "Zorgcoöperaties",
          "Informele netwerken", "Het uitdaagrecht gebruiken", "Werken met ABCD", "Wmo en vrijwilligerswerk",
          "Eenzaamheid verminderen", "Kwetsbare vrijwilligers", "Vrijwilligerscentrales", "Dorpsondersteuners",
          "Een buurtcommunity starten", "Maatschappelijk aanbesteden")
ANGLES = ("aanpak", "praktijk", "lessen", "checklist", "stappen", "vragen", "voorbeelden", "tips", "valkuilen",
          "kansen")
HEADINGS = ("Waarom dit werkt", "Zo begint u", "Wat u nodig hebt", "Geld en middelen", "Samenwerken",
            "Lessen uit de praktijk", "Veelgestelde vragen", "Wat de gemeente kan doen", "Volhouden")


def write_corpus(root: Path, pages: int, seed: int = 5) -> list[Path]:
    """Write `pages` content pages (plus the index pages of their folders) into a site root; the files."""
    root = Path(root)
    vocab = vocabulary.load(root if (root / vocabulary.VOCABULARY_FILE).exists() else Path(__file__).parent.parent)
    lists = {name: list(vocab.value_lists[name])
             for name in ("themas", "doelgroepen", "basisfuncties", "erkenningsniveaus")}
    rng = random.Random(seed)
    written = [_write(root / path, meta, _body(rng)) for path, meta in _index_pages(lists)]
    counts = {page_type: round(pages * share) for page_type, share in SHARES}
    counts["artikel"] += pages - sum(counts.values())
    number = 0
    for page_type, count in counts.items():
        for _ in range(count):
            number += 1
            title = f"{rng.choice(TOPICS)}: {rng.choice(ANGLES)} {number}"
            meta = {"title": title, "description": _sentence(rng), "type": page_type,
                    **_fields(page_type, number, rng, lists)}
            written.append(_write(root / _folder(page_type, number) / f"pagina-{number}.md", meta, _body(rng)))
    return written


def _index_pages(lists) -> list[tuple[str, dict]]:
    themes = lists["themas"][:2]
    pages = [("docs/index.md", {"title": "Kennisbank", "menutitel": "Start"}),
             ("docs/praktijkkaarten/index.md", {"title": "Praktijkkaarten"}),
             ("docs/interventies/index.md", {"title": "Interventies"}),
             ("dossiers/index.md", {"title": "Dossiers"}),
             ("ebook/index.md", {"title": "Stappen in buurt- en dorpskracht", "menutitel": "E-book"})]
    pages = [(path, {**meta, "description": "Een overzicht.", "type": "pagina"}) for path, meta in pages]
    pages += [(f"dossiers/{name}/index.md", {"title": f"Dossier {name.replace('-', ' ').capitalize()}",
                                             "description": "De startpagina van het dossier.", "type": "dossier",
                                             "themas": themes}) for name in DOSSIERS]
    return pages


def _folder(page_type: str, number: int) -> str:
    return {"artikel": f"dossiers/{DOSSIERS[number % len(DOSSIERS)]}", "interventie": "docs/interventies",
            "kaart": "docs/praktijkkaarten", "hoofdstuk": "ebook"}[page_type]


def _fields(page_type: str, number: int, rng: random.Random, lists) -> dict:
    themes = rng.sample(lists["themas"], 2)
    groups = rng.sample(lists["doelgroepen"], 2)
    if page_type == "artikel":
        return {"themas": themes, "doelgroepen": groups, "datum": DATE}
    if page_type == "kaart":
        return {"basisfunctie": rng.choice(lists["basisfuncties"]), "themas": themes, "datum": DATE}
    if page_type == "hoofdstuk":
        return {"hoofdstuk": number}
    return {"doel": _sentence(rng), "doelgroep": _sentence(rng), "aanpak": _sentence(rng),
            "uitvoerders": _sentence(rng), "themas": themes, "doelgroepen": groups,
            "erkenning": rng.choice(lists["erkenningsniveaus"]), "bron": "Synthetische testgegevens", "datum": DATE}


def _sentence(rng: random.Random) -> str:
    text = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(PURPOSES)}."
    if rng.random() < 0.4:
        text = f"{rng.choice(OPENERS)} {rng.choice(VERBS)} {rng.choice(SUBJECTS)} {rng.choice(OBJECTS)}."
    return text[0].upper() + text[1:]


def _body(rng: random.Random) -> str:
    parts = [" ".join(_sentence(rng) for _ in range(4))]
    for heading in rng.sample(HEADINGS, 4):
        parts.append(f"## {heading}")
        parts += [" ".join(_sentence(rng) for _ in range(rng.randint(3, 5))) for _ in range(3)]
    return "\n\n".join(parts) + "\n"


def _write(path: Path, meta: dict, body: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)
    path.write_text(f"---\n{front}---\n\n{body}", encoding="utf-8")
    return path
