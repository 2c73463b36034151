"""Two small choices that lead from the local picture to the plan.

``SuggestionsDialog`` — "Wat werkt hierbij?": the library's interventions that answer one weak
figure, those that name it first, then best evidence; one is added to the plan in one step.
``ProposalsDialog`` — the conditions with weak figures, proposed as priorities with the figures
as a pre-filled reason that the user can change; nothing is added without a tick and OK.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kb_app.core.model import Vocabulary
from kb_app.gui.language import ui_language
from kb_app.plans.local import Figure, compare, describe, in_language, proposals, suggestions
from kb_app.plans.model import Plan
from kb_app.store.content import ContentReader


class SuggestionsDialog(QDialog):
    def __init__(
        self, reader: ContentReader, plan: Plan, figure: Figure, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Wat werkt hierbij?"))
        self.resize(640, 420)
        self.chosen_id = ""
        vocabulary = reader.vocabulary()
        comparison = compare(figure)
        lang = ui_language()
        intro = QLabel(
            describe(comparison, lang, vocabulary)
            if comparison
            else in_language(figure, vocabulary, lang).label,
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Interventies die hierop werken"))
        indicator = vocabulary.indicator(figure.indicator) if figure.indicator else None
        in_plan = {item.intervention_id for item in plan.items if item.intervention_id}
        rows = (
            suggestions(indicator, reader.listing(), exclude=in_plan, limit=25) if indicator else []
        )
        for row in rows:
            level = vocabulary.label(
                "evidence_levels", row.get("evidence_level") or "", ui_language()
            )
            item = QListWidgetItem(f"{row['title']} — {level}")
            item.setToolTip(row["summary"])
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
            self.list.addItem(item)
        if rows:
            self.list.setCurrentRow(0)
        self.empty = QLabel(
            self.tr(
                "De bibliotheek heeft geen interventie die hierop werkt (of ze staan al in het "
                "plan). Een eigen lokale activiteit kan ook: Onderdelen → Lokale activiteit."
            )
            if indicator
            else self.tr(
                "Dit is een eigen indicator; de bibliotheek weet niet welke interventies erbij "
                "passen. Zoek zelf, of voeg een lokale activiteit toe."
            ),
            self,
        )
        self.empty.setWordWrap(True)
        self.empty.setVisible(not rows)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = self.buttons.addButton(
            self.tr("&Toevoegen aan plan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.add_button.setEnabled(bool(rows))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _i: self.accept())
        layout = QVBoxLayout(self)
        for widget in (intro, self.list, self.empty, self.buttons):
            layout.addWidget(widget)

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen_id = item.data(Qt.ItemDataRole.UserRole)
        super().accept()


class ProposalsDialog(QDialog):
    def __init__(self, plan: Plan, vocabulary: Vocabulary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Prioriteiten voorstellen"))
        self.resize(720, 480)
        found = proposals(plan.local, vocabulary, plan.priority_conditions(), ui_language())
        intro = QLabel(
            self.tr(
                "Bij deze voorwaarden scoort het gebied slechter dan de referentie. Vink aan wat u "
                "als prioriteit wilt, en pas de reden aan."
            )
            if found
            else self.tr("Alle voorwaarden met zwakke plekken zijn al prioriteit."),
            self,
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        self.rows: list[tuple[str, QCheckBox, QPlainTextEdit]] = []
        for row, (condition, rationale) in enumerate(found):
            box = QCheckBox(vocabulary.label("conditions", condition, ui_language()), self)
            box.setChecked(True)
            reason = QPlainTextEdit(rationale, self)
            reason.setTabChangesFocus(True)
            reason.setAccessibleName(self.tr("Reden bij %s") % box.text())
            reason.setFixedHeight(80)
            box.toggled.connect(reason.setEnabled)
            grid.addWidget(box, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(reason, row, 1)
            self.rows.append((condition, box, reason))
        buttons = QDialogButtonBox(self)
        buttons.addButton(
            self.tr("&Prioriteiten vastleggen"), QDialogButtonBox.ButtonRole.AcceptRole
        ).setEnabled(bool(found))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def accepted_proposals(self) -> list[tuple[str, str]]:
        return [
            (condition, reason.toPlainText().strip())
            for condition, box, reason in self.rows
            if box.isChecked()
        ]


__all__ = ["ProposalsDialog", "SuggestionsDialog"]
