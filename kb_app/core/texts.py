"""A user message in both interface languages, and the lookup in a keyed nl/en catalogue.

Core has no Qt, so the window cannot translate a finished Dutch sentence: a layer below the GUI
keeps its messages as keyed pairs of templates with the same ``{fields}`` (``packs.messages``,
``core.start_messages``) and hands the window a ``Text``. The Dutch is the string itself, so the
CLI, the log and the tests read exactly what they read before; ``text("en")`` is the English.
"""

from __future__ import annotations

from collections.abc import Mapping

LANGUAGES = ("nl", "en")
Catalogue = Mapping[str, Mapping[str, str]]


class Text(str):
    """A message in both languages. The string itself is the Dutch, so code and tests that
    read a Dutch message (``in``, ``split``, ``str()``) go on working; ``en`` is the English."""

    en: str

    def __new__(cls, nl: str, en: str) -> Text:
        made = super().__new__(cls, nl)
        made.en = en
        return made

    @property
    def nl(self) -> str:
        return str.__str__(self)

    def text(self, lang: str = "nl") -> str:
        return self.en if lang == "en" and self.en else self.nl


def in_language(message: object, lang: str = "nl") -> str:
    """``message`` in ``lang`` when it knows both (a ``Text`` or a ``KbError``), else as it is."""
    text = getattr(message, "text", None)
    return str(text(lang)) if callable(text) else str(message)


def lookup(catalogue: Catalogue, key: str, lang: str = "nl", /, **fields: object) -> str:
    """``key`` in ``lang`` (Dutch for any other language); a ``Text`` field in that one too."""
    values = {k: v.text(lang) if isinstance(v, Text) else v for k, v in fields.items()}
    return catalogue[key]["en" if lang == "en" else "nl"].format(**values)


def pair(catalogue: Catalogue, key: str, /, **fields: object) -> Text:
    """``key`` in both languages, the same field values in each."""
    return Text(*(lookup(catalogue, key, lang, **fields) for lang in LANGUAGES))


def join(separator: str, parts: list[Text] | list[str]) -> Text:
    """Parts joined in each language (a plain string part is the same in both)."""
    return Text(*(separator.join(in_language(p, lang) for p in parts) for lang in LANGUAGES))
