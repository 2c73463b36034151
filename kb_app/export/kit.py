"""The workshop kit for trainers: a factsheet per chosen intervention, the "wat werkt"-principles
they rely on, and suggested discussion questions — one ``Document`` for the same writers.

A factsheet keeps to what fits on one page: summary, key facts, werkzame elementen and the
evidence. The discussion questions are generic prompts built from titles only, labelled as
suggestions, so the kit never states a fact the library does not contain.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from kb_app.core.evidence_text import evidence_line
from kb_app.core.formatting import labels
from kb_app.core.model import Intervention, Principle, Vocabulary
from kb_app.export.builder import sources_section
from kb_app.export.document import (
    Block,
    BulletList,
    Contents,
    Document,
    Heading,
    PageBreak,
    Paragraph,
    Run,
    Table,
    TitlePage,
    text,
)
from kb_app.export.htmlblocks import html_to_blocks
from kb_app.plans.coverage import OUTDATED_NOTE, LibraryLike, item_evidence
from kb_app.plans.model import Item, Plan

QUESTIONS_NOTE = (
    "Dit zijn voorgestelde vragen om het gesprek te openen. Ze zijn door Wat Werkt "
    "opgesteld en niet aan de bronnen ontleend; pas ze aan uw groep aan."
)


class KitLibrary(LibraryLike, Protocol):
    """A library that also has principle pages (``ContentReader`` provides both)."""

    def principle(self, doc_id: str) -> Principle: ...

    def principle_ids(self) -> list[str]: ...


def build_kit_document(
    plan: Plan, library: KitLibrary, today: dt.date, include_considered: bool = False
) -> Document:
    """The kit for the chosen items (and the considered ones too, when asked)."""
    vocabulary = library.vocabulary()
    statuses = ("gekozen", "overwogen") if include_considered else ("gekozen",)
    chosen = [
        i
        for i in plan.items
        if i.status in statuses and i.intervention_id and library.has(i.intervention_id)
    ]
    interventions = [library.intervention(i.intervention_id or "") for i in chosen]
    principles = _principles(interventions, library)
    blocks: list[Block] = [
        TitlePage(
            title=f"Workshopkit: {plan.title}",
            subtitle="Factsheets, achtergrond en gespreksvragen",
            lines=tuple(x for x in (plan.organisation, plan.author, "Gemaakt met Wat Werkt") if x),
        ),
        PageBreak(),
        Contents(),
    ]
    if not interventions:
        blocks += [
            PageBreak(),
            Heading(1, "Factsheets"),
            text("Dit plan heeft nog geen gekozen interventies uit de bibliotheek.", italic=True),
        ]
    for item, intervention in zip(chosen, interventions, strict=True):
        blocks += [PageBreak(), *_factsheet(item, intervention, library, vocabulary, today)]
    if principles:
        blocks += [PageBreak(), Heading(1, "Achtergrond: wat werkt")]
        for principle in principles:
            blocks += _principle(principle)
    blocks += [PageBreak(), *_questions(interventions, principles)]
    blocks += [PageBreak(), *sources_section(tuple(chosen), library)]
    return Document(title=f"Workshopkit: {plan.title}", blocks=tuple(blocks), author=plan.author)


def _principles(interventions: list[Intervention], library: KitLibrary) -> list[Principle]:
    """The principle pages the interventions name, in order of first mention, each once."""
    known = set(library.principle_ids())
    wanted: list[str] = []
    for intervention in interventions:
        wanted += [p for p in intervention.principles if p in known and p not in wanted]
    return [library.principle(doc_id) for doc_id in wanted]


def _factsheet(
    item: Item,
    intervention: Intervention,
    library: LibraryLike,
    vocabulary: Vocabulary,
    today: dt.date,
) -> list[Block]:
    used = item_evidence(item, library, today)
    level = vocabulary.term("evidence_levels", intervention.evidence.level)
    found = intervention.evidence
    evidence = evidence_line(found.level, found.date, found.checked, vocabulary)
    facts = [
        ("Doelgroepen", labels(vocabulary, "target_groups", intervention.target_groups)),
        ("Niveau sociale basis", labels(vocabulary, "basis_levels", intervention.basis_levels)),
        ("Voorwaarden", labels(vocabulary, "conditions", intervention.conditions)),
        ("Vorm", intervention.format),
        ("Bewijsniveau", evidence),
        ("Eigenaar", intervention.owner),
        ("Website", intervention.website),
    ]
    blocks: list[Block] = [
        Heading(1, intervention.title),
        Paragraph((Run(intervention.summary, italic=True),)),
        Table(
            header=("Kenmerk", "Factsheet"),
            rows=tuple((k, v) for k, v in facts if v),
            widths=(1, 3),
        ),
    ]
    if level and level.explanation:
        blocks.append(Paragraph((Run(level.explanation),), style="note"))
    if used.outdated:
        blocks.append(
            Paragraph((Run(f"Let op: dit oordeel is {OUTDATED_NOTE}.", bold=True),), style="note")
        )
    for name in ("Werkzame elementen", "Randvoorwaarden en kosten"):
        section = intervention.sections.get(name, "")
        if section:
            blocks += [Heading(3, name), *html_to_blocks(section, heading_offset=2)]
    return blocks


def _principle(principle: Principle) -> list[Block]:
    return [
        Heading(2, principle.title),
        Paragraph((Run(principle.summary, italic=True),)),
        *html_to_blocks(principle.html, heading_offset=1),
    ]


def _questions(interventions: list[Intervention], principles: list[Principle]) -> list[Block]:
    blocks: list[Block] = [
        Heading(1, "Gespreksvragen (suggesties)"),
        Paragraph((Run(QUESTIONS_NOTE),), style="note"),
    ]
    for intervention in interventions:
        name = intervention.title
        blocks += [
            Heading(2, name),
            BulletList(
                (
                    (Run(f"Welke werkzame elementen van {name} herkent u in uw eigen werk?"),),
                    (Run(f"Voor wie in uw praktijk past {name} goed, en voor wie minder?"),),
                    (Run(f"Wat is bij u nodig om aan de randvoorwaarden van {name} te voldoen?"),),
                    (Run("Wat zou u als eerste doen, en wie heeft u daarvoor nodig?"),),
                )
            ),
        ]
    if principles:
        blocks.append(Heading(2, "Over de achtergrond"))
        blocks.append(
            BulletList(
                tuple(
                    (Run(f"Wat betekent ‘{p.title}’ voor uw eigen praktijk?"),) for p in principles
                )
            )
        )
    return blocks
