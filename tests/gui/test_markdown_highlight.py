"""Template prompts in the plan context look like headings and hints, not Markdown code."""

import pytest
from PySide6.QtWidgets import QPlainTextEdit

from kb_app.gui.markdown_highlight import MarkdownHighlighter

pytestmark = pytest.mark.gui


def formats(qtbot, text):
    """Type ``text`` into a text box with the highlighter, as the plan's context box has."""
    box = QPlainTextEdit()
    qtbot.addWidget(box)
    highlighter = MarkdownHighlighter(box.document())
    qtbot.keyClicks(box, text)
    assert box.toPlainText() == text and highlighter.document() is box.document()
    block = box.document().firstBlock()
    return [
        (r.start, r.length, r.format.fontItalic(), r.format.fontWeight())
        for r in block.layout().formats()
    ]


def test_a_heading_is_bold(qtbot):
    assert formats(qtbot, "## De wijk") == [(0, 10, False, 700)]


def test_a_prompt_is_italic_and_the_rest_plain(qtbot):
    text = "Eerst _Over welke buurt gaat het?_ en dan verder"
    assert formats(qtbot, text) == [(6, 28, True, 400)]


def test_underscores_inside_words_are_not_prompts(qtbot):
    assert formats(qtbot, "een_woord_met_lage_streepjes") == []
