"""Local indicators: the figures of an area (loneliness, labour participation, ...) as vocabulary.

An indicator belongs to one of the four conditions of social quality and knows which way is
better, so the app can tell a weak spot from a strong one. Its synonyms recognise the column and
row names of a monitor's spreadsheet; its themes, target groups and terms connect a weak spot to
interventions in the library.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

HIGHER_IS_BETTER = "hoger-is-beter"
HIGHER_IS_WORSE = "hoger-is-slechter"
DIRECTIONS = (HIGHER_IS_BETTER, HIGHER_IS_WORSE)


@dataclass(frozen=True)
class IndicatorDef:
    """One entry of the ``indicators`` vocabulary."""

    id: str
    label: str
    condition: str
    direction: str
    unit: str = ""
    explanation: str = ""
    label_en: str = ""
    unit_en: str = ""  # the unit in English when it has words ("per 10,000 residents")
    synonyms: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    target_groups: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()

    @property
    def higher_is_better(self) -> bool:
        return self.direction == HIGHER_IS_BETTER

    def text(self, lang: str = "nl") -> str:
        return self.label_en if lang == "en" and self.label_en else self.label

    def unit_text(self, lang: str = "nl") -> str:
        return self.unit_en if lang == "en" and self.unit_en else self.unit

    @classmethod
    def from_dict(cls, item: dict[str, Any]) -> IndicatorDef:
        def words(key: str) -> tuple[str, ...]:
            return tuple(str(word) for word in item.get(key, ()) or ())

        return cls(
            id=str(item["id"]),
            label=str(item.get("label", item["id"])),
            condition=str(item.get("condition", "")),
            direction=str(item.get("direction", HIGHER_IS_BETTER)),
            unit=str(item.get("unit", "")),
            explanation=str(item.get("explanation", "")),
            label_en=str(item.get("label_en", "")),
            unit_en=str(item.get("unit_en", "")),
            synonyms=words("synonyms"),
            themes=words("themes"),
            target_groups=words("target_groups"),
            terms=words("terms"),
        )


def normalise_name(text: str) -> str:
    """A name as matching compares it: lower case, no accents, no punctuation, single spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    kept = "".join(char if char.isalnum() else " " for char in plain)
    return " ".join(kept.split())


def match_indicator(name: str, indicators: tuple[IndicatorDef, ...]) -> IndicatorDef | None:
    """The indicator whose id, label (Dutch or English) or synonym is ``name``; else ``None``.

    Exact matches on the normalised name only: a spreadsheet row named "eenzaamheid 75+" is not
    silently taken for "eenzaamheid" — the preview lets the user choose instead.
    """
    wanted = normalise_name(name)
    if not wanted:
        return None
    for indicator in indicators:
        names = (indicator.id, indicator.label, indicator.label_en, *indicator.synonyms)
        if wanted in {normalise_name(candidate) for candidate in names if candidate}:
            return indicator
    return None
