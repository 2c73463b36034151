"""Shows a plan's Markdown context as a writer reads it, while it stays plain, typed text.

Templates start the context with headings and italic prompts ("_Over welke buurt of wijk gaat
het?_"). In a plain text box those read as code; with this highlighter a heading looks like a
heading and a prompt like a grey hint, and what is saved and exported is still the same text.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

_HEADING = re.compile(r"^#{1,6}\s.*$")
_PROMPT = re.compile(r"(?<![\w*_])([_*])(?=\S)(.+?)(?<=\S)\1(?![\w*_])")


class MarkdownHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._heading = QTextCharFormat()
        self._heading.setFontWeight(QFont.Weight.Bold)
        self._heading.setFontPointSize(document.defaultFont().pointSizeF() * 1.2 or 12)
        self._heading.setForeground(QColor("#1F3A5F"))
        self._prompt = QTextCharFormat()
        self._prompt.setFontItalic(True)
        self._prompt.setForeground(QColor("#5F6368"))  # 6.1:1 on white: readable, yet a hint

    def highlightBlock(self, text: str) -> None:  # Qt API
        if _HEADING.match(text):
            self.setFormat(0, len(text), self._heading)
            return
        for match in _PROMPT.finditer(text):
            self.setFormat(match.start(), match.end() - match.start(), self._prompt)
