"""Contact addresses on pages: the one general address (mkdocs.yml, `extra: contact:`) where a page has
<!-- contact -->, and the contacts per topic (data/contacten.yml) where it has <!-- contactpersonen -->.

A contact per topic is shown only with a name and an address; without any, the general address stands there.
Everything from the data is escaped: the lists are HTML, and an address is only a link when it looks like one.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from html import escape
from pathlib import Path

import yaml

from kennisbank.content import yaml_files
from kennisbank.content.schema import markup_in
from kennisbank.problems import Problem

CONTACTS_FILE = "data/contacten.yml"
MARKER = "<!-- contactpersonen -->"
GENERAL_MARKER = "<!-- contact -->"
FIELDS = {"rol", "onderwerpen", "naam", "email"}
_EMAIL = re.compile(r"^[^@\s<>\"'()\[\],;:]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
# Domains that are reserved for examples (RFC 2606): an address there reaches nobody.
_EXAMPLE_DOMAIN = re.compile(r"(?:^|\.)(?:example(?:\.[a-z]+)?|test|invalid|localhost)$", re.IGNORECASE)


@dataclass(frozen=True)
class Contact:
    role: str
    topics: tuple[str, ...]
    name: str | None
    email: str | None


@dataclass(frozen=True)
class GeneralContact:
    email: str
    placeholder: bool  # still an example address: the build says so, and the pages say so to readers


def general(extra: Mapping) -> tuple[GeneralContact | None, str | None]:
    """The general address from mkdocs.yml's `extra: contact:`, or a Dutch message of what is wrong with it."""
    data = extra.get("contact") if isinstance(extra, Mapping) else None
    example = "extra:\n  contact:\n    email: redactie@kennisinstituut.nl\n    voorbeeld: false"
    if (not isinstance(data, Mapping) or not isinstance(data.get("email"), str)
            or not _EMAIL.match(data["email"].strip())):
        return None, ("mkdocs.yml: het algemene contactadres ontbreekt of is geen e-mailadres. De colofon en de "
                      f"toegankelijkheidsverklaring hebben het nodig. Schrijf bijvoorbeeld:\n{example}")
    email = data["email"].strip()
    placeholder = data.get("voorbeeld") is not False or bool(_EXAMPLE_DOMAIN.search(email.rsplit("@", 1)[1]))
    return GeneralContact(email, placeholder), None


def placeholder_notice(contact: GeneralContact) -> str:
    return (f"het algemene contactadres {contact.email} is nog een voorbeeld. Lezers kunnen u daar niet bereiken. "
            "Zet het echte adres in mkdocs.yml bij extra: contact: email, en zet daar voorbeeld: false.")


def general_html(contact: GeneralContact) -> str:
    link = _mail_link(contact.email)
    return f'{link} <em class="kb-voorbeeldadres">(nog een voorbeeldadres)</em>' if contact.placeholder else link


def load(root: Path) -> tuple[list[Contact], list[Problem]]:
    text, node, unreadable = yaml_files.compose(root, CONTACTS_FILE, "Controleer de inspringing en dubbele punten.")
    if unreadable:
        return [], unreadable
    data = yaml.safe_load(text)
    if not isinstance(data, list):
        return [], [Problem(CONTACTS_FILE, 1,
                            "het bestand moet een lijst zijn: elke contactpersoon begint met '- rol: ...'.")]
    # Each contact's first line in the file, for the messages.
    lines = [item.start_mark.line + 1 for item in node.value] if isinstance(node, yaml.SequenceNode) else []
    contacts, problems = [], []
    for number, entry in enumerate(data, start=1):
        where = f"contactpersoon {number}"
        line = lines[number - 1] if number <= len(lines) else None
        if not isinstance(entry, dict) or not isinstance(entry.get("rol"), str) or not entry["rol"].strip():
            problems.append(Problem(CONTACTS_FILE, line,
                                    f"{where} heeft geen rol. Schrijf bijvoorbeeld: - rol: Adviseur vrijwillige inzet"))
            continue
        unknown = sorted(set(entry) - FIELDS)
        topics = entry.get("onderwerpen") or []
        if unknown:
            problems.append(Problem(CONTACTS_FILE, line,
                                    f"{where} ({entry['rol']}) heeft een onbekend veld: {', '.join(unknown)}. "
                                    f"Toegestaan: {', '.join(sorted(FIELDS))}."))
        elif not isinstance(topics, list) or not all(isinstance(t, str) for t in topics):
            problems.append(Problem(CONTACTS_FILE, line,
                                    f"{where} ({entry['rol']}): 'onderwerpen' moet een lijst zijn, zoals [EVC, "
                                    "vrijwilligerscentrales]."))
        elif any(markup_in(str(value)) for value in [entry["rol"], entry.get("naam") or "", *topics]):
            problems.append(Problem(CONTACTS_FILE, line, f"{where}: in de rol, de naam of een onderwerp staat HTML. "
                                    "Schrijf gewone tekst."))
        elif entry.get("email") and (not isinstance(entry["email"], str) or not _EMAIL.match(entry["email"].strip())):
            problems.append(Problem(CONTACTS_FILE, line, f"{where} ({entry['rol']}): '{entry['email']}' is geen "
                                    "e-mailadres. Schrijf bijvoorbeeld: email: naam@kennisinstituut.nl"))
        else:
            email = entry["email"].strip() if entry.get("email") else None
            contacts.append(Contact(entry["rol"].strip(), tuple(topics), _text(entry.get("naam")), email))
    return contacts, problems


def render(contacts: list[Contact], fallback: GeneralContact | None) -> str:
    """HTML: the contacts with a name and an address, each with role and topics; without any, the general address."""
    items = []
    for contact in contacts:
        if not (contact.name and contact.email):
            continue
        topics = f": {escape(', '.join(contact.topics), quote=False)}" if contact.topics else ""
        items.append(f"<li><strong>{escape(contact.role, quote=False)}</strong> ({escape(contact.name, quote=False)})"
                     f"{topics}. Mail naar {_mail_link(contact.email)}.</li>")
    if items:
        return '<ul class="kb-contacten">\n' + "\n".join(items) + "\n</ul>"
    return f"<p>Mail uw vraag naar {general_html(fallback)}.</p>" if fallback else ""


def _mail_link(email: str) -> str:
    return f'<a href="mailto:{escape(email)}">{escape(email, quote=False)}</a>'


def _text(value) -> str | None:
    return str(value).strip() or None if isinstance(value, (str, int)) and not isinstance(value, bool) else None
