"""The action-plan panel: choose or start a plan, fill it in, order its items, see its gaps,
share it and export it.

Nothing typed is lost: a choice (a tick, a status, an added item) is saved at once; typing is
saved after a pause of ``AUTOSAVE_MS`` and, before that, by every other action, a plan switch, an
export, a share and closing the window (``flush``). Showing a saved plan never overwrites a field
with typing that is not saved yet, nor touches a field that already shows its value. Each save is
one undo step; consecutive saves of the same field(s) merge, so undo takes back a whole edit, not
a keystroke.

Signals: ``plan_changed(str)`` — the plan with this id was saved (or deleted).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kb_app.core import clock
from kb_app.core.errors import KbError
from kb_app.gui.language import ui_language
from kb_app.gui.layout import MenuToolButton
from kb_app.gui.local_view import LocalPictureView
from kb_app.gui.markdown_highlight import MarkdownHighlighter
from kb_app.gui.plan_autosave import PLAN_FIELDS, PlanAutosave, SavePlan
from kb_app.gui.plan_coverage import CoverageView
from kb_app.gui.plan_host import MergeKey
from kb_app.gui.plan_io import FORMATS
from kb_app.gui.plan_item_form import ItemForm
from kb_app.gui.plan_item_list import PlanItemList
from kb_app.gui.plan_items import PlanItemsModel
from kb_app.gui.plan_priorities import PrioritiesEditor
from kb_app.gui.plan_sharing import PlanSharing
from kb_app.gui.settings import Settings
from kb_app.plans import operations as ops
from kb_app.plans.model import Plan
from kb_app.store.content import ContentReader
from kb_app.store.user import UserStore

# The templates as the "Nieuw plan" menu names them, also the title of a new plan (a template's
# prompts are the start of the user's own text and stay as written).
TEMPLATE_NAMES = {
    "beleidsplan-sociale-basis": QT_TRANSLATE_NOOP("PlanPanel", "Beleidsplan sociale basis"),
    "workshopvoorbereiding": QT_TRANSLATE_NOOP("PlanPanel", "Workshopvoorbereiding"),
    "wijkaanpak": QT_TRANSLATE_NOOP("PlanPanel", "Wijkaanpak"),
}

if TYPE_CHECKING:
    from kb_app.search.service import SearchService


class PlanPanel(QWidget):
    """The plan tab. It owns its autosave (``autosave``: typing saved after a pause), its
    sharing (``sharing``: export, share and open dialogs) and its item list (``items``: the
    items tab and its edits), and is the host of all three."""

    plan_changed = Signal(str)

    def __init__(
        self,
        reader: ContentReader,
        search: Callable[[], SearchService],
        user: UserStore,
        today: dt.date,
        parent: QWidget | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self._reader, self._user = reader, user
        self._plan: Plan | None = None
        self._loading = False
        self._storing = False  # inside a save: signals from the refresh are not user edits
        self.sharing = PlanSharing(self, reader, user, today, settings, self)
        self.undo_stack = QUndoStack(self)
        vocabulary = reader.vocabulary()
        self._build_top_bar()
        self.fields = {name: QLineEdit(self) for name in PLAN_FIELDS}
        self.context = QPlainTextEdit(self)
        self.context.setAccessibleName(self.tr("Context en probleemstelling"))
        # Template prompts read as headings and hints, not as Markdown code.
        self._context_highlighter = MarkdownHighlighter(self.context.document())
        self.priorities = PrioritiesEditor(vocabulary, self)
        self.items_model = PlanItemsModel(self)
        self.items_view = QListView(self)
        self.items_view.setModel(self.items_model)
        self.items_view.setAccessibleName(self.tr("Onderdelen van het plan"))
        # A long title wraps (the tooltip has it whole): never a sideways scrollbar in the list.
        self.items_view.setWordWrap(True)
        self.items_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.item_form = ItemForm(vocabulary, self)
        self.coverage = CoverageView(reader, search, today, self)
        self.local_view = LocalPictureView(reader, self)
        self.autosave = PlanAutosave(
            self, self.fields, self.context, self.priorities, self.item_form, self.local_view, self
        )
        self.items = PlanItemList(self, self.items_view, self.items_model, self.item_form, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._plan_tab(), self.tr("Plan"))
        self.tabs.addTab(self.local_view, self.tr("Lokale situatie"))
        self.tabs.addTab(self.items.tab(), self.tr("Onderdelen"))
        self.tabs.addTab(self.coverage, self.tr("Dekking en hiaten"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.top_bar)
        layout.addWidget(self.tabs, 1)
        self._connect()
        self.reload_plans()

    # -- layout --------------------------------------------------------------------------------

    def _button(self, text: str, slot: Callable[[], object], tip: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        button.setToolTip(tip or text)
        return button

    def _build_top_bar(self) -> None:
        self.chooser = QComboBox(self)
        self.chooser.setAccessibleName(self.tr("Plan kiezen"))
        self.chooser.setMinimumContentsLength(24)
        self.new_button = MenuToolButton(self)
        self.new_button.setText(self.tr("Nieuw plan"))
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.new_button)
        menu.addAction(self.tr("Leeg plan"), lambda: self.new_plan(""))
        for template in ops.TEMPLATES.values():
            name = self.tr(str(TEMPLATE_NAMES.get(template.id, template.label)))
            menu.addAction(name, _bound(self.new_plan, template.id))
        self.new_button.setMenu(menu)
        self.export_button = MenuToolButton(self)
        self.export_button.setText(self.tr("Exporteren"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        export_menu = QMenu(self.export_button)
        for fmt, (label, _f, _s, _k) in FORMATS.items():
            export_menu.addAction(self.tr(str(label)), _bound(self.sharing.export_dialog, fmt))
        self.export_button.setMenu(export_menu)
        self.top_bar = QHBoxLayout()
        self.top_bar.addWidget(self.chooser, 1)
        self.top_bar.addWidget(self.new_button)
        for text, slot in (
            (self.tr("Dupliceren"), self.duplicate_plan),
            (self.tr("Verwijderen"), self.delete_plan),
            (self.tr("Openen…"), self.sharing.open_dialog),
            (self.tr("Delen…"), self.sharing.save_dialog),
        ):
            self.top_bar.addWidget(self._button(text, slot))
        self.top_bar.addWidget(self.export_button)

    def _plan_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        # Mnemonics avoid the letters of the menu bar and the window's tabs (B W G I H F A P).
        labels = {
            "title": self.tr("&Titel:"),
            "organisation": self.tr("&Organisatie of gemeente:"),
            "period": self.tr("Pe&riode:"),
            "author": self.tr("A&uteur:"),
        }
        for name in PLAN_FIELDS:
            form.addRow(labels[name], self.fields[name])
        form.addRow(self.tr("&Context en probleemstelling (Markdown):"), self.context)
        label = QLabel(self.tr("Priorit&eiten:"), page)
        label.setBuddy(self.priorities.first())
        form.addRow(label, self.priorities)
        return page

    def _connect(self) -> None:
        # Typing in the fields, the priorities and the item form is wired by the autosave.
        self.chooser.currentIndexChanged.connect(self._on_chooser_current_index_changed)
        self.item_form.changed.connect(self._on_item_form_changed)
        self.coverage.add_requested.connect(self.add_intervention)
        self.local_view.edited.connect(self.apply)

    # -- plans ---------------------------------------------------------------------------------

    def current_plan(self) -> Plan | None:
        return self._plan

    def is_loading(self) -> bool:
        return self._loading

    def is_storing(self) -> bool:
        return self._storing

    def flush(self) -> None:
        """Save everything typed but not yet saved (see ``PlanAutosave.flush``)."""
        self.autosave.flush()

    def commit_pending(self) -> None:
        """The window is closing: save what is typed, then accept no more edits."""
        self.autosave.commit_pending()

    def reload_plans(self, select: str | None = None) -> None:
        """Re-read the list of plans and show ``select`` (or the current plan, or the first)."""
        select = select or (self._plan.id if self._plan else None)
        self._fill_chooser(select)
        self._show(self.chooser.currentData())

    def _fill_chooser(self, select: str | None) -> None:
        rows = self._user.plans()
        self._loading = True
        try:
            if [r.id for r in rows] == [
                self.chooser.itemData(n) for n in range(self.chooser.count())
            ]:
                for n, row in enumerate(rows):  # same plans: rename in place, keep the popup
                    self.chooser.setItemText(n, row.title)
            else:
                self.chooser.clear()
                for row in rows:
                    self.chooser.addItem(row.title, row.id)
            index = self.chooser.findData(select) if select else 0
            self.chooser.setCurrentIndex(index if index >= 0 else 0)
        finally:
            self._loading = False

    def _on_chooser_current_index_changed(self, _index: int) -> None:
        if not self._loading:
            self.flush()
            self._show(self.chooser.currentData())

    def _show(self, plan_id: str | None) -> None:
        """Show another plan (or the same one re-read): nothing typed is pending here."""
        row = self._user.plan(plan_id) if plan_id else None
        plan = Plan.from_dict(row.document) if row else None
        if plan is None or self._plan is None or plan.id != self._plan.id:
            self.autosave.discard()
        self._plan = plan
        self._refresh()

    def _refresh(self) -> None:
        """Put the plan's values in the widgets that differ and hold no unsaved typing."""
        plan, self._loading = self._plan, True
        try:
            for name, widget in self.fields.items():
                value = getattr(plan, name) if plan else ""
                if not self.autosave.pending(f"plan:{name}") and widget.text() != value:
                    widget.setText(value)
            context = plan.context if plan else ""
            if not self.autosave.pending("plan:context") and self.context.toPlainText() != context:
                self.context.setPlainText(context)
            if not self.autosave.pending("priorities"):
                self.priorities.load(plan.priorities if plan else ())
            current = self.items.current_item_id()
            self.items_model.set_items(plan.items if plan else ())
            self.tabs.setEnabled(plan is not None)
        finally:
            self._loading = False
        form_id = self.item_form.item_id
        if (
            plan
            and form_id
            and form_id == self.items.current_item_id()
            and any(i.id == form_id for i in plan.items)
        ):
            self.item_form.sync(plan.item(form_id), self.autosave.pending_item_fields())
        else:
            self.items.select_item(current)
        self.coverage.show_plan(plan)
        self.local_view.load(plan)

    def store(self, plan_id: str, plan: Plan | None) -> None:
        """Write (or delete) one plan and show the result; the undo commands call this."""
        if self.autosave.closed:
            return
        if plan is None:
            self._user.delete_plan(plan_id)
            self._plan = None if self._plan and self._plan.id == plan_id else self._plan
        else:
            self._user.save_plan(plan_id, ops.touched(plan, clock.now()).to_dict())
            self._plan = plan
        # A save runs inside QUndoStack.push; anything the refresh triggers must not push
        # again (a nested push corrupts the stack), so edits wait until it is done.
        self._storing = True
        try:
            self.reload_plans(select=plan.id if plan else None)
        finally:
            self._storing = False
        self.plan_changed.emit(plan_id)

    def push_save(self, plan_id: str, before: Plan | None, after: Plan | None, text: str) -> None:
        self.flush()
        self.undo_stack.push(SavePlan(self, plan_id, before, after, text))

    def apply(self, after: Plan, text: str, merge_key: MergeKey | None = None) -> None:
        """Save ``after`` as one undo step. Callers ``flush()`` first, then build ``after``
        from ``current_plan()``: an edit built on an older plan would drop the typing."""
        if self.autosave.closed or self._storing:
            return  # after close, or nested in a save (see store)
        before = self._plan if self._plan and self._plan.id == after.id else None
        self.undo_stack.push(SavePlan(self, after.id, before, after, text, merge_key))

    def new_plan(self, template: str = "") -> Plan:
        self.flush()
        # The title in the interface language (a template's title is its name in the menu).
        name = TEMPLATE_NAMES.get(template, "") if template else "Nieuw plan"
        title = self.tr(str(name)) if name else None
        plan = ops.new_plan(template, now=clock.now(), title=title, lang=ui_language())
        self.undo_stack.push(SavePlan(self, plan.id, None, plan, self.tr("nieuw plan")))
        self.tabs.setCurrentIndex(0)
        return plan

    def duplicate_plan(self) -> None:
        self.flush()
        if self._plan:
            copy = ops.duplicate(self._plan, now=clock.now())
            self.undo_stack.push(SavePlan(self, copy.id, None, copy, self.tr("plan dupliceren")))

    def delete_plan(self) -> None:
        self.flush()
        if self._plan is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Plan verwijderen"),
            self.tr("Plan ‘%s’ verwijderen? U kunt dit ongedaan maken met Ctrl+Z.")
            % self._plan.title,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.undo_stack.push(
                SavePlan(self, self._plan.id, self._plan, None, self.tr("plan verwijderen"))
            )

    # -- items ---------------------------------------------------------------------------------

    def _on_item_form_changed(self, item_id: str, changes: dict) -> None:
        if self._plan is None or self._loading or self._storing or self.autosave.closed:
            return
        self.flush()
        if not ops.contains_item(self._plan, item_id):
            return
        old = self._plan.item(item_id)
        if all(getattr(old, k) == v for k, v in changes.items()):
            return
        try:
            self.apply(
                ops.update_item(self._plan, item_id, **changes), self.tr("onderdeel wijzigen")
            )
        except KbError as error:
            QMessageBox.warning(self, self.tr("Plan"), error.text(ui_language()))

    def add_intervention(self, doc_id: str) -> bool:
        """Add a library intervention to the current plan (starting one if there is none)."""
        self.flush()
        plan = self._plan or self.new_plan("")
        try:
            after = ops.add_intervention(plan, self._reader.intervention(doc_id))
        except KbError as error:
            QMessageBox.information(self, self.tr("Toevoegen aan plan"), error.text(ui_language()))
            return False
        self.apply(after, self.tr("toevoegen aan plan"))
        self.items.select_item(after.items[-1].id)
        return True


def _bound(slot: Callable[[str], object], value: str) -> Callable[[], object]:
    """A menu slot that calls ``slot(value)``: a lambda in a loop must not share the loop's
    variable, and the str() in the callers is there because the stubs type
    ``QT_TRANSLATE_NOOP``'s result as object."""
    return lambda: slot(value)
