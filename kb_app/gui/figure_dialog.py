"""Typing one local figure by hand: the indicator (from the vocabulary or your own), the value
here and what it is compared with, the year and the source.

Numbers are shown in the interface language ("7,25" in Dutch, "7.25" in English) and read the
way a person of either language types them: Dutch "14,5" and "1.234,5", English "14.5" and
"1,234.5", and a decimal comma in English too (a Dutch habit the dialog should not punish). The
dialog only closes on OK when every field can be used; the problem is shown under the fields.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kb_app.core.indicators import match_indicator
from kb_app.core.model import Vocabulary
from kb_app.gui.language import ui_language
from kb_app.plans.figures import parse_number
from kb_app.plans.local import Figure, in_language, number

# "1,234" or "1,234.5": English thousands, only when every group after a comma has 3 digits.
_ENGLISH_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$")


def shown_number(value: float, lang: str) -> str:
    """A number to edit: decimals in the interface language, no thousands separator."""
    text = number(value, lang)
    return text.replace(",", "") if lang == "en" else text.replace(".", "")


def read_number(text: str, lang: str) -> float | None:
    """What a person typed as a number, read in the interface language; ``None`` if none."""
    text = text.strip()
    if lang == "en":
        if _ENGLISH_THOUSANDS.match(text.replace(" ", "")):
            text = text.replace(",", "")
        return parse_number(text, decimal_comma=False)
    return parse_number(text, decimal_comma=True)


class FigureDialog(QDialog):
    def __init__(
        self, vocabulary: Vocabulary, figure: Figure | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lokaal cijfer"))
        self._vocabulary = vocabulary
        self._lang = ui_language()
        self.result_figure: Figure | None = None
        self.indicator = QComboBox(self)
        self.indicator.setEditable(True)
        self.indicator.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.indicator.addItems([i.text(self._lang) for i in vocabulary.indicators])
        self.indicator.setCurrentIndex(-1)
        self.condition = QComboBox(self)
        for term in vocabulary.terms("conditions"):
            self.condition.addItem(term.text(self._lang), term.id)
        self.direction = QComboBox(self)
        self.direction.addItem(self.tr("Hoger is beter"), True)
        self.direction.addItem(self.tr("Hoger is slechter"), False)
        self.value, self.reference, self.reference_label = (QLineEdit(self) for _ in range(3))
        self.unit, self.year, self.source = (QLineEdit(self) for _ in range(3))
        self.reference_label.setPlaceholderText(self.tr("bijvoorbeeld Nederland of gemeente"))
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #B00020")
        self._layout()
        self.indicator.currentTextChanged.connect(self._on_indicator_current_text_changed)
        if figure is not None:
            self._fill(figure)

    def _layout(self) -> None:
        form = QFormLayout()
        rows = (
            (self.tr("&Indicator:"), self.indicator),
            (self.tr("&Voorwaarde:"), self.condition),
            (self.tr("&Richting:"), self.direction),
            (self.tr("&Waarde hier:"), self.value),
            (self.tr("R&eferentie:"), self.reference),
            (self.tr("Vergeleken &met:"), self.reference_label),
            (self.tr("E&enheid:"), self.unit),
            (self.tr("&Jaar:"), self.year),
            (self.tr("&Bron:"), self.source),
        )
        for text, field in rows:
            label = QLabel(text, self)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _fill(self, stored: Figure) -> None:
        figure = in_language(stored, self._vocabulary, self._lang)
        self.indicator.setEditText(figure.label)
        self.condition.setCurrentIndex(max(0, self.condition.findData(figure.condition)))
        self.direction.setCurrentIndex(0 if figure.higher_is_better else 1)
        self.value.setText(shown_number(figure.value, self._lang))
        reference = figure.reference
        self.reference.setText("" if reference is None else shown_number(reference, self._lang))
        self.reference_label.setText(figure.reference_label)
        self.unit.setText(figure.unit)
        self.year.setText(str(figure.year or ""))
        self.source.setText(figure.source)

    def _on_indicator_current_text_changed(self, text: str) -> None:
        """A known indicator brings its condition, direction and unit with it."""
        known = match_indicator(text, self._vocabulary.indicators)
        for field in (self.condition, self.direction):
            field.setEnabled(known is None)
        if known is not None:
            self.condition.setCurrentIndex(max(0, self.condition.findData(known.condition)))
            self.direction.setCurrentIndex(0 if known.higher_is_better else 1)
            if not self.unit.text():
                self.unit.setText(known.unit_text(self._lang))

    def accept(self) -> None:
        figure, problem = self._read()
        if figure is None:
            self.problem.setText(problem)
            return
        self.result_figure = figure
        super().accept()

    def _read(self) -> tuple[Figure | None, str]:
        name = self.indicator.currentText().strip()
        if not name:
            return None, self.tr("Kies of typ een indicator.")
        value = read_number(self.value.text(), self._lang)
        if value is None:
            return None, self.tr("De waarde hier is geen getal (bijvoorbeeld 14 of 14,5).")
        reference = None
        if self.reference.text().strip():
            reference = read_number(self.reference.text(), self._lang)
            if reference is None:
                return None, self.tr(
                    "De referentie is geen getal; laat het veld leeg als er geen is."
                )
        year_text = self.year.text().strip()
        if year_text and not (year_text.isdigit() and 1900 <= int(year_text) <= 2100):
            return None, self.tr("Het jaar is geen jaartal (bijvoorbeeld 2024).")
        known = match_indicator(name, self._vocabulary.indicators)
        unit = self.unit.text().strip()[:50]
        if known is not None and unit == known.unit_text(self._lang):
            unit = known.unit  # the plan keeps the vocabulary's Dutch, whatever the window shows
        return Figure(
            label=known.label if known else name[:300],
            condition=known.condition if known else self.condition.currentData(),
            value=value,
            indicator=known.id if known else "",
            reference=reference,
            reference_label=self.reference_label.text().strip()[:1000],
            unit=unit,
            year=int(year_text) if year_text else None,
            source=self.source.text().strip()[:1000],
            higher_is_better=known.higher_is_better if known else self.direction.currentData(),
        ), ""
