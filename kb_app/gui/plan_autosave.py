"""Typing in a plan, saved without losing a keystroke: ``PlanAutosave``, owned by ``PlanPanel``.

A text field marks itself as typed in (``mark``); ``flush`` saves every marked field as one
undo step, after a pause of ``AUTOSAVE_MS``, when a field loses focus, and before every other
action, plan switch, export, share and close. ``SavePlan`` is the undo command every save uses;
saves of the same fields merge, so undo takes back a whole edit rather than a keystroke.

The panel passes in the widgets typed in and itself as the host (``AutosaveHost``: its plan, its
state and ``apply``); the autosave keeps what is typed but not saved, and its timer.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from kb_app.gui.local_view import LocalPictureView
from kb_app.gui.plan_host import AutosaveHost, MergeKey, PlanStore
from kb_app.gui.plan_item_form import ItemForm
from kb_app.gui.plan_priorities import PrioritiesEditor
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
        panel: PlanStore,
        plan_id: str,
        before: Plan | None,
        after: Plan | None,
        text: str,
        merge_key: MergeKey | None = None,
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


class PlanAutosave(QObject):
    """What is typed in a plan's text fields but not saved yet, and when it is saved."""

    def __init__(
        self,
        host: AutosaveHost,
        fields: dict[str, QLineEdit],
        context: QPlainTextEdit,
        priorities: PrioritiesEditor,
        item_form: ItemForm,
        local_view: LocalPictureView,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._host = host
        self._fields, self._context, self._priorities = fields, context, priorities
        self._item_form, self._local_view = item_form, local_view
        self._dirty: set[str] = set()  # "plan:<field>", "priorities", "item:<field>": typed
        self._closed = False  # the window closed: the user store may be closed too
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)
        self._connect()

    def _connect(self) -> None:
        for name, widget in self._fields.items():
            widget.textEdited.connect(lambda _t, n=name: self.mark(f"plan:{n}"))
            widget.editingFinished.connect(lambda n=name: self._on_field_finished(n))
            widget.installEventFilter(self)
        self._context.textChanged.connect(lambda: self.mark("plan:context"))
        self._priorities.changed.connect(self._on_priorities_changed)
        self._priorities.edited.connect(lambda: self.mark("priorities"))
        self._item_form.edited.connect(lambda name: self.mark(f"item:{name}"))
        form = self._item_form
        watched: tuple[QWidget, ...] = (
            self._context,
            form.rationale,
            form.status_reason,
            form.partner,
            form.budget_amount,
            form.budget_note,
            form.indicator,
        )
        for text in watched:
            text.installEventFilter(self)

    @property
    def closed(self) -> bool:
        """The window closed (``commit_pending``): no more edits are accepted."""
        return self._closed

    def pending(self, key: str) -> bool:
        """Is field ``key`` ("plan:title", "priorities", …) typed in but not saved yet?"""
        return key in self._dirty

    def pending_item_fields(self) -> set[str]:
        """The item form's fields typed in but not saved yet."""
        return {k.removeprefix("item:") for k in self._dirty if k.startswith("item:")}

    def discard(self) -> None:
        """Another plan is on show: what was typed for the one before is not for this one."""
        self._dirty.clear()

    def mark(self, key: str) -> None:
        if self._host.is_loading() or self._host.current_plan() is None or self._closed:
            return
        self._dirty.add(key)
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt API
        # Leaving a text field saves it: an undo or a menu right after typing then sees it.
        if event.type() == QEvent.Type.FocusOut and self._dirty:
            self.flush()
        return super().eventFilter(watched, event)

    def flush(self) -> None:
        """Save everything typed but not yet saved, as one (mergeable) undo step."""
        self._timer.stop()
        if not self._host.is_storing() and not self._closed:
            self._local_view.flush()  # the local picture's area and notes save themselves too
        if self._host.is_storing():
            self._timer.start()  # called from a refresh inside a save: save right after
            return
        plan = self._host.current_plan()
        if plan is None or not self._dirty or self._closed:
            self._dirty.clear()
            return
        dirty, self._dirty = self._dirty, set()
        after = self._with_typed(plan, dirty)
        if after != plan:
            key = (plan.id, self._item_form.item_id, frozenset(dirty))
            self._host.apply(after, self.tr("tekst wijzigen"), merge_key=key)

    def commit_pending(self) -> None:
        """The window is closing: save what is typed, then accept no more edits (the user
        store closes after this; a late timer or signal must not write to it)."""
        self.flush()
        self._closed = True
        self._timer.stop()

    def _with_typed(self, plan: Plan, dirty: set[str]) -> Plan:
        changes = {n: self._fields[n].text() for n in PLAN_FIELDS if f"plan:{n}" in dirty}
        if not changes.get("title", "x").strip():
            del changes["title"]  # an empty title is not saved; leaving the field restores it
        if "plan:context" in dirty:
            changes["context"] = self._context.toPlainText()
        plan = ops.update_plan(plan, **changes) if changes else plan
        if "priorities" in dirty:
            plan = self._with_priorities(plan, self._priorities.values())
        item_id = self._item_form.item_id
        fields = {k.removeprefix("item:") for k in dirty if k.startswith("item:")}
        if fields and item_id and ops.contains_item(plan, item_id):
            values = {n: self._item_form.value(n) for n in fields}
            plan = ops.update_item(plan, item_id, **values)
        return plan

    def _on_field_finished(self, name: str) -> None:
        self.flush()
        plan = self._host.current_plan()
        if name == "title" and plan and not self._fields[name].text().strip():
            # setText emits neither textEdited nor editingFinished: this is not taken for typing.
            self._fields[name].setText(getattr(plan, name))

    @staticmethod
    def _with_priorities(plan: Plan, priorities: Iterable[tuple[str, str]]) -> Plan:
        for priority in plan.priorities:
            plan = ops.remove_priority(plan, priority.condition)
        for condition, rationale in priorities:
            plan = ops.set_priority(plan, condition, rationale)
        return plan

    def _on_priorities_changed(self, priorities: list[tuple[str, str]]) -> None:
        plan = self._host.current_plan()
        if plan is None or self._host.is_loading() or self._host.is_storing() or self._closed:
            return
        self.flush()
        plan = self._host.current_plan()
        if plan is None:
            return
        after = self._with_priorities(plan, priorities)
        if after != plan:
            self._host.apply(after, self.tr("prioriteiten wijzigen"))
