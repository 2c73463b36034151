"""The plan's "Lokale situatie" tab: the area's figures, where it scores worse, a chart per
condition, the residents' stories, and the way from a weak spot to priorities and interventions.

Every change is a new plan emitted through ``edited``; the plan panel stores it with undo. Text
fields save as they are typed (debounced, and flushed by ``flush()`` before any other action),
so nothing typed waits for focus to leave a field.

Signals: ``edited(Plan, str)`` — the plan after a change, and the undo text.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kb_app.core.errors import KbError
from kb_app.export.document import Bar, Chart
from kb_app.gui.charts import chart_height, paint_chart
from kb_app.gui.figure_dialog import FigureDialog
from kb_app.gui.figures_import import FiguresImportDialog
from kb_app.gui.language import ui_language
from kb_app.gui.local_choices import ProposalsDialog, SuggestionsDialog
from kb_app.plans import operations as ops
from kb_app.plans.local import (
    AREA_LEVELS,
    LocalPicture,
    compare,
    describe,
    in_language,
    number,
    weak_figures,
)
from kb_app.plans.model import Plan
from kb_app.store.content import ContentReader

SAVE_DELAY_MS = 300
# The kinds of area (``AREA_LEVELS``) as the interface names them.
AREA_NAMES = {
    "gemeente": QT_TRANSLATE_NOOP("LocalPictureView", "Gemeente"),
    "wijk": QT_TRANSLATE_NOOP("LocalPictureView", "Wijk"),
    "buurt": QT_TRANSLATE_NOOP("LocalPictureView", "Buurt"),
    "dorp": QT_TRANSLATE_NOOP("LocalPictureView", "Dorp"),
}


class ChartWidget(QWidget):
    """One condition's chart, painted by the same code that draws it into the exports."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: Chart | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_chart(self, chart: Chart) -> None:
        self.chart = chart
        # Chart.alt is the exports' Dutch; the window names the chart in its own language.
        self.setAccessibleName(
            self.tr("Grafiek: %1, lokaal tegenover %2")
            .replace("%1", chart.title)
            .replace("%2", chart.reference_label)
        )
        self.setFixedHeight(int(chart_height(chart)))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, int(chart_height(self.chart)) if self.chart else 0)

    def paintEvent(self, _event: QPaintEvent) -> None:
        if self.chart is not None:
            painter = QPainter(self)
            paint_chart(
                painter,
                QRectF(self.rect()),
                self.chart,
                slechter=self.tr("slechter"),
            )
            painter.end()


