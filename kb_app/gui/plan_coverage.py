"""The gap analysis of a plan: conditions × levels matrix, target groups, evidence profile and
warnings; an empty cell offers the library's interventions for it, best evidence first.

Signals: ``add_requested(str)`` — add this library intervention to the plan.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kb_app.gui.detail_html import badge
from kb_app.gui.language import ui_language
from kb_app.plans.coverage import Coverage, analyse, suggestions
from kb_app.plans.model import Plan
from kb_app.store.content import ContentReader

if TYPE_CHECKING:
    from kb_app.search.service import SearchService

CELL_ROLE = Qt.ItemDataRole.UserRole + 20


class CoverageView(QWidget):
    add_requested = Signal(str)

    def __init__(
        self,
        reader: ContentReader,
        search: Callable[[], SearchService],  # opened on first use
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._reader, self._search, self._today = reader, search, today
        self._vocabulary = reader.vocabulary()
        self._plan: Plan | None = None
        self.coverage: Coverage | None = None
        self.matrix = QTableWidget(self)
        self.matrix.setAccessibleName(self.tr("Dekking: voorwaarden en niveaus"))
        self.matrix.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.matrix.setWordWrap(True)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.matrix.horizontalHeader().setMinimumSectionSize(130)  # "Gemeenschappelijk" fits
        self.matrix.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.summary = QTextBrowser(self)
        self.summary.setAccessibleName(self.tr("Doelgroepen, bewijs en waarschuwingen"))
        self.suggest_label = QLabel(
            self.tr("Kies een vak in de tabel om passende interventies te zien."), self
        )
        self.suggest_label.setWordWrap(True)
        self.suggestions = QListWidget(self)
        self.suggestions.setAccessibleName(self.tr("Suggesties"))
        self.add_button = QPushButton(self.tr("&Toevoegen aan plan"), self)
        self.add_button.setEnabled(False)
        self._layout()
        self.matrix.currentCellChanged.connect(self._on_matrix_current_cell_changed)
        self.suggestions.currentRowChanged.connect(lambda row: self.add_button.setEnabled(row >= 0))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.suggestions.itemActivated.connect(lambda _i: self._on_add_button_clicked())

    def _layout(self) -> None:
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.suggest_label)
        side_layout.addWidget(self.suggestions, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_button)
        side_layout.addLayout(row)
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(self.matrix)
        top.addWidget(side)
        top.setSizes([600, 220])
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def show_plan(self, plan: Plan | None) -> None:
        self._plan = plan
        self.coverage = analyse(plan, self._reader, self._today) if plan else None
        self._fill_matrix()
        self.summary.setHtml(self._summary_html())
        self._on_matrix_current_cell_changed(
            self.matrix.currentRow(), self.matrix.currentColumn(), -1, -1
        )

    def _fill_matrix(self) -> None:
        lang = ui_language()
        conditions = self._vocabulary.terms("conditions")
        levels = self._vocabulary.terms("basis_levels")
        self.matrix.setRowCount(len(conditions))
        self.matrix.setColumnCount(len(levels))
        self.matrix.setHorizontalHeaderLabels([t.text(lang) for t in levels])
        priorities = set(self._plan.priority_conditions()) if self._plan else set()
        self.matrix.setVerticalHeaderLabels(
            [("★ " if t.id in priorities else "") + t.text(lang) for t in conditions]
        )
        for row, condition in enumerate(conditions):
            for column, level in enumerate(levels):
                cell = QTableWidgetItem()
                cell.setData(CELL_ROLE, (condition.id, level.id))
                self._describe_cell(cell, condition.id, level.id)
                self.matrix.setItem(row, column, cell)
        self._keep_columns_in_view(len(levels))

    def _keep_columns_in_view(self, columns: int) -> None:
        """The table never gets narrower than its row names and readable columns: the
        splitter gives the suggestions less room rather than scroll the table sideways."""
        scrollbar = self.matrix.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.matrix.setMinimumWidth(
            self.matrix.verticalHeader().sizeHint().width()
            + columns * self.matrix.horizontalHeader().minimumSectionSize()
            + 2 * self.matrix.frameWidth()
            + scrollbar  # a short window shows a vertical one
        )

    def _describe_cell(self, cell: QTableWidgetItem, condition: str, level: str) -> None:
        """Chosen items count; considered ones are shown too, with why they don't count yet
        (an intervention added from a cell starts as "overwogen")."""
        chosen = self.coverage.cell(condition, level) if self.coverage else ()
        considered = [
            i
            for i in (self._plan.items if self._plan else ())
            if i.status == "overwogen" and condition in i.conditions and level in i.basis_levels
        ]
        lines = [i.title for i in chosen]
        lines += [self.tr("%1 (overwogen)").replace("%1", i.title) for i in considered]
        cell.setText("\n".join(lines) or self.tr("— leeg —"))
        tip = "\n".join(lines) or self.tr("Nog niets gekozen voor deze combinatie.")
        if considered:
            tip += "\n\n" + self.tr(
                "Alleen gekozen onderdelen tellen mee in de dekking. Zet een "
                "overwogen onderdeel op 'Gekozen' bij Onderdelen."
            )
        cell.setToolTip(tip)

    def _summary_html(self) -> str:
        if self.coverage is None:
            return ""
        vocabulary, coverage, lang = self._vocabulary, self.coverage, ui_language()
        # tr() outside the f-strings: lupdate does not find a tr() call inside one.
        headings = (
            self.tr("Waarschuwingen"),
            self.tr("Bewijsprofiel van de gekozen onderdelen"),
            self.tr("Bereikte doelgroepen"),
        )
        out = [f"<h3>{headings[0]}</h3>"]
        if coverage.warnings:
            out.append(
                "<ul>"
                + "".join(f"<li>{escape(w.text(lang))}</li>" for w in coverage.warnings)
                + "</ul>"
            )
        else:
            none = self.tr("Geen waarschuwingen.")
            out.append(f"<p>{none}</p>")
        out.append(f"<h3>{headings[1]}</h3><ul>")
        out.extend(
            f"<li>{badge(level, vocabulary, lang)} {count}</li>"
            for level, count in coverage.evidence_profile.items()
            if count
        )
        if coverage.local_activities:
            local = self.tr("Lokale activiteiten")
            out.append(f"<li>{local}: {coverage.local_activities}</li>")
        out.append(f"</ul><h3>{headings[2]}</h3><p>")
        out.append(
            ", ".join(
                f"{escape(vocabulary.label('target_groups', t, lang))} ({n})"
                for t, n in coverage.target_groups.items()
            )
            or "—"
        )
        out.append("</p>")
        return "".join(out)

    def _on_matrix_current_cell_changed(self, row: int, column: int, _r: int, _c: int) -> None:
        self.suggestions.clear()
        cell = self.matrix.item(row, column) if row >= 0 and column >= 0 else None
        if cell is None or self._plan is None:
            return
        condition, level = cell.data(CELL_ROLE)
        used = [i.intervention_id for i in self._plan.items if i.intervention_id]
        self.suggest_label.setText(
            self.tr("Interventies voor %1 × %2, sterkste bewijs eerst:")
            .replace("%1", self._vocabulary.label("conditions", condition, ui_language()))
            .replace("%2", self._vocabulary.label("basis_levels", level, ui_language()))
        )
        for hit in suggestions(self._search(), condition, level, exclude=used):
            label = self._vocabulary.label("evidence_levels", hit.evidence_level, ui_language())
            entry = QListWidgetItem(f"{hit.title} — {label}", self.suggestions)
            entry.setData(CELL_ROLE, hit.id)
            entry.setToolTip(hit.summary)

    def _on_add_button_clicked(self) -> None:
        entry = self.suggestions.currentItem()
        if entry is not None:
            self.add_requested.emit(entry.data(CELL_ROLE))
