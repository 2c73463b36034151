"""Local priorities of a plan: a checkbox per condition of social quality with its rationale.

Signals: ``changed(list)`` — [(condition id, rationale), …] after the user ticked a box;
``edited()`` — the user typed in a rationale (the panel saves it after a pause).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLineEdit, QWidget

from kb_app.core.model import Vocabulary
from kb_app.gui.language import ui_language
from kb_app.plans.model import Priority


class PrioritiesEditor(QWidget):
    changed = Signal(list)
    edited = Signal()

    def __init__(self, vocabulary: Vocabulary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.rows: dict[str, tuple[QCheckBox, QLineEdit]] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for row, term in enumerate(vocabulary.terms("conditions")):
            box = QCheckBox(term.text(ui_language()), self)
            box.setToolTip(term.explain(ui_language()))
            reason = QLineEdit(self)
            reason.setPlaceholderText(self.tr("Waarom is dit hier een prioriteit?"))
            reason.setAccessibleName(self.tr("Toelichting bij %s") % term.text(ui_language()))
            box.toggled.connect(self._on_box_toggled)
            reason.textEdited.connect(self._on_reason_edited)
            grid.addWidget(box, row, 0)
            grid.addWidget(reason, row, 1)
            self.rows[term.id] = (box, reason)

    def first(self) -> QCheckBox:
        """The widget the "Prioriteiten" label's mnemonic focuses."""
        return next(iter(self.rows.values()))[0]

    def values(self) -> list[tuple[str, str]]:
        return [(c, reason.text()) for c, (box, reason) in self.rows.items() if box.isChecked()]

    def load(self, priorities: tuple[Priority, ...]) -> None:
        """Show ``priorities``, touching only the boxes and fields that differ."""
        self._loading = True
        chosen = {p.condition: p.rationale for p in priorities}
        for condition, (box, reason) in self.rows.items():
            if box.isChecked() != (condition in chosen):
                box.setChecked(condition in chosen)
            if reason.text() != chosen.get(condition, ""):
                reason.setText(chosen.get(condition, ""))
            reason.setEnabled(condition in chosen)
        self._loading = False

    def _on_reason_edited(self, _text: str) -> None:
        if not self._loading:
            self.edited.emit()

    def _on_box_toggled(self, _checked: bool) -> None:
        for box, reason in self.rows.values():
            reason.setEnabled(box.isChecked())
        self._emit()

    def _emit(self) -> None:
        if not self._loading:
            self.changed.emit(self.values())
