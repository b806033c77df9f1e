"""What `make serve` shows in the browser when a save breaks the build: the messages of the build that failed
(`file:line: ...`, as the terminal shows them), in a page of their own, until a build succeeds again.

Everything in the page comes from the messages, and they quote what authors wrote: every message is escaped.
The page has no script of its own; the preview's live reload brings the site back after the fix.
"""
from __future__ import annotations

import logging
from html import escape

TITLE = "De site is niet gebouwd"


class BuildMessages(logging.Handler):
    """The warnings and errors logged during one build (under `strict: true` a warning stops the build too)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.messages.append(record.getMessage())
        except (TypeError, ValueError):  # a message whose arguments do not fit: as it was written
            self.messages.append(str(record.msg))


def page(messages: list[str]) -> bytes:
    """A page in Dutch with the messages, each escaped; a message of several lines keeps its lines."""
    items = "\n".join("<li>" + "<br>\n".join(escape(line) for line in message.splitlines()) + "</li>"
                      for message in messages)
    return (f'<!doctype html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{TITLE}</title>\n'
            f'</head>\n<body>\n<main>\n<h1>{TITLE}</h1>\n'
            "<p>Na het opslaan vond de build een of meer fouten. Elke melding noemt het bestand en de regel. "
            "Los de fout op en sla het bestand op. Deze pagina laat dan vanzelf weer de site zien.</p>\n"
            f"<ul>\n{items}\n</ul>\n</main>\n</body>\n</html>\n").encode()
