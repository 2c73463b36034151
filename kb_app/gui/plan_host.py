"""What the plan panel's helpers (``PlanAutosave``, ``PlanSharing``, ``PlanItemList``,
``SavePlan``) ask of it.

The panel owns and constructs each helper and passes itself in as the host; these protocols name
everything a helper may call on it, so a helper never reads the panel's private state and never
sets an attribute on it. Everything else a helper uses comes in through its constructor.
"""

from __future__ import annotations

from typing import Protocol

from kb_app.plans.model import Plan

# The key of one mergeable save: the plan, the item in the form and the fields typed in.
MergeKey = tuple[str, str | None, frozenset[str]]


class PlanStore(Protocol):
    """Where the undo commands write a plan."""

    def store(self, plan_id: str, plan: Plan | None) -> None:
        """Write (or, for None, delete) one plan and show the result."""
        ...


class AutosaveHost(Protocol):
    """What the autosave needs of the panel: its plan, its state and one way to save."""

    def current_plan(self) -> Plan | None: ...

    def is_loading(self) -> bool:
        """The panel is filling its widgets: their signals are not typing."""
        ...

    def is_storing(self) -> bool:
        """A save is running: edits wait until it is done (a nested undo push corrupts)."""
        ...

    def apply(self, after: Plan, text: str, merge_key: MergeKey | None = None) -> None: ...


class SharingHost(Protocol):
    """What sharing and exporting need of the panel: the typed plan, and an undoable save."""

    def flush(self) -> None:
        """Save everything typed, so the plan on disk is the plan on screen."""
        ...

    def current_plan(self) -> Plan | None: ...

    def push_save(self, plan_id: str, before: Plan | None, after: Plan | None, text: str) -> None:
        """Save ``after`` (None: delete) as one undo step that puts ``before`` back."""
        ...


class ItemsHost(Protocol):
    """What the item list needs of the panel: the typed plan and one way to save."""

    def flush(self) -> None:
        """Save everything typed, so an edit builds on the plan on screen."""
        ...

    def current_plan(self) -> Plan | None: ...

    def apply(self, after: Plan, text: str, merge_key: MergeKey | None = None) -> None: ...
