"""Active filters as removable chips above the result list.

Signals: ``removed(str, str)`` — facet and term of the chip the user removed ("" for the minimum
evidence chip).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget


class ChipBar(QWidget):
    removed = Signal(str, str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addStretch(1)
        self.chips: list[QToolButton] = []

    def set_chips(self, chips: list[tuple[str, str, str]]) -> None:
        """(facet, term, label) per active filter."""
        for chip in self.chips:
            chip.deleteLater()
        self.chips = []
        for facet, term, label in chips:
            button = QToolButton(self)
            button.setText(f"{label}  ✕")
            button.setToolTip(self.tr("Filter verwijderen"))
            button.setAccessibleName(self.tr("Filter %s verwijderen") % label)
            button.setAutoRaise(False)
            button.clicked.connect(lambda _=False, f=facet, t=term: self.removed.emit(f, t))
            self._layout.insertWidget(self._layout.count() - 1, button)
            self.chips.append(button)
        self.setVisible(bool(chips))
