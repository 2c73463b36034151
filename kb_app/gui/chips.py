"""Active filters as removable chips above the result list; they wrap onto new rows.

Signals: ``removed(str, str)`` — facet and term of the chip the user removed ("" for the minimum
evidence chip).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

from kb_app.gui.layout import FlowLayout

CHIP_MAX_CHARS = 40  # a longer label is shortened; the tooltip and accessible name keep it all


class ChipBar(QWidget):
    removed = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = FlowLayout(self)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.chips: list[QToolButton] = []
        # Hidden while there are no chips, as set_chips leaves it: the window's first layout
        # then does not ask this Python layout to arrange nothing.
        self.hide()

    def set_chips(self, chips: list[tuple[str, str, str]]) -> None:
        """(facet, term, label) per active filter."""
        for chip in self.chips:
            self._layout.removeWidget(chip)
            chip.deleteLater()
        self.chips = []
        for facet, term, label in chips:
            shown = label if len(label) <= CHIP_MAX_CHARS else label[: CHIP_MAX_CHARS - 1] + "…"
            button = QToolButton(self)
            button.setText(f"{shown}  ✕")
            button.setToolTip(self.tr("Filter verwijderen: %s") % label)
            button.setAccessibleName(self.tr("Filter %s verwijderen") % label)
            button.setAutoRaise(False)
            button.clicked.connect(lambda _=False, f=facet, t=term: self.removed.emit(f, t))
            self._layout.addWidget(button)
            self.chips.append(button)
        self.setVisible(bool(chips))
        self.updateGeometry()
