"""Sharing and exporting an action plan: the file dialogs and what happens behind them.

A mixin of ``PlanPanel`` (it uses the panel's current plan, store and undo stack), kept in its own
module so the panel itself stays about editing.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from kb_app.core.errors import KbError
from kb_app.gui.plan_io import FORMATS, export_plan, with_suffix
from kb_app.plans import operations as ops
from kb_app.plans.model import Plan


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class PlanSharing:
    def export_to(self, fmt: str, path: Path) -> None:
        self.commit_pending()
        if self._plan is None:
            raise KbError(self.tr("Er is nog geen plan om te exporteren."))
        export_plan(self._plan, self._reader, fmt, Path(path), self._today)

    def export_dialog(self, fmt: str) -> None:
        if self._plan is None:
            return
        label, file_filter, _suffix, _kit = FORMATS[fmt]
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Exporteren als %s") % label,
                                              str(Path.home() / self._plan.title), file_filter)
        if name:
            self._report(lambda: self.export_to(fmt, with_suffix(name, fmt)),
                         self.tr("Het plan is geëxporteerd."))

    def save_file(self, path: Path) -> None:
        from kb_app.plans.planfile import write_plan_file  # jsonschema: only when sharing

        self.commit_pending()
        if self._plan is not None:
            write_plan_file(self._plan, Path(path))

    def save_dialog(self) -> None:
        if self._plan is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Plan delen"),
                                              str(Path.home() / f"{self._plan.title}.wwplan"),
                                              self.tr("Wat Werkt-plan (*.wwplan)"))
        if name:
            path = Path(name) if name.endswith(".wwplan") else Path(name + ".wwplan")
            self._report(lambda: self.save_file(path),
                         self.tr("Opgeslagen. Geef dit bestand aan een collega; die opent het met "
                                 "Plan → Openen…"))

    def open_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Plan openen"), str(Path.home()),
                                              self.tr("Wat Werkt-plan (*.wwplan)"))
        if name:
            self._report(lambda: self.open_file(Path(name), ask=self._ask), None)

    def open_file(self, path: Path, ask) -> Plan | None:
        """Read a shared plan; ``ask(question) -> 'replace'|'copy'|'cancel'|'open'``."""
        from kb_app.plans.planfile import read_plan_file

        plan = read_plan_file(path)  # a bad file stops here with a clear message
        summary = self.tr("‘%1’ (%2) met %3 onderdelen en %4 prioriteiten.") \
            .replace("%1", plan.title).replace("%2", plan.organisation or "—") \
            .replace("%3", str(len(plan.items))).replace("%4", str(len(plan.priorities)))
        existing = self._user.plan(plan.id)
        choice = ask(summary, existing is not None)
        if choice == "cancel":
            return None
        if choice == "copy":
            plan = ops.duplicate(plan, now=_now(), title=f"{plan.title} (geopend)")
        before = Plan.from_dict(existing.document) if existing and choice == "replace" else None
        self.push_save(plan.id, before, plan, self.tr("plan openen"))
        return plan

    def _ask(self, summary: str, exists: bool) -> str:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Plan openen"))
        if exists:
            box.setText(self.tr("Dit plan staat al in uw lijst: %s\nWat wilt u doen?") % summary)
            replace = box.addButton(self.tr("Vervangen"), QMessageBox.ButtonRole.DestructiveRole)
            copy = box.addButton(self.tr("Als kopie openen"), QMessageBox.ButtonRole.AcceptRole)
        else:
            box.setText(self.tr("Dit plan openen? %s") % summary)
            replace, copy = None, box.addButton(self.tr("Openen"),
                                                QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is replace:
            return "replace"
        if clicked is copy:
            return "copy" if exists else "open"
        return "cancel"

    def _report(self, work, done: str | None) -> None:
        try:
            work()
        except KbError as error:
            QMessageBox.warning(self, self.tr("Plan"), str(error))
        except OSError as error:
            QMessageBox.warning(self, self.tr("Plan"),
                                self.tr("Het bestand kon niet worden gelezen of geschreven "
                                        "(%s). Er is niets gewijzigd.") % error.strerror)
        else:
            if done:
                QMessageBox.information(self, self.tr("Plan"), done)
