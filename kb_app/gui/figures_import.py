"""The import preview: every row of a spreadsheet with the indicator it was matched to, which the
user can change, and every problem by row and column. Nothing is stored until "Importeren", and
that button only works when no row has a problem — nothing is ever half-imported.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kb_app.core.indicators import IndicatorDef
from kb_app.core.model import Vocabulary
from kb_app.gui.language import ui_language
from kb_app.plans.figures import FigureTable, rematch
from kb_app.plans.local import Figure

OWN = ""  # the combo's data for "your own indicator"


class FiguresImportDialog(QDialog):
    def __init__(
        self, table: FigureTable, vocabulary: Vocabulary, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cijfers importeren uit %s") % name)
        self.resize(860, 480)
        self._vocabulary = vocabulary
        self.table = table
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.rows = QTableWidget(0, 5, self)
        self.rows.setHorizontalHeaderLabels(
            [
                self.tr("Rij"),
                self.tr("In het bestand"),
                self.tr("Indicator"),
                self.tr("Waarde"),
                self.tr("Referentie"),
            ]
        )
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.horizontalHeader().setStretchLastSection(True)
        self.rows.setAccessibleName(self.tr("Rijen uit het bestand"))
        self.problems = QListWidget(self)
        self.problems.setAccessibleName(self.tr("Problemen per rij en kolom"))
        problems_label = QLabel(self.tr("&Problemen:"), self)
        problems_label.setBuddy(self.problems)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(
            self.tr("&Importeren"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.rows, 3)
        layout.addWidget(problems_label)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)
        self._show()

    def figures(self) -> tuple[Figure, ...]:
        return self.table.figures()

    def _show(self) -> None:
        table = self.table
        self.rows.setRowCount(len(table.rows))
        for index, row in enumerate(table.rows):
            cells = (
                str(row.row),
                row.name,
                None,
                row.cells.get("value", ""),
                row.cells.get("reference", ""),
            )
            for column, value in enumerate(cells):
                if value is not None:
                    self.rows.setItem(index, column, QTableWidgetItem(value))
            self.rows.setCellWidget(index, 2, self._chooser(row.row, row.indicator))
        self.rows.resizeColumnsToContents()
        self.problems.clear()
        self.problems.addItems([problem.text(ui_language()) for problem in table.problems])
        self.problems.setVisible(bool(table.problems))
        self.import_button.setEnabled(table.ok)
        count = len(table.rows)
        if table.ok:
            self.intro.setText(
                self.tr(
                    "%n rij(en) gevonden. Controleer bij elke rij de indicator en kies Importeren.",
                    "",
                    count,
                )
            )
        else:
            self.intro.setText(
                self.tr(
                    "Er is nog niets ingelezen. Los de problemen hieronder op "
                    "(in het bestand, of kies bij een rij de juiste "
                    "indicator)."
                )
            )
        ignored = ", ".join(table.ignored_columns)
        if ignored:
            self.intro.setText(
                self.intro.text() + " " + self.tr("Niet gebruikt: kolom %s.") % ignored
            )

    def _chooser(self, row_number: int, current: IndicatorDef | None) -> QComboBox:
        combo = QComboBox(self.rows)
        combo.addItem(self.tr("(eigen indicator)"), OWN)
        for indicator in self._vocabulary.indicators:
            combo.addItem(indicator.text(ui_language()), indicator.id)
        combo.setCurrentIndex(max(0, combo.findData(current.id)) if current else 0)
        combo.setAccessibleName(self.tr("Indicator voor rij %d") % row_number)
        combo.activated.connect(lambda _i, r=row_number, c=combo: self._on_chooser_activated(r, c))
        return combo

    def _on_chooser_activated(self, row_number: int, combo: QComboBox) -> None:
        self.table = rematch(self.table, row_number, combo.currentData(), self._vocabulary)
        self._show()
