"""The facet panel: checkable terms with live counts, the minimum-evidence selector and
"wis filters".

Signals: ``filters_changed()`` — a facet term, the minimum evidence or "wis filters" changed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kb_app.core.model import Vocabulary
from kb_app.gui.language import ui_language
from kb_app.gui.models import FacetModel


class FilterPanel(QWidget):
    filters_changed = Signal()

    def __init__(self, vocabulary: Vocabulary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FacetModel(vocabulary, self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.header().setStretchLastSection(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tree.setAccessibleName(self.tr("Filters"))
        self.tree.expand(self.model.index(0, 0))
        self.min_evidence = QComboBox(self)
        self.min_evidence.setAccessibleName(self.tr("Minimaal bewijsniveau"))
        # Long level names must not set the width of the whole side panel.
        self.min_evidence.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.min_evidence.setMinimumContentsLength(12)
        self.min_evidence.addItem(self.tr("Elk bewijsniveau"), None)
        for term in sorted(vocabulary.terms("evidence_levels"), key=lambda t: t.rank):
            if term.rank > 0:
                label = term.text(ui_language()).lower()
                self.min_evidence.addItem(self.tr("ten minste %s") % label, term.id)
                self.min_evidence.setItemData(
                    self.min_evidence.count() - 1,
                    term.explain(ui_language()),
                    Qt.ItemDataRole.ToolTipRole,
                )
        self.clear_button = QPushButton(self.tr("Wis filters"), self)
        evidence_label = QLabel(self.tr("&Bewijs:"), self)
        evidence_label.setBuddy(self.min_evidence)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(evidence_label)
        layout.addWidget(self.min_evidence)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.clear_button)
        self.model.filters_changed.connect(self.filters_changed)
        self.min_evidence.currentIndexChanged.connect(self._on_min_evidence_changed)
        self.clear_button.clicked.connect(self.clear)

    def _on_min_evidence_changed(self, _index: int) -> None:
        self.filters_changed.emit()

    def minimum(self) -> str | None:
        return self.min_evidence.currentData()

    def set_minimum(self, level: str | None) -> None:
        found = self.min_evidence.findData(level)
        self.min_evidence.setCurrentIndex(max(found, 0))

    def clear(self) -> None:
        blocked = self.min_evidence.blockSignals(True)
        self.min_evidence.setCurrentIndex(0)
        self.min_evidence.blockSignals(blocked)
        self.model.set_filters({})
        self.filters_changed.emit()

    def remove(self, facet: str, term: str) -> None:
        filters = {f: set(t) for f, t in self.model.filters().items()}
        filters.get(facet, set()).discard(term)
        self.model.set_filters({f: frozenset(t) for f, t in filters.items()})
        self.filters_changed.emit()

    def add(self, facet: str, term: str) -> None:
        filters = {f: set(t) for f, t in self.model.filters().items()}
        filters.setdefault(facet, set()).add(term)
        self.model.set_filters({f: frozenset(t) for f, t in filters.items()})
        self.filters_changed.emit()
