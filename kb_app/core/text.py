"""The one place that makes outside text safe to store and to write in any export format.

Text from a plan file, a paste or a library pack may hold characters no document format can
carry: control characters (XML 1.0, and so Word, refuses them outright), lone UTF-16 surrogates
(which cannot be encoded as UTF-8 at all) and the non-characters U+FFFE/U+FFFF. They carry no
meaning a reader could miss, so they are removed rather than refused; tab and newline stay, and a
carriage return becomes a newline so line breaks survive a Windows editor.
"""

from __future__ import annotations

import re
from typing import Any

# C0 controls except tab and newline, DEL and the C1 controls, lone surrogates, U+FFFE/U+FFFF.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean_text(value: str) -> str:
    """``value`` without characters no export format can hold; line breaks normalised."""
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _UNSAFE.sub("", value)


def clean_tree(value: Any) -> Any:
    """A JSON-like tree (dicts, lists, strings, numbers) with every string and key cleaned."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {
            clean_text(key) if isinstance(key, str) else key: clean_tree(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [clean_tree(item) for item in value]
    return value
