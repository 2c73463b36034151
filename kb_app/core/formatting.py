"""Dutch formatting of values people read: dates, amounts and lists of vocabulary labels."""

from __future__ import annotations

from collections.abc import Iterable

from kb_app.core.model import Vocabulary

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")


def dutch_date(value: str) -> str:
    """``2019-04-08`` -> ``8 april 2019``; partial dates stay as precise as they are."""
    parts = value[:10].split("-")
    try:
        numbers = [int(p) for p in parts if p]
    except ValueError:
        return value
    if len(numbers) >= 2 and not 1 <= numbers[1] <= 12:
        return value  # month 00 or 13: show what is there rather than a wrong month
    if len(numbers) >= 3:
        return f"{numbers[2]} {MONTHS[numbers[1] - 1]} {numbers[0]}"
    if len(numbers) == 2:
        return f"{MONTHS[numbers[1] - 1]} {numbers[0]}"
    return str(numbers[0]) if numbers else ""


def euro(amount: float) -> str:
    """``12500.0`` -> ``€ 12.500``; cents only when there are any (``€ 1.250,50``)."""
    whole = round(amount, 2)
    text = f"{whole:,.2f}" if whole != int(whole) else f"{int(whole):,}"
    return "€ " + text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def labels(vocabulary: Vocabulary, section: str, ids: Iterable[str]) -> str:
    return ", ".join(vocabulary.label(section, term) for term in ids)
