"""Template prompts in the plan context look like headings and hints, not Markdown code."""

import pytest
from PySide6.QtGui import QTextDocument

from kb_app.gui.markdown_highlight import MarkdownHighlighter

pytestmark = pytest.mark.gui


def formats(text):
    document = QTextDocument()
    highlighter = MarkdownHighlighter(document)
    document.setPlainText(text)
    highlighter.rehighlight()
    block = document.firstBlock()
    return [
        (r.start, r.length, r.format.fontItalic(), r.format.fontWeight())
        for r in block.layout().formats()
    ]


def test_a_heading_is_bold(qapp):
    assert formats("## De wijk") == [(0, 10, False, 700)]


def test_a_prompt_is_italic_and_the_rest_plain(qapp):
    text = "Eerst _Over welke buurt gaat het?_ en dan verder"
    assert formats(text) == [(6, 28, True, 400)]


def test_underscores_inside_words_are_not_prompts(qapp):
    assert formats("een_woord_met_lage_streepjes") == []
