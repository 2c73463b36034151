"""Dutch formatting of values people read: dates, amounts and lists of vocabulary labels.

Dates in content, plans and packs are as precise as their source: a year (``2019``), a month
(``2019-04``) or a day (``2019-04-08``), sometimes a timestamp (``2026-11-30T12:00:00+00:00``).
:class:`PartialDate` is the one date type for them and :func:`dutch_date` the one formatter: an
impossible date (month 0, 31 April) is never shown as another date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import total_ordering

from kb_app.core.errors import KbError
from kb_app.core.model import Vocabulary

MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)

MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# A year, optionally a month and a day; a timestamp's time part is accepted and ignored.
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ]\S*)?")


class DateError(KbError, ValueError):
    """A date that does not exist or is not written as JJJJ, JJJJ-MM or JJJJ-MM-DD."""


@total_ordering
@dataclass(frozen=True)
class PartialDate:
    """A date as precise as its source: a year, a year and month, or a whole day.

    Ordered like the calendar, a less precise date before the more precise ones it contains.
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()

    def _key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)

    @classmethod
    def parse(cls, value: str) -> PartialDate:
        """``"2019-04"`` -> ``PartialDate(2019, 4)``; :class:`DateError` for any other text."""
        match = _DATE.fullmatch(value.strip())
        if match is None:
            raise DateError(f"'{value}' is geen datum: schrijf JJJJ, JJJJ-MM of JJJJ-MM-DD.")
        year = int(match[1])
        month, day = (int(part) if part else None for part in match.groups()[1:])
        try:
            # datetime knows the calendar: month 0, 31 April and 29 February 2023 are refused.
            dt.date(year, 1 if month is None else month, 1 if day is None else day)
        except ValueError:
            raise DateError(
                f"'{value}' bestaat niet als datum (maand 1-12, dag binnen de maand)."
            ) from None
        return cls(year, month, day)

    def dutch(self) -> str:
        """``8 april 2019``, ``april 2019`` or ``2019``."""
        if self.month is None:
            return str(self.year)
        month = f"{MONTHS[self.month - 1]} {self.year}"
        return month if self.day is None else f"{self.day} {month}"

    def english(self) -> str:
        """``8 April 2019``, ``April 2019`` or ``2019`` (British order, as the Dutch one)."""
        if self.month is None:
            return str(self.year)
        month = f"{MONTHS_EN[self.month - 1]} {self.year}"
        return month if self.day is None else f"{self.day} {month}"


def dutch_date(value: str) -> str:
    """``2019-04-08`` -> ``8 april 2019``; partial dates stay as precise as they are.

    Text that is not a real date comes back unchanged: showing what the file says is honest,
    guessing a month is not. Checking dates at the door is the validators' job.
    """
    if not value.strip():
        return ""
    try:
        return PartialDate.parse(value).dutch()
    except DateError:
        return value


def local_date(value: str, lang: str = "nl") -> str:
    """:func:`dutch_date` in the interface language: ``8 April 2019`` in English."""
    if lang != "en" or not value.strip():
        return dutch_date(value)
    try:
        return PartialDate.parse(value).english()
    except DateError:
        return value


def euro(amount: float) -> str:
    """``12500.0`` -> ``€ 12.500``; cents only when there are any (``€ 1.250,50``)."""
    whole = round(amount, 2)
    text = f"{whole:,.2f}" if whole != int(whole) else f"{int(whole):,}"
    return "€ " + text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def labels(vocabulary: Vocabulary, section: str, ids: Iterable[str]) -> str:
    """The vocabulary labels of ``ids``, comma separated, in the given order."""
    return ", ".join(vocabulary.label(section, term) for term in ids)
