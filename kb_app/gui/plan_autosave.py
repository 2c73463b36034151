"""Typing in a plan, saved without losing a keystroke: a mixin of ``PlanPanel``.

A text field marks itself as typed in (``_mark``); ``flush`` saves every marked field as one
undo step, after a pause of ``AUTOSAVE_MS``, when a field loses focus, and before every other
action, plan switch, export, share and close. ``SavePlan`` is the undo command every save uses;
saves of the same fields merge, so undo takes back a whole edit rather than a keystroke.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QUndoCommand

from kb_app.gui.plan_host import PlanHost

if TYPE_CHECKING:
    from kb_app.gui.plan_panel import PlanPanel
from kb_app.plans import operations as ops
from kb_app.plans.model import Plan

PLAN_FIELDS = ("title", "organisation", "period", "author")
AUTOSAVE_MS = 250  # typing is saved this long after the last key
_MERGE_ID = 0x5EA  # QUndoCommand.id() of saves that may merge with the one before


class SavePlan(QUndoCommand):
    """Replace a plan's stored document (None = no plan); undo puts the old one back.

    A command with a ``merge_key`` (the plan, item and fields typed in) absorbs the next command
    with the same key: one undo step for one field's edit, however many pauses it had.
    """

    def __init__(
        self,
        panel: PlanPanel,
        plan_id: str,
        before: Plan | None,
        after: Plan | None,
        text: str,
        merge_key: tuple | None = None,
    ) -> None:
        super().__init__(text)
        self._panel, self._id, self._before, self._after = panel, plan_id, before, after
        self._key = merge_key

    def id(self) -> int:
        return _MERGE_ID if self._key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # Qt API
        if not isinstance(other, SavePlan) or other._key != self._key:
            return False
        self._after = other._after
        return True

    def redo(self) -> None:
        self._panel.store(self._id, self._after)

    def undo(self) -> None:
        self._panel.store(self._id, self._before)


class PlanAutosave(PlanHost):
    def _mark(self, key: str) -> None:
        if self._loading or self._plan is None or self._closed:
            return
        self._dirty.add(key)
        self._autosave.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt API
        # Leaving a text field saves it: an undo or a menu right after typing then sees it.
        if event.type() == QEvent.Type.FocusOut and self._dirty:
            self.flush()
        return super().eventFilter(watched, event)

    def flush(self) -> None:
        """Save everything typed but not yet saved, as one (mergeable) undo step."""
        self._autosave.stop()
        if not self._storing and not self._closed:
            self.local_view.flush()  # the local picture's area and notes save themselves too
        if self._storing:
            self._autosave.start()  # called from a refresh inside a save: save right after
            return
        if self._plan is None or not self._dirty or self._closed:
            self._dirty.clear()
            return
        dirty, self._dirty = self._dirty, set()
        plan = self._plan
        after = self._with_typed(plan, dirty)
        if after != plan:
            key = (plan.id, self.item_form.item_id, frozenset(dirty))
            self.apply(after, self.tr("tekst wijzigen"), merge_key=key)

    def commit_pending(self) -> None:
        """The window is closing: save what is typed, then accept no more edits (the user
        store closes after this; a late timer or signal must not write to it)."""
        self.flush()
        self._closed = True
        self._autosave.stop()

    def _with_typed(self, plan: Plan, dirty: set[str]) -> Plan:
        changes = {n: self.fields[n].text() for n in PLAN_FIELDS if f"plan:{n}" in dirty}
        if not changes.get("title", "x").strip():
            del changes["title"]  # an empty title is not saved; leaving the field restores it
        if "plan:context" in dirty:
            changes["context"] = self.context.toPlainText()
        plan = ops.update_plan(plan, **changes) if changes else plan
        if "priorities" in dirty:
            plan = self._with_priorities(plan, self.priorities.values())
        item_id = self.item_form.item_id
        fields = {k.removeprefix("item:") for k in dirty if k.startswith("item:")}
        if fields and item_id and ops.contains_item(plan, item_id):
            plan = ops.update_item(plan, item_id, **{n: self.item_form.value(n) for n in fields})
        return plan

    def _on_field_finished(self, name: str) -> None:
        self.flush()
        if name == "title" and self._plan and not self.fields[name].text().strip():
            self._loading = True
            self.fields[name].setText(getattr(self._plan, name))
            self._loading = False

    @staticmethod
    def _with_priorities(plan: Plan, priorities: list) -> Plan:
        for priority in plan.priorities:
            plan = ops.remove_priority(plan, priority.condition)
        for condition, rationale in priorities:
            plan = ops.set_priority(plan, condition, rationale)
        return plan

    def _on_priorities_changed(self, priorities: list) -> None:
        if self._plan is None or self._loading or self._storing or self._closed:
            return
        self.flush()
        plan = self._with_priorities(self._plan, priorities)
        if plan != self._plan:
            self.apply(plan, self.tr("prioriteiten wijzigen"))
