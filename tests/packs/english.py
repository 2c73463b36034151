"""A check that a pack-layer message meant for the English window holds no Dutch.

Core messages are not in the ``.ts`` source the GUI scans draw from, so this looks for the Dutch
function words and pack words every Dutch sentence of the pack layer uses at least one of (and
no English sentence does). File names in a message (``uitgever.key``) are left out of the check;
other names (a publisher, a title) are the user's or the library's and may be Dutch, so the callers
pick names without these words.
"""

from __future__ import annotations

import re

DUTCH_WORDS = (
    "de",
    "het",
    "een",
    "niet",
    "geen",
    "van",
    "en",
    "uit",
    "te",
    "dit",
    "die",
    "dat",
    "er",
    "is al",
    "bestand",
    "bestanden",
    "map",
    "gewijzigd",
    "geweigerd",
    "pakket",
    "bibliotheek",
    "handtekening",
    "uitgever",
    "sleutel",
    "inhoud",
    "wordt",
    "hooguit",
    "opnieuw",
    "interventies",
    "favorieten",
    "verwijderd",
)
_FILE_NAME = re.compile(r"[\w.-]+\.[a-z]{2,6}\b")
_PATTERN = re.compile(r"\b(" + "|".join(re.escape(w) for w in DUTCH_WORDS) + r")\b", re.I)


def dutch_words(text: str) -> list[str]:
    """The Dutch words in ``text`` (empty for an English sentence)."""
    return _PATTERN.findall(_FILE_NAME.sub("", text))
