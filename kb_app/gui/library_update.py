"""Bestand → "Bibliotheek bijwerken…", "Terug naar vorige bibliotheek", "Uitgever vertrouwen…",
and start-up notices.

An update is checked (signature first), validated and rebuilt into a fresh library in a worker
thread while a progress dialog shows each step and the window stays responsive; the dialog then
lists what will change (new, removed, renamed and re-judged interventions and the user's
favourites and plan items they touch). On "Installeren" the window closes, ``run_gui`` closes the
library (an open library folder cannot be renamed on Windows), swaps it in through
``after_close`` and opens a fresh window on the new library. Nothing is swapped while anything
reads it. Messages name libraries ("bibliotheek 2026.2 van …"), never folders, and speak the
interface language: the pack layer keeps each message in Dutch and English (``packs.messages``)
and this module asks for ``ui_language()``'s one.

The window keeps a running update (``MainWindow.start_update``) and closes for a swap itself
(``MainWindow.close_then``); nothing here sets an attribute on it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from kb_app.core.errors import KbError
from kb_app.core.paths import AppPaths
from kb_app.gui.background import Background
from kb_app.gui.language import ui_language

if TYPE_CHECKING:
    from kb_app.gui.main_window import MainWindow
    from kb_app.packs.changes import LibraryChanges
    from kb_app.packs.install import StagedPack
    from kb_app.packs.signing import Publisher  # loaded when a key is chosen

# The pack code (signatures, validation, the build) is imported where it is first used, so that
# the menus that offer an update cost nothing at start-up.


def show_notices(parent: QWidget, notices: list[str]) -> QMessageBox | None:
    """Tell the user what happened at start-up, once the window is on screen (not before it).
    Window-modal and non-blocking, so start-up goes on behind it."""
    if not notices:
        return None
    box = QMessageBox(
        QMessageBox.Icon.Information,
        "Wat Werkt",
        "\n\n".join(notices),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    QTimer.singleShot(0, box.open)
    return box


def run_after_close(action: Callable[[], str]) -> str:
    try:
        return action()
    except KbError as error:
        return error.text(ui_language())


class _Cancelled(KbError):
    def __init__(self) -> None:
        from kb_app.packs.messages import MESSAGES

        super().__init__(MESSAGES["cancelled"]["nl"], english=MESSAGES["cancelled"]["en"])


class UpdateDialog(QDialog):
    """The change list of a checked pack, with "Installeren" and "Annuleren"."""

    def __init__(
        self,
        staged: StagedPack,
        changes: LibraryChanges,
        parent: QWidget | None = None,
        warning: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bibliotheek bijwerken"))
        self.resize(640, 480)
        info = staged.info
        intro = QLabel(
            self.tr(
                "Het pakket is gecontroleerd: bibliotheek %1 van %2 met %3 "
                "interventies, ondertekend door een vertrouwde uitgever. Dit "
                "verandert er:"
            )
            .replace("%1", info.library_version)
            .replace("%2", info.publisher.name)
            .replace("%3", str(info.counts.get("interventions", "?"))),
            self,
        )
        intro.setWordWrap(True)
        lang = ui_language()
        self.changes = QPlainTextEdit("\n".join(changes.lines(lang)), self)
        self.changes.setReadOnly(True)
        self.changes.setAccessibleName(self.tr("Wijzigingen"))
        note = QLabel(
            self.tr(
                "Wat Werkt opent daarna opnieuw met de nieuwe bibliotheek. Uw "
                "favorieten, notities en plannen blijven bewaard."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.install_button = buttons.addButton(
            self.tr("&Installeren"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.warning = QLabel(warning or "", self)  # in the interface language
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("font-weight: bold")
        self.warning.setVisible(bool(warning))
        for widget in (self.warning, self.changes, note, buttons):
            layout.addWidget(widget)


def _install_action(staged: StagedPack, paths: AppPaths) -> Callable[[], str]:
    lang = ui_language()

    def install() -> str:
        from kb_app.packs.install import commit
        from kb_app.packs.messages import say

        commit(staged, paths)
        info = staged.info
        return say("installed", lang, version=info.library_version, publisher=info.publisher.name)

    return install


class UpdateFlow(QObject):
    """One "Bibliotheek bijwerken": progress while staging, then the change list, then
    install or discard. Kept on the window (``window.update_flow``) while it runs.

    Signals: ``done()`` — the update is over (refused, discarded, or installing after close);
    ``progressed(int, str)`` — a staging step and what happens now (emitted on the staging
    thread, delivered on the GUI thread).
    """

    done = Signal()
    progressed = Signal(int, str)

    def __init__(self, window: MainWindow, paths: AppPaths, pack: Path) -> None:
        from kb_app.packs.install import STEPS

        super().__init__(window)
        self.window, self._paths = window, paths
        self.progress = QProgressDialog(
            self.tr("Het pakket wordt gecontroleerd…"), self.tr("Afbreken"), 0, STEPS, window
        )
        self.progress.setWindowTitle(self.tr("Bibliotheek bijwerken"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.steps_seen: list[str] = []
        self.dialog: UpdateDialog | None = None
        self._pack = pack
        self._cancelled = False  # set here, read between steps on the staging thread
        self._background = Background("library-update", self)
        self.progressed.connect(self._on_progressed)
        self.progress.canceled.connect(self._on_progress_canceled)

    def start(self) -> None:
        self.progress.open()
        failed = self.tr(
            "Het bibliotheekpakket kon door een onverwachte fout niet worden gecontroleerd; er "
            "is niets gewijzigd. Details staan in het logboek."
        )
        self._background.submit(
            self._stage, self._on_thread_staged, self._on_thread_refused, error=failed
        )

    def _stage(self) -> StagedPack:
        """On the staging thread: check, validate and rebuild the pack (raises ``KbError``)."""
        from kb_app.packs.install import stage_pack

        return stage_pack(self._pack, self._paths, self._report)

    def _report(self, step: int, text: str) -> None:
        """Called by ``stage_pack`` between steps, on the staging thread."""
        if self._cancelled:  # stage_pack cleans up what it wrote
            raise _Cancelled()
        self.progressed.emit(step, text)  # queued to the GUI thread, where this object lives

    def _on_progressed(self, step: int, text: str) -> None:
        # The packs layer names its steps in Dutch; the window says them in its own language.
        steps = {
            1: self.tr("Handtekening en bestanden controleren"),
            2: self.tr("Inhoud controleren"),
            3: self.tr("Bibliotheek en zoekindex opbouwen"),
        }
        text = steps.get(step, text)
        self.steps_seen.append(text)
        self.progress.setLabelText(f"{text}…")
        self.progress.setValue(step - 1)

    def _on_progress_canceled(self) -> None:
        self._cancelled = True
        self.progress.setLabelText(self.tr("Afbreken…"))

    def _finish_progress(self) -> None:
        self._background.stop()  # the staging is over: its thread can end
        self.progress.setValue(self.progress.maximum())
        self.progress.close()

    def _on_thread_refused(self, message: str) -> None:
        self._finish_progress()
        self.done.emit()
        QMessageBox.warning(self.window, self.tr("Bibliotheek bijwerken"), message)

    def _on_thread_staged(self, staged: StagedPack) -> None:
        from kb_app.packs.changes import compare
        from kb_app.packs.install import older_warning

        self._finish_progress()
        lang = ui_language()
        try:
            changes = compare(self.window.library.location.folder, staged.library, self.window.user)
        except KbError as error:
            staged.discard()
            self._on_thread_refused(error.text(lang))
            return
        self.dialog = UpdateDialog(
            staged, changes, self.window, older_warning(staged.info, self._paths, lang)
        )
        self.dialog.finished.connect(lambda result: self._on_dialog_finished(staged, result))
        self.dialog.open()

    def _on_dialog_finished(self, staged: StagedPack, result: int) -> None:
        self.done.emit()
        if result == QDialog.DialogCode.Accepted:
            self.window.close_then(_install_action(staged, self._paths))
        else:
            staged.discard()


def ask_update(window: MainWindow) -> None:
    paths = window.paths
    if paths is None:
        return  # no folder to install into: the window disables this menu item
    title = QCoreApplication.translate("LibraryUpdate", "Bibliotheek bijwerken")
    kinds = QCoreApplication.translate("LibraryUpdate", "Bibliotheekpakket (*.wwpack)")
    path, _ = QFileDialog.getOpenFileName(window, title, "", kinds)
    if not path:
        return
    window.start_update(UpdateFlow(window, paths, Path(path)))


def _roll_back_action(paths: AppPaths) -> Callable[[], str]:
    lang = ui_language()

    def action() -> str:
        from kb_app.packs.install import can_roll_back, describe_library, roll_back
        from kb_app.packs.messages import say

        before = describe_library(paths.installed_library, lang)
        roll_back(paths)
        now = describe_library(paths.installed_library if can_roll_back(paths) else None, lang)
        return say("rolled-back", lang, before=before, now=now)

    return action


def ask_roll_back(window: MainWindow) -> None:
    from kb_app.packs.install import can_roll_back, describe_roll_back

    paths = window.paths
    if paths is None:
        return  # no installed libraries: the window disables this menu item
    title = QCoreApplication.translate("LibraryUpdate", "Terug naar vorige bibliotheek")
    if not can_roll_back(paths):
        QMessageBox.information(window, title, describe_roll_back(paths, ui_language()))
        return
    text = QCoreApplication.translate(
        "LibraryUpdate",
        "%1\n\nWat Werkt opent daarna opnieuw; uw favorieten, notities en plannen blijven bewaard.",
    )
    plan = describe_roll_back(paths, ui_language())
    answer = QMessageBox.question(window, title, text.replace("%1", plan))
    if answer == QMessageBox.StandardButton.Yes:
        window.close_then(_roll_back_action(paths))


def ask_trust(window: MainWindow) -> None:
    """Add a publisher: choose its public key, compare the fingerprint, then confirm."""
    from kb_app.packs.signing import load_public_key, trust_publisher, trusted_publishers

    paths = window.paths
    if paths is None:
        return  # no place to keep trusted keys: the window disables this menu item
    title = QCoreApplication.translate("LibraryUpdate", "Uitgever vertrouwen")
    kinds = QCoreApplication.translate("LibraryUpdate", "Publieke sleutel (*.pub)")
    path, _ = QFileDialog.getOpenFileName(window, title, "", kinds)
    if not path:
        return
    try:
        publisher = load_public_key(Path(path))
        if publisher.fingerprint in trusted_publishers(paths):
            QMessageBox.information(
                window,
                title,
                QCoreApplication.translate("LibraryUpdate", "%1 wordt al vertrouwd.").replace(
                    "%1", publisher.name
                ),
            )
            return
        if _confirm_trust(window, title, publisher):
            trust_publisher(paths, publisher)
            QMessageBox.information(
                window,
                title,
                QCoreApplication.translate("LibraryUpdate", "%1 wordt nu vertrouwd.").replace(
                    "%1", publisher.name
                ),
            )
    except KbError as error:
        QMessageBox.warning(window, title, error.text(ui_language()))


def _confirm_trust(window: QWidget, title: str, publisher: Publisher) -> bool:
    text = QCoreApplication.translate(
        "LibraryUpdate",
        "Uitgever: %1\nVingerafdruk:\n%2\n\nVergelijk deze vingerafdruk met "
        "die van de uitgever zelf (bijvoorbeeld telefonisch). Pakketten van een vertrouwde "
        "uitgever worden zonder verdere vraag geïnstalleerd.",
    )
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text.replace("%1", publisher.name).replace("%2", publisher.shown_fingerprint),
        QMessageBox.StandardButton.Cancel,
        window,
    )
    trust_button = box.addButton(
        QCoreApplication.translate("LibraryUpdate", "&Vertrouwen"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter never trusts
    box.exec()
    return box.clickedButton() is trust_button
