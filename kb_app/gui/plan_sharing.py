"""Sharing and exporting an action plan: the file dialogs and what happens behind them.

``PlanSharing`` is owned by ``PlanPanel``: the panel is its host (``SharingHost``: the typed plan
and an undoable save) and the parent of its dialogs; the library, the user's store, today's date
and the settings come in through the constructor. Kept apart so the panel stays about editing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kb_app.core import clock
from kb_app.core.errors import KbError
from kb_app.gui.language import ui_language
from kb_app.gui.plan_host import SharingHost
from kb_app.gui.plan_io import FORMATS, export_plan, with_suffix
from kb_app.gui.settings import Settings
from kb_app.plans import operations as ops
from kb_app.plans.model import SUFFIX, Item, Plan
from kb_app.store.content import ContentReader
from kb_app.store.user import UserStore

# ask(summary, exists) -> "replace" | "copy" | "cancel" | "open"
Ask = Callable[[str, bool], str]

_UNSAFE = str.maketrans({c: "-" for c in '\\/:*?"<>|'})
LAST_FOLDER_KEY = "plans/last_folder"


def file_name(title: str, suffix: str) -> str:
    """A file name from a plan title: no folder separators or characters Windows refuses."""
    return (title.translate(_UNSAFE).strip(" .") or "plan") + suffix


def kit_candidates(plan: Plan, reader: ContentReader, include_considered: bool) -> list[Item]:
    """The items a workshop kit would hold: chosen (or also considered) library interventions."""
    statuses = ("gekozen", "overwogen") if include_considered else ("gekozen",)
    return [
        i
        for i in plan.items
        if i.status in statuses and i.intervention_id and reader.has(i.intervention_id)
    ]


class PlanSharing(QObject):
    """Export, share (save a ``.wwplan``) and open a shared plan, each behind its dialog."""

    def __init__(
        self,
        host: SharingHost,
        reader: ContentReader,
        user: UserStore,
        today: dt.date,
        settings: Settings | None,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._host, self._reader, self._user, self._today = host, reader, user, today
        self._settings = settings  # remembers the last export folder; None: the home folder
        self._dialogs = parent  # every dialog is modal to the panel

    def export_to(self, fmt: str, path: Path, include_considered: bool = False) -> None:
        self._host.flush()
        plan = self._host.current_plan()
        if plan is None:
            raise KbError(self.tr("Er is nog geen plan om te exporteren."))
        export_plan(
            plan,
            self._reader,
            fmt,
            Path(path),
            self._today,
            include_considered=include_considered,
        )

    def export_dialog(self, fmt: str) -> None:
        self._host.flush()
        plan = self._host.current_plan()
        if plan is None:
            return
        label, file_filter, suffix, kit = FORMATS[fmt]
        include = False
        if kit and not kit_candidates(plan, self._reader, False):
            scope = self._ask_kit_scope(plan)
            if scope is None:
                return  # back to the plan; nothing written
            include = scope
        name, _ = QFileDialog.getSaveFileName(
            self._dialogs,
            self.tr("Exporteren als %s") % self.tr(str(label)),
            str(self.last_folder() / file_name(plan.title, suffix)),
            file_filter,
        )
        if name:
            path = with_suffix(name, fmt)
            self.remember_folder(path.parent)
            if self._report(lambda: self.export_to(fmt, path, include), None):
                self.offer_open(path, self.tr("Het plan is geëxporteerd naar:"))

    def _ask_kit_scope(self, plan: Plan) -> bool | None:
        """No chosen items: include the considered ones (True), or go back (None)."""
        if not kit_candidates(plan, self._reader, True):
            QMessageBox.information(
                self._dialogs,
                self.tr("Workshopkit"),
                self.tr(
                    "Dit plan heeft nog geen interventies uit de bibliotheek, dus de kit "
                    "zou leeg zijn. Voeg eerst interventies toe (Ctrl+Shift+P) en zet ze "
                    "op ‘Gekozen’. Er is niets opgeslagen."
                ),
            )
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Workshopkit"),
            self.tr(
                "Nog geen enkele interventie staat op ‘Gekozen’, dus de kit "
                "zou geen factsheets hebben. Wilt u de interventies die op "
                "‘Overwogen’ staan meenemen, of eerst terug naar het plan "
                "om te kiezen?"
            ),
            parent=self._dialogs,
        )
        include = box.addButton(self.tr("&Overwogen meenemen"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Terug naar het plan"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return True if box.clickedButton() is include else None

    def last_folder(self) -> Path:
        """The folder of the last export or share, if it still exists; else the home folder."""
        settings = self._settings
        value = str(settings.value(LAST_FOLDER_KEY, "") or "") if settings else ""
        folder = Path(value) if value else Path.home()
        return folder if folder.is_dir() else Path.home()

    def remember_folder(self, folder: Path) -> None:
        """Start the next export or share dialog in ``folder``."""
        if self._settings is not None:
            self._settings.set_value(LAST_FOLDER_KEY, str(folder))

    def offer_open(self, path: Path, intro: str) -> None:
        """Say where the file is, and offer to open it or the folder that holds it."""
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Plan"),
            f"{intro}\n{path}",
            parent=self._dialogs,
        )
        open_file = box.addButton(self.tr("Bestand &openen"), QMessageBox.ButtonRole.ActionRole)
        open_folder = box.addButton(self.tr("&Map openen"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("&Sluiten"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        elif box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    def save_file(self, path: Path) -> None:
        """Write the plan, with everything typed, as a ``.wwplan`` file at ``path``."""
        from kb_app.plans.planfile import write_plan_file  # jsonschema: only when sharing

        self._host.flush()
        plan = self._host.current_plan()
        if plan is not None:
            write_plan_file(plan, Path(path))

    def save_dialog(self) -> None:
        self._host.flush()
        plan = self._host.current_plan()
        if plan is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self._dialogs,
            self.tr("Plan delen"),
            str(self.last_folder() / file_name(plan.title, SUFFIX)),
            self._file_filter(),
        )
        if name:
            path = Path(name) if name.endswith(SUFFIX) else Path(name + SUFFIX)
            self.remember_folder(path.parent)
            if self._report(lambda: self.save_file(path), None):
                self.offer_open(
                    path,
                    self.tr(
                        "Opgeslagen. Geef dit bestand aan een collega; die opent het in Wat Werkt "
                        "met de knop ‘Openen…’ bovenaan het tabblad Actieplan:"
                    ),
                )

    def open_dialog(self) -> None:
        self._host.flush()
        name, _ = QFileDialog.getOpenFileName(
            self._dialogs,
            self.tr("Plan openen"),
            str(self.last_folder()),
            self._file_filter(),
        )
        if name:
            self.remember_folder(Path(name).parent)
            self._report(lambda: self.open_file(Path(name), ask=self._ask), None)

    def _file_filter(self) -> str:
        return self.tr("Wat Werkt-plan (*%1)").replace("%1", SUFFIX)

    def open_file(self, path: Path, ask: Ask) -> Plan | None:
        """Read a shared plan; ``ask(question) -> 'replace'|'copy'|'cancel'|'open'``."""
        from kb_app.plans.planfile import read_plan_file

        plan = read_plan_file(path)  # a bad file stops here with a clear message
        summary = (
            self.tr("‘%1’ (%2) met %3 onderdelen en %4 prioriteiten.")
            .replace("%1", plan.title)
            .replace("%2", plan.organisation or "—")
            .replace("%3", str(len(plan.items)))
            .replace("%4", str(len(plan.priorities)))
        )
        existing = self._user.plan(plan.id)
        choice = ask(summary, existing is not None)
        if choice == "cancel":
            return None
        if choice == "copy":
            title = self.tr("%1 (geopend)").replace("%1", plan.title)
            plan = ops.duplicate(plan, now=clock.now(), title=title)
        before = Plan.from_dict(existing.document) if existing and choice == "replace" else None
        self._host.push_save(plan.id, before, plan, self.tr("plan openen"))
        return plan

    def _ask(self, summary: str, exists: bool) -> str:
        box = QMessageBox(self._dialogs)
        box.setWindowTitle(self.tr("Plan openen"))
        if exists:
            box.setText(self.tr("Dit plan staat al in uw lijst: %s\nWat wilt u doen?") % summary)
            replace = box.addButton(self.tr("Vervangen"), QMessageBox.ButtonRole.DestructiveRole)
            copy = box.addButton(self.tr("Als kopie openen"), QMessageBox.ButtonRole.AcceptRole)
        else:
            box.setText(self.tr("Dit plan openen? %s") % summary)
            replace, copy = (
                None,
                box.addButton(self.tr("Openen"), QMessageBox.ButtonRole.AcceptRole),
            )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is replace:
            return "replace"
        if clicked is copy:
            return "copy" if exists else "open"
        return "cancel"

    def _report(self, work: Callable[[], object], done: str | None) -> bool:
        """Run ``work``; a failure becomes a Dutch message. True when it succeeded."""
        try:
            work()
        except KbError as error:
            QMessageBox.warning(self._dialogs, self.tr("Plan"), error.text(ui_language()))
        except OSError as error:
            where = f" ({error.filename})" if error.filename else ""
            QMessageBox.warning(
                self._dialogs,
                self.tr("Plan"),
                self.tr(
                    "Het bestand kon niet worden gelezen of geschreven%1: "
                    "%2. Er is niets gewijzigd; kies een andere map of "
                    "naam."
                )
                .replace("%1", where)
                .replace("%2", error.strerror or str(error)),
            )
        else:
            if done:
                QMessageBox.information(self._dialogs, self.tr("Plan"), done)
            return True
        return False