class LocalPictureView(QScrollArea):
    edited = Signal(object, str)

    def __init__(self, reader: ContentReader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reader = reader
        self._vocabulary = reader.vocabulary()
        self._plan: Plan | None = None
        self._loading = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)
        self.setWidgetResizable(True)
        page = QWidget(self)
        self.setWidget(page)
        layout = QVBoxLayout(page)
        layout.addLayout(self._area_form(page))
        layout.addWidget(self._figures_box(page))
        layout.addWidget(self._weak_box(page))
        self.charts_box = QGroupBox(self.tr("Per voorwaarde"), page)
        self.charts_layout = QVBoxLayout(self.charts_box)
        layout.addWidget(self.charts_box)
        layout.addWidget(self._notes_box(page))
        layout.addStretch(1)

    # -- layout --------------------------------------------------------------------------------

    def _area_form(self, page: QWidget) -> QFormLayout:
        self.area = QLineEdit(page)
        self.area.setAccessibleName(self.tr("Gebied"))
        self.area.setPlaceholderText(self.tr("bijvoorbeeld Zuid"))
        self.area_level = QComboBox(page)
        self.area_level.setAccessibleName(self.tr("Soort gebied"))
        self.area_level.addItem(self.tr("(niet gekozen)"), "")
        for level in AREA_LEVELS:
            # str(): the stubs type QT_TRANSLATE_NOOP's result as object; it is the text itself.
            self.area_level.addItem(self.tr(str(AREA_NAMES.get(level, level.capitalize()))), level)
        self.area.textEdited.connect(lambda _t: self._save_timer.start())
        self.area_level.activated.connect(lambda _i: self.flush())
        form = QFormLayout()
        for text, field in (
            (self.tr("&Gebied:"), self.area),
            (self.tr("&Soort gebied:"), self.area_level),
        ):
            label = QLabel(text, page)
            label.setBuddy(field)
            form.addRow(label, field)
        return form

    def _figures_box(self, page: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Lokale cijfers"), page)
        # Four columns fit a laptop screen; the condition, year and source are in the tooltip,
        # the charts and the exports.
        self.figures = QTableWidget(0, 4, box)
        self.figures.setHorizontalHeaderLabels(
            [self.tr("Indicator"), self.tr("Hier"), self.tr("Referentie"), self.tr("Verschil")]
        )
        self.figures.setAccessibleName(self.tr("Lokale cijfers"))
        self.figures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figures.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.figures.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # The name and source take what is left; numbers keep their width. No horizontal
        # scrolling on a laptop screen: long names wrap instead.
        header = self.figures.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.figures.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.figures.setWordWrap(True)
        self.figures.verticalHeader().setVisible(False)
        self.figures.setMinimumHeight(200)
        self.figures.doubleClicked.connect(lambda _i: self.edit_figure())
        row = QHBoxLayout()
        for text, slot in (
            (self.tr("Cijfer &toevoegen…"), self.add_figure),
            (self.tr("Cijfers &importeren…"), self.import_dialog),
            (self.tr("&Bewerken…"), self.edit_figure),
            (self.tr("Ve&rwijderen"), self.remove_figure),
        ):
            button = QPushButton(text, box)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.figures)
        return box

    def _weak_box(self, page: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Zwakke plekken: slechter dan de referentie"), page)
        self.weak = QListWidget(box)
        self.weak.setAccessibleName(self.tr("Zwakke plekken"))
        self.weak.setMinimumHeight(90)
        self.weak.itemActivated.connect(lambda _i: self.suggest())
        self.suggest_button = QPushButton(self.tr("Wat werkt &hierbij?"), box)
        self.suggest_button.clicked.connect(self.suggest)
        self.propose_button = QPushButton(self.tr("Prioriteiten &voorstellen…"), box)
        self.propose_button.clicked.connect(self.propose)
        row = QHBoxLayout()
        row.addWidget(self.suggest_button)
        row.addWidget(self.propose_button)
        row.addStretch(1)
        column = QVBoxLayout(box)
        column.addWidget(self.weak)
        column.addLayout(row)
        return box

    def _notes_box(self, page: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Wat bewoners en partners zeggen"), page)
        form = QFormLayout(box)
        self.notes: dict[str, QPlainTextEdit] = {}
        for term in self._vocabulary.terms("conditions"):
            edit = QPlainTextEdit(box)
            edit.setAccessibleName(self.tr("Notities bij %s") % term.text(ui_language()))
            edit.setFixedHeight(64)
            edit.setTabChangesFocus(True)
            edit.textChanged.connect(self._on_note_text_changed)
            label = QLabel(f"{term.text(ui_language())}:", box)
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.notes[term.id] = edit
        return box

    # -- showing -------------------------------------------------------------------------------

    def load(self, plan: Plan | None) -> None:
        """Show ``plan``; text the user is typing is never replaced by an older copy."""
        if self._save_timer.isActive():
            self.flush()
        self._plan = plan
        self._loading = True
        local = plan.local if plan else None
        if local is not None and self.area.text() != local.area:
            self.area.setText(local.area)
        self.area_level.setCurrentIndex(
            max(0, self.area_level.findData(local.area_level if local else ""))
        )
        for condition, edit in self.notes.items():
            text = local.note(condition) if local else ""
            if edit.toPlainText() != text:
                edit.setPlainText(text)
        self._loading = False
        self._show_figures()
        self._show_weak()
        self._show_charts()
        self.setEnabled(plan is not None)

    def _show_figures(self) -> None:
        figures = self._plan.local.figures if self._plan else ()
        lang = ui_language()
        self.figures.setRowCount(len(figures))
        for row, stored in enumerate(figures):
            figure = in_language(stored, self._vocabulary, lang)
            comparison = compare(figure)
            unit = f" {figure.unit}" if figure.unit else ""
            difference = "—"
            if comparison is not None:
                difference = number(comparison.difference, lang)
                if comparison.worse:
                    difference += " " + self.tr("(slechter)")
            short = unit if len(unit) <= 4 else ""
            cells = (
                figure.label if short or not unit else f"{figure.label} ({figure.unit})",
                number(figure.value, lang) + short,
                "—"
                if figure.reference is None
                else number(figure.reference, lang)
                + short
                + (f" ({figure.reference_label})" if figure.reference_label else ""),
                difference,
            )
            tip = " · ".join(
                part
                for part in (
                    self._vocabulary.label("conditions", figure.condition, lang),
                    str(figure.year or ""),
                    figure.source,
                )
                if part
            )
            for column, value in enumerate(cells):
                cell = QTableWidgetItem(value)
                cell.setToolTip(tip)
                self.figures.setItem(row, column, cell)

    def _show_weak(self) -> None:
        self.weak.clear()
        for comparison in weak_figures(self._plan.local) if self._plan else []:
            item = QListWidgetItem(describe(comparison, ui_language(), self._vocabulary))
            item.setData(Qt.ItemDataRole.UserRole, comparison.figure.label)
            self.weak.addItem(item)
        if self.weak.count():
            self.weak.setCurrentRow(0)
        self.suggest_button.setEnabled(self.weak.count() > 0)
        self.propose_button.setEnabled(self.weak.count() > 0)

    def _show_charts(self) -> None:
        while self.charts_layout.count():
            item = self.charts_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if self._plan is not None:
            self._add_charts(self._plan.local)
        self.charts_box.setVisible(self.charts_layout.count() > 0)

    def _add_charts(self, local: LocalPicture) -> None:
        for term in self._vocabulary.terms("conditions"):
            figures = [
                in_language(f, self._vocabulary, ui_language())
                for f in local.figures
                if f.condition == term.id
            ]
            if not figures:
                continue
            name = term.text(ui_language())
            self.charts_layout.addWidget(QLabel(f"<b>{name}</b>", self.charts_box))
            chart = ChartWidget(self.charts_box)
            references = {f.reference_label for f in figures if f.reference_label}
            chart.show_chart(
                Chart(
                    name,
                    tuple(
                        Bar(
                            f.label,
                            f.value,
                            f.reference,
                            f.unit,
                            bool((c := compare(f)) and c.worse),
                        )
                        for f in figures
                    ),
                    references.pop() if len(references) == 1 else self.tr("Referentie"),
                    local.area or self.tr("Hier"),
                    lang=ui_language(),
                )
            )
            self.charts_layout.addWidget(chart)

    # -- editing -------------------------------------------------------------------------------

    def _on_note_text_changed(self) -> None:
        if not self._loading:
            self._save_timer.start()

    def flush(self) -> None:
        """Save what was typed in the area and note fields, if anything changed."""
        self._save_timer.stop()
        if self._plan is None or self._loading:
            return
        notes = tuple(
            sorted((c, e.toPlainText()) for c, e in self.notes.items() if e.toPlainText())
        )
        after = ops.set_local(
            self._plan,
            area=self.area.text().strip()[:1000],
            area_level=self.area_level.currentData(),
            notes=notes,
        )
        if after != self._plan:
            self._emit(after, self.tr("lokale situatie"))

    def _emit(self, after: Plan, text: str) -> None:
        self._plan = after
        self.edited.emit(after, text)

    def _selected_row(self) -> int:
        rows = self.figures.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def add_figure(self) -> None:
        self.flush()
        dialog = FigureDialog(self._vocabulary, parent=self)
        if self._plan and dialog.exec() and dialog.result_figure:
            self._emit(
                ops.add_figures(self._plan, [dialog.result_figure]), self.tr("cijfer toevoegen")
            )

    def edit_figure(self) -> None:
        self.flush()
        row = self._selected_row()
        if self._plan is None or row < 0:
            return
        figures = list(self._plan.local.figures)
        dialog = FigureDialog(self._vocabulary, figures[row], parent=self)
        if dialog.exec() and dialog.result_figure:
            figures[row] = dialog.result_figure
            self._emit(
                ops.set_local(self._plan, figures=tuple(figures)), self.tr("cijfer wijzigen")
            )

    def remove_figure(self) -> None:
        self.flush()
        row = self._selected_row()
        if self._plan is None or row < 0:
            return
        figures = list(self._plan.local.figures)
        del figures[row]
        self._emit(ops.set_local(self._plan, figures=tuple(figures)), self.tr("cijfer verwijderen"))

    def import_dialog(self, path: str = "") -> None:
        self.flush()
        if self._plan is None:
            return
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Cijfers importeren"),
                "",
                self.tr("Tabellen (*.csv *.xlsx *.txt);;Alle bestanden (*)"),
            )
        if not path:
            return
        from kb_app.plans.figures import read_figures  # only when someone imports

        try:
            table = read_figures(Path(path), self._vocabulary)
        except KbError as error:
            QMessageBox.warning(self, self.tr("Cijfers importeren"), error.text(ui_language()))
            return
        dialog = FiguresImportDialog(table, self._vocabulary, Path(path).name, self)
        if dialog.exec() and dialog.table.ok:
            self._emit(ops.add_figures(self._plan, dialog.figures()), self.tr("cijfers importeren"))

    def suggest(self) -> None:
        self.flush()
        item = self.weak.currentItem()
        if self._plan is None or item is None:
            return
        label = item.data(Qt.ItemDataRole.UserRole)
        figure = next(f for f in self._plan.local.figures if f.label == label)
        dialog = SuggestionsDialog(self._reader, self._plan, figure, self)
        if dialog.exec() and dialog.chosen_id:
            after = ops.add_intervention(self._plan, self._reader.intervention(dialog.chosen_id))
            added = after.items[-1]
            after = ops.update_item(after, added.id, addresses=[figure.label])
            self._emit(after, self.tr("interventie toevoegen"))

    def propose(self) -> None:
        self.flush()
        if self._plan is None:
            return
        dialog = ProposalsDialog(self._plan, self._vocabulary, self)
        if dialog.exec():
            after = self._plan
            for condition, rationale in dialog.accepted_proposals():
                after = ops.set_priority(after, condition, rationale)
            if after != self._plan:
                self._emit(after, self.tr("prioriteiten uit de lokale cijfers"))


__all__ = ["ChartWidget", "LocalPictureView"]
