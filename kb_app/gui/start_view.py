"""The first screen, before any search: the ways in, the themes and conditions with their
counts, and what was checked most recently in the library. Everything is a button or a link, so
it works with Tab and Enter as well as with the mouse.

Signals: ``search_requested()`` — "Zoeken"; ``principles_requested()`` — "Wat werkt";
``plan_requested()`` — "Actieplan"; ``browse_requested()`` — show the whole list;
``filter_requested(str, str)`` — facet and term to filter on; ``intervention_requested(str)``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kb_app.core.formatting import local_date
from kb_app.gui.detail_html import badge
from kb_app.gui.language import ui_language
from kb_app.gui.layout import FlowLayout
from kb_app.store.content import ContentReader

RECENT = 5


class StartView(QScrollArea):
    search_requested = Signal()
    principles_requested = Signal()
    plan_requested = Signal()
    browse_requested = Signal()
    filter_requested = Signal(str, str)
    intervention_requested = Signal(str)

    def __init__(self, reader: ContentReader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = ui_language()
        self._vocabulary = reader.vocabulary()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Startpagina"))
        page = QWidget(self)
        page.setObjectName("startPage")
        self._layout = QVBoxLayout(page)
        self._layout.setSpacing(8)
        listing = reader.listing()
        self._welcome(len(listing), len(reader.principle_ids()))
        self._ways_in()
        self.themes_buttons = self._facet("themes", "themes", self.tr("Thema’s"), listing)
        self.conditions_buttons = self._facet(
            "conditions", "conditions", self.tr("Vier voorwaarden van sociale kwaliteit"), listing
        )
        self._recent(reader.recently_reviewed(RECENT))
        self._layout.addStretch(1)
        self.setWidget(page)

    def focus_chain(self) -> list[QWidget]:
        """Its controls in reading order, for the window's Tab order."""
        chain: list[QWidget] = [*self.way_buttons, *self.themes_buttons, *self.conditions_buttons]
        if hasattr(self, "recent"):
            chain += [self.recent, self.browse_button]
        return chain

    def _heading(self, text: str, role: str = "h2") -> QLabel:
        label = QLabel(text, self)
        label.setProperty("role", role)  # the window's style sheet sizes headings by role
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        self._layout.addWidget(label)
        return label

    def _welcome(self, count: int, principles: int) -> None:
        self._heading(self.tr("Wat werkt in de sociale basis?"), "h1")
        intro = QLabel(
            self.tr(
                "%n interventie(s) en %1 wat-werkt-pagina’s, allemaal offline. "
                "Begin met een thema, een voorwaarde of een zoekvraag.",
                "",
                count,
            ).replace("%1", str(principles)),
            self,
        )
        intro.setWordWrap(True)
        self._layout.addWidget(intro)

    def _button(self, text: str, tip: str, slot: Callable[..., object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", ""))
        button.setAccessibleDescription(tip)
        button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        button.clicked.connect(slot)
        return button

    def _ways_in(self) -> None:
        grid = QGridLayout()
        ways = (
            (
                self.tr("Zoeken"),
                self.tr("Typ een probleem, doelgroep of naam (Ctrl+F)"),
                self.search_requested,
            ),
            (
                self.tr("Wat werkt"),
                self.tr("Lees de werkzame mechanismen achter de interventies (Ctrl+5)"),
                self.principles_requested,
            ),
            (
                self.tr("Actieplan"),
                self.tr("Stel een plan samen en zie de hiaten (Ctrl+6)"),
                self.plan_requested,
            ),
        )
        self.way_buttons: list[QPushButton] = []
        for column, (text, tip, signal) in enumerate(ways):
            button = self._button(text, tip, signal.emit)
            button.setProperty("role", "way")
            caption = QLabel(tip, self)
            caption.setWordWrap(True)
            caption.setProperty("role", "caption")
            grid.addWidget(button, 0, column)
            grid.addWidget(caption, 1, column, Qt.AlignmentFlag.AlignTop)
            self.way_buttons.append(button)
        self._layout.addLayout(grid)

    def _facet(
        self, facet: str, section: str, title: str, listing: list[dict]
    ) -> list[QPushButton]:
        """A heading and a button per term, with how many interventions carry it."""
        self._heading(title)
        counts = Counter(term for row in listing for term in row.get(facet) or ())
        holder = QWidget(self)
        flow = FlowLayout(holder)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        holder.setSizePolicy(policy)
        buttons: list[QPushButton] = []
        for term in self._vocabulary.terms(section):
            label = f"{term.text(self._lang)} ({counts.get(term.id, 0)})"
            button = self._button(
                label,
                term.explain(self._lang),
                lambda _=False, t=term.id: self.filter_requested.emit(facet, t),
            )
            flow.addWidget(button)
            buttons.append(button)
        self._layout.addWidget(holder)
        return buttons

    def _recent(self, rows: list[dict]) -> None:
        if not rows:
            return
        self._heading(self.tr("Recent nagekeken in de bibliotheek"))
        links = "".join(
            f'<li><a href="{escape(row["id"])}">{escape(row["title"])}</a> '
            f"{badge(row['evidence_level'], self._vocabulary, self._lang)} "
            f"<small>{escape(local_date(row['last_reviewed'], self._lang))}</small></li>"
            for row in rows
        )
        self.recent = QLabel(f"<ul>{links}</ul>", self)
        self.recent.setTextFormat(Qt.TextFormat.RichText)
        self.recent.setWordWrap(True)
        self.recent.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.recent.setAccessibleName(self.tr("Recent nagekeken"))
        self.recent.linkActivated.connect(self.intervention_requested)
        self._layout.addWidget(self.recent)
        browse = self._button(
            self.tr("Alle interventies bekijken"),
            self.tr("De hele bibliotheek als lijst"),
            self.browse_requested.emit,
        )
        self.browse_button = browse
        self._layout.addWidget(browse, 0, Qt.AlignmentFlag.AlignLeft)
