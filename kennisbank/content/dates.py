"""A page's dates: published (front matter `datum`) and last updated (Git), and how readers see them."""
from __future__ import annotations

import datetime
from dataclasses import dataclass

from kennisbank.content.schema import parse_date

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december")


def in_words(day: datetime.date) -> str:
    """A date as Dutch readers write it: '3 november 2026'."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


@dataclass(frozen=True)
class PageDates:
    published: datetime.date | None  # the front matter's `datum`
    changed: datetime.datetime | None  # the last commit that touched the source file

    @classmethod
    def of(cls, meta: dict, changed: datetime.datetime | None) -> PageDates:
        return cls(parse_date(meta.get("datum")), changed)

    @property
    def updated(self) -> datetime.date | None:
        """The day of the last change, when it is later than the publication (else it adds nothing)."""
        if self.changed is None:
            return None
        day = self.changed.date()
        return day if self.published is None or day > self.published else None

    @property
    def newest(self) -> datetime.date | None:
        """The date that makes a page new for readers: its last update, else its publication."""
        return self.updated or self.published
