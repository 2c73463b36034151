"""Bestand → "Bibliotheek bijwerken…" and "Terug naar vorige bibliotheek", and start-up notices.

An update is checked and unpacked while the window stays usable; the dialog then lists what will
change (new, removed, re-judged interventions and the user's favourites and plan items they touch).
On "Installeren" the window closes, ``run_gui`` closes the library (an open library folder cannot
be renamed on Windows), swaps it in through ``after_close`` and opens a fresh window on the new
library. Nothing is swapped while anything reads it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kb_app.core.errors import KbError
from kb_app.core.paths import AppPaths
from kb_app.packs.changes import LibraryChanges, compare
from kb_app.packs.install import StagedPack, can_roll_back, commit, roll_back, stage_pack
from kb_app.store.user import UserStore

TITLE = "Bibliotheek bijwerken"


def show_notices(parent: QWidget, notices: list[str]) -> QMessageBox | None:
    """Tell the user what happened at start-up, once the window is on screen (not before it).
    Window-modal and non-blocking, so start-up goes on behind it."""
    if not notices:
        return None
    box = QMessageBox(QMessageBox.Icon.Information, "Wat Werkt", "\n\n".join(notices),
                      QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    QTimer.singleShot(0, box.open)
    return box


def run_after_close(action: Callable[[], str]) -> str:
    try:
        return action()
    except KbError as error:
        return str(error)


def stage_update(paths: AppPaths, in_use: Path, user: UserStore,
                 pack: Path) -> tuple[StagedPack, LibraryChanges]:
    """Check and unpack ``pack`` and compare it with the library in use (raises ``KbError``)."""
    staged = stage_pack(pack, paths)
    try:
        return staged, compare(in_use, staged.folder, user)
    except BaseException:
        staged.discard()
        raise


class UpdateDialog(QDialog):
    """The change list of a checked pack, with "Installeren" and "Annuleren"."""

    def __init__(self, staged: StagedPack, changes: LibraryChanges, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bibliotheek bijwerken"))
        self.resize(640, 480)
        counts = staged.info.counts
        intro = QLabel(self.tr("Het pakket is gecontroleerd: bibliotheek %1 met %2 interventies. "
                               "Dit verandert er:").replace("%1", staged.info.library_version)
                       .replace("%2", str(counts.get("interventions", "?"))), self)
        intro.setWordWrap(True)
        self.changes = QPlainTextEdit("\n".join(changes.lines()), self)
        self.changes.setReadOnly(True)
        self.changes.setAccessibleName(self.tr("Wijzigingen"))
        note = QLabel(self.tr("Wat Werkt opent daarna opnieuw met de nieuwe bibliotheek. Uw "
                              "favorieten, notities en plannen blijven bewaard."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("&Installeren"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.changes, note, buttons):
            layout.addWidget(widget)


def schedule(window, action: Callable[[], str]) -> None:
    """Close the window and let ``run_gui`` run ``action`` once the library is closed."""
    window.after_close = action
    window.close()


def _install_action(staged: StagedPack, paths: AppPaths) -> Callable[[], str]:
    def install() -> str:
        commit(staged, paths)
        return (f"Bibliotheek {staged.info.library_version} is geïnstalleerd. Via Bestand → "
                "Terug naar vorige bibliotheek gaat u terug.")
    return install


def ask_update(window) -> None:
    path, _ = QFileDialog.getOpenFileName(window, window.tr(TITLE), "",
                                          window.tr("Bibliotheekpakket (*.wwpack)"))
    if not path:
        return
    try:
        staged, changes = stage_update(window.paths, window.library.location.folder,
                                       window.user, Path(path))
    except KbError as error:
        QMessageBox.warning(window, window.tr(TITLE), str(error))
        return
    if UpdateDialog(staged, changes, window).exec() == QDialog.DialogCode.Accepted:
        schedule(window, _install_action(staged, window.paths))
    else:
        staged.discard()


def _roll_back_action(paths: AppPaths) -> Callable[[], str]:
    def action() -> str:
        roll_back(paths)
        return "De vorige bibliotheek wordt weer gebruikt."
    return action


def ask_roll_back(window) -> None:
    title = window.tr("Terug naar vorige bibliotheek")
    if not can_roll_back(window.paths):
        QMessageBox.information(window, title, window.tr(
            "Er is geen vorige bibliotheek: u gebruikt de meegeleverde bibliotheek."))
        return
    answer = QMessageBox.question(window, title, window.tr(
        "Terug naar de bibliotheek van vóór de laatste update? Wat Werkt opent daarna opnieuw; "
        "uw favorieten, notities en plannen blijven bewaard."))
    if answer == QMessageBox.StandardButton.Yes:
        schedule(window, _roll_back_action(window.paths))
