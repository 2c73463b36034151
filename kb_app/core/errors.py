"""Errors the services raise, each carrying a message a user can act on.

Messages are Dutch because they reach the user unchanged (CLI and dialogs); the class tells the
caller what kind of failure it is, so the GUI can choose what to offer (rebuild, retry, report).
"""

from __future__ import annotations

from dataclasses import dataclass, field


class KbError(Exception):
    """Base class: an expected failure with a message for the user.

    ``str(error)`` is the Dutch message (CLI, logs, tests); an error that also knows its English
    sentence keeps it in ``english``, and ``text(lang)`` picks one for the window.
    """

    english: str = ""

    def __init__(self, *args: object, english: str = "") -> None:
        super().__init__(*args)
        if english:
            self.english = english

    def text(self, lang: str = "nl") -> str:
        """The message in the interface language, Dutch when no English one exists."""
        return self.english if lang == "en" and self.english else str(self)


class UnknownIdError(KbError):
    """A document id that the library does not contain."""

    def __init__(self, doc_id: str) -> None:
        super().__init__(f"Onbekende id: {doc_id!r}. Gebruik 'kb-app list' om alle ids te zien.")
        self.doc_id = doc_id


class LibraryUnavailableError(KbError):
    """The built library (content.sqlite, index, manifest) is missing or unreadable."""


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a content file, at a line (1-based; 0 when not tied to a line)."""

    path: str
    line: int
    message: str
    # The same facts in English for the English window; not compared, so sorting and equality
    # of problems stay what the Dutch alone made them.
    english: str = field(default="", compare=False)

    def __str__(self) -> str:
        return self.text("nl")

    def text(self, lang: str = "nl") -> str:
        """``path:line: message`` in ``lang`` (Dutch when no English sentence exists)."""
        where = f"{self.path}:{self.line}" if self.line else self.path
        message = self.english if lang == "en" and self.english else self.message
        return f"{where}: {message}"


class ContentError(KbError):
    """Validation found problems; every one is listed, sorted by file and line."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        count = len(self.problems)
        word = "probleem" if count == 1 else "problemen"
        english = f"The content has {count} {'problem' if count == 1 else 'problems'}."
        super().__init__(f"De inhoud bevat {count} {word}.", english=english)
