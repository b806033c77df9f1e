"""The contacts per topic (data/contacten.yml), shown where a page has the marker <!-- contactpersonen -->."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import re

import yaml

from .problems import Problem
from .schema import markup_in

_EMAIL = re.compile(r"^[^@\s<>()\[\]\\,;:\"]+@[^@\s<>()\[\]\\,;:\"]+\.[a-zA-Z]{2,}$")

CONTACTS_FILE = "data/contacten.yml"
MARKER = "<!-- contactpersonen -->"
FIELDS = {"rol", "onderwerpen", "naam", "email"}


@dataclass(frozen=True)
class Contact:
    role: str
    topics: tuple[str, ...]
    name: str | None
    email: str | None


def load(root: Path) -> tuple[list[Contact], list[Problem]]:
    path = Path(root) / CONTACTS_FILE
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        mark = getattr(error, "problem_mark", None)
        return [], [Problem(CONTACTS_FILE, mark.line + 1 if mark else None,
                            f"het bestand kan niet gelezen worden ({error}). Controleer de inspringing en dubbele punten.")]
    if not isinstance(data, list):
        return [], [Problem(CONTACTS_FILE, 1, "het bestand moet een lijst zijn: elke contactpersoon begint met '- rol: ...'.")]
    contacts, problems = [], []
    for number, entry in enumerate(data, start=1):
        where = f"contactpersoon {number}"
        if not isinstance(entry, dict) or not isinstance(entry.get("rol"), str) or not entry["rol"].strip():
            problems.append(Problem(CONTACTS_FILE, None, f"{where} heeft geen rol. Schrijf bijvoorbeeld: - rol: Adviseur vrijwillige inzet"))
            continue
        unknown = sorted(set(entry) - FIELDS)
        topics = entry.get("onderwerpen") or []
        if unknown:
            problems.append(Problem(CONTACTS_FILE, None, f"{where} ({entry['rol']}) heeft een onbekend veld: {', '.join(unknown)}. "
                                    f"Toegestaan: {', '.join(sorted(FIELDS))}."))
        elif not isinstance(topics, list) or not all(isinstance(t, str) for t in topics):
            problems.append(Problem(CONTACTS_FILE, None, f"{where} ({entry['rol']}): 'onderwerpen' moet een lijst zijn, zoals [EVC, vrijwilligerscentrales]."))
        elif any(markup_in(str(value)) for value in [entry["rol"], entry.get("naam") or "", *topics]):
            problems.append(Problem(CONTACTS_FILE, None, f"{where}: in de rol, de naam of een onderwerp staat HTML. "
                                    "Schrijf gewone tekst."))
        elif entry.get("email") and not (isinstance(entry["email"], str) and _EMAIL.match(entry["email"])):
            problems.append(Problem(CONTACTS_FILE, None, f"{where} ({entry['rol']}): '{entry['email']}' is geen "
                                    "e-mailadres. Schrijf het als naam@voorbeeld.nl, zonder spaties of haakjes."))
        else:
            contacts.append(Contact(entry["rol"].strip(), tuple(topics), entry.get("naam") or None, entry.get("email") or None))
    return contacts, problems


def render(contacts: list[Contact]) -> str:
    """A Markdown list: the role (and name where known), its topics, and the e-mail address where there is one."""
    lines = []
    for contact in contacts:
        who = f"**{contact.role}**" + (f" ({contact.name})" if contact.name else "")
        line = f"- {who}: {', '.join(contact.topics)}." if contact.topics else f"- {who}."
        if contact.email:
            line += f" Mail naar [{contact.email}](mailto:{contact.email})."
        lines.append(line)
    return "\n".join(lines)
