"""The front-matter schema: every page's fields checked against vocabulaire.yml."""
from __future__ import annotations

import datetime
import difflib
import re

from kennisbank.content.frontmatter import Source
from kennisbank.content.vocabulary import Field, Vocabulary
from kennisbank.problems import Problem

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# The start of an HTML tag, comment or declaration: front matter is plain text, the templates print it as such.
_MARKUP = re.compile(r"<\s*[a-zA-Z/!?]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_YEAR_OR_MONTH = re.compile(r"^(\d{4})(?:-(\d{2}))?$")
STUDY_FIELDS = {"bevinding": "wat het onderzoek vond", "door": "wie het onderzoek deed",
                "wanneer": "wanneer het onderzoek verscheen"}
_WHAT = {"themas": "het thema", "doelgroepen": "de doelgroep", "types": "het paginatype",
         "basisfuncties": "de basisfunctie", "erkenningsniveaus": "het erkenningsniveau"}


def validate(source: Source, vocabulary: Vocabulary) -> list[Problem]:
    """All problems with the page's front matter; an empty list when it is valid."""
    meta = source.meta

    def problem(name: str, text: str) -> Problem:
        # On the field's own line, or at the top for a field that is missing.
        return Problem(source.path, source.field_lines.get(name, 1), text)

    types = vocabulary.types
    if "type" not in meta:
        return [problem("type", "het veld 'type' ontbreekt. Zet in de front matter bijvoorbeeld: type: artikel. "
                        f"Kies uit: {', '.join(types)}.")]
    page_type = types.get(meta["type"]) if isinstance(meta["type"], str) else None
    if page_type is None:
        return [problem("type", f"het paginatype '{meta['type']}' bestaat niet.{_did_you_mean(meta['type'], types)} "
                        f"Kies uit: {', '.join(types)}.")]

    problems = []
    for name in page_type.required:
        if name not in meta:
            field = vocabulary.fields[name]
            problems.append(problem(name, f"het veld '{name}' ontbreekt. Een pagina van het type {meta['type']} "
                                    f"heeft {field.explanation} nodig. Voeg bijvoorbeeld toe: {name}: "
                                    f"{_example(field, vocabulary)}"))
    for name, value in meta.items():
        if name not in page_type.allowed:
            problems.append(problem(name, f"het veld '{name}' hoort niet bij het type {meta['type']}."
                                    f"{_did_you_mean(name, page_type.allowed)} Toegestaan: "
                                    f"{', '.join(page_type.allowed)}."))
            continue
        message = _check_value(name, value, vocabulary.fields[name], vocabulary)
        if message:
            problems.append(problem(name, message))
    return problems


def markup_in(text: str) -> str | None:
    """The start of an HTML tag in a text that must be plain, if there is one."""
    match = _MARKUP.search(text)
    return match.group(0) if match else None


def plain_text_problems(source: Source, max_chars: int) -> list[Problem]:
    """Every text in the front matter is plain text of a sensible size: no HTML, no control characters."""
    problems = []
    for name, value in source.meta.items():
        for text in _texts(value):
            line = source.field_lines.get(str(name), 1)
            if markup_in(text):
                problems.append(Problem(source.path, line, f"in '{name}' staat HTML ({markup_in(text)}...). "
                                        "Velden in de front matter zijn gewone tekst: haal de HTML weg. Wilt u een "
                                        "kleiner-dan-teken schrijven, zet er dan een spatie achter: '< 5'."))
            elif _CONTROL.search(text):
                problems.append(Problem(source.path, line, f"in '{name}' staat een onzichtbaar stuurteken. "
                                        "Typ de tekst opnieuw, zonder kopiëren en plakken uit een ander programma."))
            elif len(text) > max_chars:
                problems.append(Problem(source.path, line, f"'{name}' is {len(text)} tekens lang; de grens is "
                                        f"{max_chars} (grenzen.yml). Houd het veld kort; de tekst zelf hoort in de "
                                        "pagina."))
    return problems


def _texts(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _texts(item)


def _check_value(name: str, value, field: Field, vocabulary: Vocabulary) -> str | None:
    kind = field.kind
    if kind == "tekst":
        if not isinstance(value, (str, int, float)) or not str(value).strip():
            return f"het veld '{name}' is leeg of geen tekst. Vul {field.explanation} in."
        if field.max_length and len(str(value)) > field.max_length:
            what = "de titel" if name == "title" else f"'{name}'"
            return (f"{what} is {len(str(value))} tekens lang. Maak hem korter, hoogstens {field.max_length} tekens, "
                    "zodat hij leesbaar blijft in zoekresultaten, menu's en op een telefoon.")
    elif kind == "datum":
        if parse_date(value) is None:
            return (f"'{value}' bij '{name}' is geen geldige datum. Schrijf jaar-maand-dag, "
                    f"bijvoorbeeld {name}: {datetime.date.today().isoformat()}.")
    elif kind == "jaar-of-datum":
        if parse_period(value) is None:
            return (f"'{value}' bij '{name}' is geen jaar of datum. Schrijf een jaar, een maand of een dag: "
                    f"{name}: 2015, {name}: 2015-05 of {name}: 2015-05-15.")
    elif kind == "teksten":
        if not isinstance(value, list) or not value or not all(_is_text(item) for item in value):
            return (f"'{name}' moet een lijst van korte teksten zijn, elk op een eigen regel met '- ' ervoor. "
                    f"Laat het veld weg als u het niet weet: de pagina toont dan zelf dat het niet bekend is.")
    elif kind == "onderzoeken":
        return _check_studies(name, value)
    elif kind == "getal":
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            return f"'{name}' moet een heel getal zijn, 1 of hoger, bijvoorbeeld {name}: 3."
    elif kind == "keuze":
        allowed = vocabulary.values(field)
        if not isinstance(value, str) or value not in allowed:
            return _not_in_list(value, field, allowed)
    elif kind == "lijst":
        allowed = vocabulary.values(field)
        if not isinstance(value, list) or not value:
            return (f"'{name}' moet een lijst zijn met minstens één waarde, tussen blokhaken: "
                    f"{name}: [{next(iter(allowed))}].")
        for item in value:
            if not isinstance(item, str) or item not in allowed:
                return _not_in_list(item, field, allowed)
        if len(set(value)) != len(value):
            return f"in '{name}' staat een waarde twee keer. Noem elke waarde één keer."
    elif kind in ("paginas", "opties"):
        if not isinstance(value, list) or not all(isinstance(item, str) and item for item in value):
            return f"'{name}' moet een lijst zijn, bijvoorbeeld {name}: [{_example(field, vocabulary)}]."
        if kind == "paginas":
            wrong = [item for item in value if not item.split("#")[0].endswith(".md")]
            if wrong:
                return (f"'{name}' noemt '{wrong[0]}'. Noem een pagina met haar pad op de site, "
                        "eindigend op .md, bijvoorbeeld /dossiers/buurtkracht/abcd.md.")
    return None


def _is_text(value) -> bool:
    return isinstance(value, (str, int, float)) and not isinstance(value, bool) and bool(str(value).strip())


def _check_studies(name: str, value) -> str | None:
    example = (f"{name}:\n  - bevinding: Deelnemers kregen meer zelfvertrouwen.\n    door: Trimbos-instituut\n"
               "    wanneer: 2013")
    if not isinstance(value, list) or not value:
        return f"'{name}' moet een lijst van onderzoeken zijn, zoals:\n{example}"
    for number, study in enumerate(value, start=1):
        if not isinstance(study, dict) or not _is_text(study.get("bevinding")):
            return (f"onderzoek {number} in '{name}' mist 'bevinding': {STUDY_FIELDS['bevinding']}. "
                    f"Schrijf bijvoorbeeld:\n{example}")
        unknown = sorted(str(key) for key in study if key not in STUDY_FIELDS)
        if unknown:
            return (f"onderzoek {number} in '{name}' heeft een onbekend veld: {', '.join(unknown)}. "
                    f"Toegestaan: {', '.join(STUDY_FIELDS)}.")
        if "door" in study and not _is_text(study["door"]):
            return f"onderzoek {number} in '{name}': 'door' is leeg. Noem {STUDY_FIELDS['door']}, of laat 'door' weg."
        if "wanneer" in study and parse_period(study["wanneer"]) is None:
            return (f"onderzoek {number} in '{name}': '{study['wanneer']}' bij 'wanneer' is geen jaar of datum. "
                    "Schrijf bijvoorbeeld wanneer: 2017 of wanneer: 2013-06-17.")
    return None


def _not_in_list(value, field: Field, allowed: dict[str, str]) -> str:
    what = _WHAT.get(field.values_from or "", "de waarde")
    text = (f"{what} '{value}' bestaat niet in vocabulaire.yml.{_did_you_mean(value, allowed)} "
            f"Kies uit: {', '.join(allowed)}.")
    if field.values_from in ("themas", "doelgroepen"):
        text += f" Is het echt nieuw? Voeg het dan toe onder '{field.values_from}' in vocabulaire.yml."
    return text


def _did_you_mean(value, options) -> str:
    matches = difflib.get_close_matches(str(value), list(options), n=1, cutoff=0.6)
    return f" Bedoelt u '{matches[0]}'?" if matches else ""


def _example(field: Field, vocabulary: Vocabulary) -> str:
    if field.kind in ("datum", "jaar-of-datum"):
        return datetime.date.today().isoformat()
    if field.kind == "getal":
        return "1"
    if field.kind == "keuze":
        return next(iter(vocabulary.values(field)))
    if field.kind == "lijst":
        return f"[{next(iter(vocabulary.values(field)))}]"
    if field.kind == "paginas":
        return "/dossiers/buurtkracht/abcd.md"
    if field.kind == "opties":
        return "toc"
    return "..."


def parse_date(value) -> datetime.date | None:
    """A front-matter date (kept as text by the loader, or a date from elsewhere)."""
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str) and _ISO_DATE.match(value):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def parse_period(value) -> tuple[int, int | None, int | None] | None:
    """A year, month or day as (year, month, day), the smaller parts None when not given; None when invalid."""
    if isinstance(value, int) and not isinstance(value, bool) and 1000 <= value <= 9999:
        return value, None, None
    day = parse_date(value)
    if day is not None:
        return day.year, day.month, day.day
    match = _YEAR_OR_MONTH.match(value) if isinstance(value, str) else None
    if match and (match.group(2) is None or 1 <= int(match.group(2)) <= 12):
        return int(match.group(1)), int(match.group(2)) if match.group(2) else None, None
    return None
