"""Qt item models: thin adapters over the services' value objects.

They hold ids and small frozen values, never run queries in ``data()``, and return a placeholder
(not an exception) for rows that are gone. Every model is checked by ``qtmodeltester``.

Signals (FacetModel): ``filters_changed()`` — the user checked or unchecked a term.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from kb_app.core.model import FACETS, Vocabulary
from kb_app.gui.language import ui_language
from kb_app.store.user import Favorite

if TYPE_CHECKING:
    from kb_app.search.service import Hit

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
MARKS_ROLE = Qt.ItemDataRole.UserRole + 3  # "★ favoriet", "✎ notitie": what the user added
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 4  # evidence level id
AnyIndex = QModelIndex | QPersistentModelIndex

FACET_LABELS = {
    "themes": QT_TRANSLATE_NOOP("FacetModel", "Thema"),
    "conditions": QT_TRANSLATE_NOOP("FacetModel", "Voorwaarde"),
    "basis_levels": QT_TRANSLATE_NOOP("FacetModel", "Niveau sociale basis"),
    "target_groups": QT_TRANSLATE_NOOP("FacetModel", "Doelgroep"),
    "evidence": QT_TRANSLATE_NOOP("FacetModel", "Bewijsniveau"),
    "kind": QT_TRANSLATE_NOOP("FacetModel", "Soort"),
}


def facet_label(facet: str) -> str:
    return QCoreApplication.translate("FacetModel", str(FACET_LABELS[facet]))


def marks_text(favorite: bool, note: bool) -> str:
    """The marks shown on a row for what the user added to it (text, not only a symbol)."""
    marks = []
    if favorite:
        marks.append(QCoreApplication.translate("ResultsModel", "★ favoriet"))
    if note:
        marks.append(QCoreApplication.translate("ResultsModel", "✎ notitie"))
    return "  ".join(marks)


class ResultsModel(QAbstractListModel):
    """The hits of the current search, in order."""

    def __init__(self, parent: QObject | None = None, vocabulary: Vocabulary | None = None) -> None:
        super().__init__(parent)
        self._vocabulary = vocabulary  # for the evidence level a screen reader says
        self._lang = ui_language()
        self._hits: tuple[Hit, ...] = ()
        self._favorites: frozenset[str] = frozenset()
        self._notes: frozenset[str] = frozenset()

    def set_marks(self, favorites: set[str], notes: set[str]) -> None:
        self._favorites, self._notes = frozenset(favorites), frozenset(notes)
        if self._hits:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._hits) - 1, 0))

    def set_hits(self, hits: tuple[Hit, ...]) -> None:
        self.beginResetModel()
        self._hits = tuple(hits)
        self.endResetModel()

    def hit(self, row: int) -> Hit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        hit = self.hit(index.row()) if index.isValid() else None
        if hit is None:
            return None
        marks = marks_text(hit.id in self._favorites, hit.id in self._notes)
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            level = (
                self._vocabulary.label("evidence_levels", hit.evidence_level, self._lang)
                if self._vocabulary
                else ""
            )
            return " — ".join(t for t in (hit.title, level, marks) if t)
        if role == MARKS_ROLE:
            return marks
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.summary
        if role == HIT_ROLE:
            return hit
        if role == ID_ROLE:
            return hit.id
        return None


class FacetModel(QAbstractItemModel):
    """Facet groups (top level) with their vocabulary terms, live counts and check state.

    The structure never changes after construction — only counts and checks — so views keep
    their expansion and selection while the user types.
    """

    filters_changed = Signal()

    def __init__(self, vocabulary: Vocabulary, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vocabulary = vocabulary
        self._lang = ui_language()
        self._groups = list(FACETS)
        self._terms = {
            facet: [t.id for t in vocabulary.terms(section)] for facet, section in FACETS.items()
        }
        self._counts: dict[str, dict[str, int]] = {facet: {} for facet in FACETS}
        self._checked: dict[str, set[str]] = {facet: set() for facet in FACETS}

    # -- what the window asks -----------------------------------------------------------------

    def filters(self) -> dict[str, frozenset[str]]:
        return {f: frozenset(terms) for f, terms in self._checked.items() if terms}

    def set_filters(self, filters: dict[str, frozenset[str]]) -> None:
        for facet in self._groups:
            self._checked[facet] = {t for t in filters.get(facet, ()) if t in self._terms[facet]}
        self._all_changed()

    def set_counts(self, counts: dict[str, dict[str, int]]) -> None:
        self._counts = {facet: dict(counts.get(facet, {})) for facet in self._groups}
        self._all_changed()

    def label(self, facet: str, term: str) -> str:
        return self._vocabulary.label(FACETS[facet], term, self._lang)

    def _all_changed(self) -> None:
        for row, facet in enumerate(self._groups):
            parent = self.index(row, 0)
            self.dataChanged.emit(parent, parent)
            if self._terms[facet]:
                self.dataChanged.emit(
                    self.index(0, 0, parent), self.index(len(self._terms[facet]) - 1, 0, parent)
                )

    # -- the model API ----------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._groups) else QModelIndex()
        if self._group_of(parent) != -1:
            return QModelIndex()
        facet = self._groups[parent.row()]
        if row >= len(self._terms[facet]):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def _group_of(self, index: AnyIndex) -> int:
        """-1 for a facet group row; else the group a term row belongs to (internal id - 1)."""
        return int(index.internalId()) - 1

    # QObject.parent() and QAbstractItemModel.parent(index) share a name; Python has one method.
    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        group = self._group_of(index)
        return QModelIndex() if group == -1 else self.createIndex(group, 0, 0)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._groups)
        if self._group_of(parent) == -1 and parent.column() == 0:
            return len(self._terms[self._groups[parent.row()]])
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._group_of(index) == -1:
            return Qt.ItemFlag.ItemIsEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsSelectable
        )

    def _term_at(self, index: AnyIndex) -> tuple[str, str] | None:
        group = self._group_of(index)
        if group == -1:
            return None
        facet = self._groups[group]
        terms = self._terms[facet]
        return (facet, terms[index.row()]) if index.row() < len(terms) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        found = self._term_at(index)
        if found is None:
            facet = self._groups[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                active = len(self._checked[facet])
                suffix = "  " + self.tr("(%n gekozen)", "", active) if active else ""
                return facet_label(facet) + suffix
            return None
        facet, term = found
        count = self._counts[facet].get(term, 0)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{self.label(facet, term)} ({count})"
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = term in self._checked[facet]
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            found_term = self._vocabulary.term(FACETS[facet], term)
            return found_term.explain(self._lang) if found_term else None
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and count == 0
            and term not in self._checked[facet]
        ):
            from PySide6.QtGui import QPalette

            return QPalette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == ID_ROLE:
            return term
        return None

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        found = self._term_at(index) if index.isValid() else None
        if found is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        facet, term = found
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        (self._checked[facet].add if checked else self._checked[facet].discard)(term)
        self.dataChanged.emit(index, index)
        group = self.index(self._groups.index(facet), 0)
        self.dataChanged.emit(group, group)
        self.filters_changed.emit()
        return True


class FavoritesModel(QAbstractListModel):
    """The user's favourites; one whose intervention left the library says so."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Favorite, bool]] = []
        self._levels: dict[str, str] = {}
        self._notes: frozenset[str] = frozenset()

    def set_details(self, levels: dict[str, str], notes: set[str]) -> None:
        """Evidence level per intervention id, and the ids that carry a note."""
        self._levels, self._notes = dict(levels), frozenset(notes)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def set_favorites(self, rows: list[tuple[Favorite, bool]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        favorite, present = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (
                favorite.title
                if present
                else self.tr("%s — niet meer in de bibliotheek") % favorite.title
            )
        if role == ID_ROLE:
            return favorite.intervention_id
        if role == LEVEL_ROLE:
            return self._levels.get(favorite.intervention_id, "")
        if role == MARKS_ROLE:
            return marks_text(False, favorite.intervention_id in self._notes)
        if role == Qt.ItemDataRole.ToolTipRole and not present:
            return self.tr(
                "Deze interventie staat niet meer in de bibliotheek; uw favoriet blijft bewaard."
            )
        return None
