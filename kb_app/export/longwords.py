"""Break opportunities in very long words in table cells, for layouts that never break a word.

The PDF's layout (Qt's QTextDocument) wraps table cells at word boundaries only, so that a long
Dutch compound is never split in a narrow column. But a web address or a word longer than the page
then cannot wrap at all: the table grows past the page edge and its right-hand columns are cut
off. A zero-width space is an invisible break opportunity. It goes after the separators of a long
address (``/``, ``.``, ``-``, ``?``, ``&``, ``=``, ``_``) and, in what is still too long, every
``PIECE`` characters. Words up to ``LONGEST_WORD`` characters — every real Dutch compound in the
library — are left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kb_app.export.document import Document, Table

ZWSP = "\u200b"
LONGEST_WORD = 32
PIECE = 20
_TOKEN = re.compile(rf"\S{{{LONGEST_WORD + 1},}}")
_SEPARATOR = re.compile(r"([/.\-?&=_])(?=\w)")


def breakable(word: str) -> str:
    """``word`` with invisible break opportunities when it is longer than ``LONGEST_WORD``."""
    return _TOKEN.sub(lambda match: _split(match.group()), word)


def _split(token: str) -> str:
    parts = _SEPARATOR.sub(r"\1" + ZWSP, token).split(ZWSP)
    chopped = [ZWSP.join(part[i : i + PIECE] for i in range(0, len(part), PIECE)) for part in parts]
    return ZWSP.join(chopped)


def breakable_tables(document: Document) -> Document:
    """``document`` with every long word in its tables made breakable; other blocks as they are."""
    blocks = tuple(
        replace(
            block,
            header=tuple(breakable(cell) for cell in block.header),
            rows=tuple(tuple(breakable(cell) for cell in row) for row in block.rows),
        )
        if isinstance(block, Table)
        else block
        for block in document.blocks
    )
    return replace(document, blocks=blocks)
