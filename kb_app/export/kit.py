"""The workshop kit for trainers: a factsheet per chosen intervention, the "wat werkt"-principles
they rely on, and suggested discussion questions — one ``Document`` for the same writers.

A factsheet keeps to what fits on one page: summary, key facts, werkzame elementen and the
evidence. The discussion questions are generic prompts built from titles only, labelled as
suggestions, so the kit never states a fact the library does not contain.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from kb_app.core.model import Intervention, Principle, Vocabulary
from kb_app.export import document as d
from kb_app.export.builder import library_text, outdated_note, sources_section
from kb_app.export.htmlblocks import html_to_blocks
from kb_app.export.wording import Wording, check_language
from kb_app.plans.coverage import LibraryLike, item_evidence
from kb_app.plans.model import Item, Plan


class KitLibrary(LibraryLike, Protocol):
    """A library that also has principle pages (``ContentReader`` provides both)."""

    def principle(self, doc_id: str) -> Principle: ...

    def principle_ids(self) -> list[str]: ...


def build_kit_document(
    plan: Plan,
    library: KitLibrary,
    today: dt.date,
    include_considered: bool = False,
    lang: str = "nl",
) -> d.Document:
    """The kit for the chosen items (and the considered ones too, when asked); ``lang`` ("nl" or
    "en") is the language of the fixed text only."""
    say = Wording(check_language(lang))
    vocabulary = library.vocabulary()
    statuses = ("gekozen", "overwogen") if include_considered else ("gekozen",)
    chosen = [
        i
        for i in plan.items
        if i.status in statuses and i.intervention_id and library.has(i.intervention_id)
    ]
    interventions = [library.intervention(i.intervention_id or "") for i in chosen]
    principles = _principles(interventions, library)
    title = say("kit_title", title=plan.title)
    blocks: list[d.Block] = [
        d.TitlePage(
            title=title,
            subtitle=say("kit_subtitle"),
            lines=tuple(
                x
                for x in (plan.organisation, plan.author, say("made_with"), say("content_in_dutch"))
                if x
            ),
        ),
        d.PageBreak(),
        d.Contents(say("contents")),
    ]
    if not interventions:
        blocks += [
            d.PageBreak(),
            d.Heading(1, say("factsheets")),
            d.text(say("kit_empty"), italic=True),
        ]
    for item, intervention in zip(chosen, interventions, strict=True):
        sheet = _factsheet(item, intervention, library, vocabulary, today, say)
        blocks += [d.PageBreak(), *sheet]
    if principles:
        blocks += [d.PageBreak(), d.Heading(1, say("background"))]
        for principle in principles:
            blocks += _principle(principle)
    blocks += [d.PageBreak(), *_questions(interventions, principles, say)]
    blocks += [d.PageBreak(), *sources_section(tuple(chosen), library, say)]
    return d.Document(title=title, blocks=tuple(blocks), author=plan.author, language=say.tag)


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
    say: Wording,
) -> list[d.Block]:
    used = item_evidence(item, library, today)
    found = intervention.evidence
    facts = [
        (say("target_groups"), say.labels(vocabulary, "target_groups", intervention.target_groups)),
        (
            say("basis_level_short"),
            say.labels(vocabulary, "basis_levels", intervention.basis_levels),
        ),
        (say("conditions"), say.labels(vocabulary, "conditions", intervention.conditions)),
        (say("format"), intervention.format),
        (say("evidence_level"), say.evidence(found.level, found.date, found.checked, vocabulary)),
        (say("owner"), intervention.owner),
        (say("website"), intervention.website),
    ]
    summary, *sections = library_text(intervention, say, heading_offset=2)
    blocks: list[d.Block] = [
        d.Heading(1, intervention.title),
        summary,
        d.Table(
            header=(say("feature"), say("factsheet")),
            rows=tuple((k, v) for k, v in facts if v),
            widths=(1, 3),
        ),
    ]
    explanation = say.explanation(vocabulary, "evidence_levels", found.level)
    if explanation:
        blocks.append(d.Paragraph((d.Run(explanation),), style="note"))
    if used.outdated:
        blocks.append(outdated_note(say))
    return blocks + sections


def _principle(principle: Principle) -> list[d.Block]:
    return [
        d.Heading(2, principle.title),
        d.Paragraph((d.Run(principle.summary, italic=True),)),
        *html_to_blocks(principle.html, heading_offset=1),
    ]


def _questions(
    interventions: list[Intervention], principles: list[Principle], say: Wording
) -> list[d.Block]:
    blocks: list[d.Block] = [
        d.Heading(1, say("questions")),
        d.Paragraph((d.Run(say("questions_note")),), style="note"),
    ]
    for intervention in interventions:
        name = intervention.title
        questions = (
            say("q_elements", name=name),
            say("q_fit", name=name),
            say("q_conditions", name=name),
            say("q_first"),
        )
        blocks += [d.Heading(2, name), d.BulletList(tuple((d.Run(q),) for q in questions))]
    if principles:
        blocks.append(d.Heading(2, say("about_background")))
        blocks.append(
            d.BulletList(tuple((d.Run(say("q_principle", title=p.title)),) for p in principles))
        )
    return blocks
