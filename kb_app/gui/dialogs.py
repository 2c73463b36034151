"""Small dialogs: compare interventions side by side, preferences, and About."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kb_app import __version__
from kb_app.gui.detail_html import STYLE, compare_html
from kb_app.gui.language import ui_language
from kb_app.gui.panes import fit_to_screen
from kb_app.store.content import ContentReader

# Each language under its own name, so it can be found whatever the interface speaks.
LANGUAGES = (("nl", "Nederlands"), ("en", "English"))


class CompareDialog(QDialog):
    """2–4 interventions side by side on the standard fields."""

    def __init__(
        self,
        reader: ContentReader,
        ids: list[str],
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Interventies vergelijken"))
        self.resize(1100, 700)
        fit_to_screen(self)
        items = [reader.intervention(i) for i in ids if reader.has(i)]
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Vergelijking"))
        self.browser.document().setDefaultStyleSheet(STYLE)
        self.browser.setHtml(compare_html(items, reader.vocabulary(), today, ui_language()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)


class PreferencesDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Voorkeuren"))
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Taal"))
        self.language.addItem(
            self.tr("Systeemtaal (Nederlands, of Engels op een Engels systeem)"), ""
        )
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        form = QFormLayout()
        form.addRow(self.tr("&Taal:"), self.language)
        note = QLabel(self.tr("Een andere taal wordt actief nadat u Wat Werkt opnieuw start."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen_language(self) -> str:
        return self.language.currentData()


def about_text(manifest: dict, count: int) -> str:
    """App version; the library's version (a pack's, else the content hash) and date; size."""
    built = escape(str(manifest.get("built_at", ""))[:10])
    version = escape(
        str(manifest.get("library_version") or str(manifest.get("content_hash", ""))[:12])
    )
    translate = QCoreApplication.translate
    lines = [
        translate("About", "Een offline kennisbank van sociale interventies die werken."),
        translate("About", "Programmaversie: %1").replace("%1", __version__)
        + "<br>"
        + translate("About", "Bibliotheekversie: %1, gebouwd %2")
        .replace("%1", version)
        .replace("%2", built)
        + "<br>"
        + translate("About", "Aantal interventies: %1").replace("%1", str(count)),
        translate(
            "About",
            "Het programma maakt nooit verbinding met internet. Links naar "
            "bronnen openen pas in uw browser als u erop klikt.",
        ),
        translate("About", "De inhoud van de bibliotheek is in het Nederlands."),
    ]
    return f"<h2>Wat Werkt {__version__}</h2>" + "".join(f"<p>{line}</p>" for line in lines)
