"""The window's restrained look: heading sizes, captions and the start view's buttons.

Only labels and buttons that carry a ``role`` property are styled; everything else keeps the
platform's native look. Sizes are relative to the user's font, so a larger system font (or 200 %
text size) scales the hierarchy with it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

ACCENT = "#08519c"  # the evidence scale's blue: one accent colour for the whole window

STYLE_SHEET = f"""
QLabel[role="h1"] {{ font-size: 160%; font-weight: 600; color: {ACCENT}; padding-top: 4px; }}
QLabel[role="h2"] {{ font-size: 120%; font-weight: 600; padding-top: 10px; }}
QLabel[role="caption"] {{ color: palette(placeholder-text); }}
QPushButton[role="way"] {{ font-size: 115%; font-weight: 600; padding: 8px 14px; }}
"""


def apply_theme(window: QWidget) -> None:
    window.setStyleSheet(STYLE_SHEET)
