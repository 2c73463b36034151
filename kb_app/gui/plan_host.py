"""What the plan panel's mixins (``PlanAutosave``, ``PlanSharing``) use of ``PlanPanel``.

The mixins reach into the panel's widgets and state; until issue 16 makes those collaborators
explicit, this class names them for the type checker. At run time ``PlanHost`` is ``object``,
so the panel's class hierarchy is exactly what it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import datetime as dt

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

    from kb_app.gui.local_view import LocalPictureView
    from kb_app.gui.plan_item_form import ItemForm
    from kb_app.gui.plan_priorities import PrioritiesEditor
    from kb_app.gui.settings import Settings
    from kb_app.plans.model import Plan
    from kb_app.store.content import ContentReader
    from kb_app.store.user import UserStore

    class PlanHost(QWidget):
        _reader: ContentReader
        _user: UserStore
        _today: dt.date
        _settings: Settings | None
        _plan: Plan | None
        _dirty: set[str]
        _storing: bool
        _autosave: QTimer
        fields: dict[str, QLineEdit]
        context: QPlainTextEdit
        priorities: PrioritiesEditor
        item_form: ItemForm
        local_view: LocalPictureView

        def flush(self) -> None: ...

        def apply(self, after: Plan, text: str, merge_key: tuple | None = None) -> None: ...

        def push_save(
            self, plan_id: str, before: Plan | None, after: Plan | None, text: str
        ) -> None: ...
else:
    PlanHost = object
