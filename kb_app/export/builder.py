"""Build the export document of an action plan from the plan, the library and today's date.

The same ``Document`` feeds every writer, so Word, PDF, Markdown and HTML say the same thing.
Library text (summary, werkzame elementen, randvoorwaarden) is read as the library has it now;
where an intervention left the library, the plan's own copy is used and the document says so.
Empty fields are printed as "nog niet ingevuld" on purpose: a plan document should show its gaps.
"""

from __future__ import annotations

import datetime as dt

from kb_app.core.evidence_text import same_judgement
from kb_app.core.model import Intervention, Vocabulary
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
    labelled,
    text,
)
from kb_app.export.htmlblocks import html_to_blocks, markdown_to_blocks
from kb_app.export.local_picture import answers_line, local_picture_section
from kb_app.export.wording import DUTCH, Wording, check_language
from kb_app.plans.budget import BudgetLine, budget_lines
from kb_app.plans.coverage import Coverage, ItemEvidence, LibraryLike, analyse
from kb_app.plans.model import Item, Plan
from kb_app.plans.operations import TEMPLATES

# The library's section names (its keys; the headings printed come from the wording).
LIBRARY_SECTIONS = ("Werkzame elementen", "Randvoorwaarden en kosten")


def build_plan_document(
    plan: Plan, library: LibraryLike, today: dt.date, lang: str = "nl"
) -> Document:
    """The plan document; ``lang`` ("nl" or "en") is the language of the fixed text only."""
    say = Wording(check_language(lang))
    vocabulary = library.vocabulary()
    coverage = analyse(plan, library, today)
    blocks: list[Block] = [
        _title_page(plan, say),
        PageBreak(),
        Contents(say("contents")),
        PageBreak(),
    ]
    blocks += _context(plan, say)
    blocks += local_picture_section(plan, library, say)
    blocks += _priorities(plan, vocabulary, say)
    blocks += [PageBreak(), *_coverage(plan, library, coverage, say)]
    blocks += [PageBreak(), *_items(plan, library, coverage, say)]
    blocks += _budget(plan, vocabulary, say)
    blocks += _set_aside(plan, say)
    blocks += [PageBreak(), *sources_section(plan.chosen(), library, say)]
    return Document(title=plan.title, blocks=tuple(blocks), author=plan.author, language=say.tag)


def _title_page(plan: Plan, say: Wording) -> TitlePage:
    template = TEMPLATES.get(plan.template)
    lines = [
        plan.organisation,
        plan.period,
        say("prepared_by", author=plan.author) if plan.author else "",
        say("updated_on", date=say.date(plan.updated)) if plan.updated else "",
        say("made_with"),
        say("content_in_dutch"),
    ]
    return TitlePage(
        title=plan.title,
        subtitle=say.get(f"template.{template.id}", template.label)
        if template
        else say("action_plan"),
        lines=tuple(line for line in lines if line),
    )


def _context(plan: Plan, say: Wording) -> list[Block]:
    blocks: list[Block] = [Heading(1, say("context"))]
    body = markdown_to_blocks(plan.context, heading_offset=0) if plan.context.strip() else []
    # Headings written in the context sit below the section heading, whatever level was typed.
    body = [Heading(max(2, min(b.level, 3)), b.text) if isinstance(b, Heading) else b for b in body]
    return blocks + (body or [text(say("context_empty"), italic=True)])


def _priorities(plan: Plan, vocabulary: Vocabulary, say: Wording) -> list[Block]:
    blocks: list[Block] = [Heading(1, say("priorities"))]
    if not plan.priorities:
        return [*blocks, text(say("no_priorities"), italic=True)]
    for priority in plan.priorities:
        condition = priority.condition
        term = vocabulary.term("conditions", condition)
        blocks.append(Heading(2, say.label(vocabulary, "conditions", condition)))
        if term:
            value = say.condition_value(vocabulary, condition)
            explanation = say.explanation(vocabulary, "conditions", condition)
            line = say("value", value=value, explanation=explanation)
            blocks.append(Paragraph((Run(line),), style="note"))
        blocks.append(labelled(say("why_priority"), priority.rationale or say("empty")))
        chosen = [i.title for i in plan.chosen() if condition in i.conditions]
        blocks.append(labelled(say("chosen"), ", ".join(chosen) or say("nothing_chosen_yet")))
    return blocks


def _coverage(plan: Plan, library: LibraryLike, coverage: Coverage, say: Wording) -> list[Block]:
    vocabulary = library.vocabulary()
    priorities = set(plan.priority_conditions())
    rows = []
    for condition in coverage.conditions:
        name = say.label(vocabulary, "conditions", condition)
        cells = [
            "\n".join(i.title for i in coverage.cell(condition, level)) or "—"
            for level in coverage.levels
        ]
        rows.append((say("is_priority", name=name) if condition in priorities else name, *cells))
    levels = (say.label(vocabulary, "basis_levels", lv) for lv in coverage.levels)
    blocks: list[Block] = [
        Heading(1, say("coverage")),
        text(say("coverage_intro")),
        Table(header=(say("condition"), *levels), rows=tuple(rows), widths=(10, 8, 10, 8)),
        Heading(2, say("groups_reached")),
    ]
    groups = [
        f"{say.label(vocabulary, 'target_groups', g)} ({n})"
        for g, n in coverage.target_groups.items()
    ]
    blocks.append(
        BulletList(tuple((Run(g),) for g in groups))
        if groups
        else text(say("no_groups"), italic=True)
    )
    blocks += [
        Heading(2, say("evidence_profile")),
        _profile_table(coverage, vocabulary, say),
        Heading(2, say("points")),
    ]
    warnings = [(Run(w.text(say.lang)),) for w in coverage.warnings]
    blocks.append(BulletList(tuple(warnings)) if warnings else text(say("no_points")))
    return blocks


def _budget(plan: Plan, vocabulary: Vocabulary, say: Wording) -> list[Block]:
    """The total and the part per priority, over the chosen items' typed amounts."""
    if not plan.chosen():
        return []
    lines, total = budget_lines(plan)

    def row(label: str, line: BudgetLine) -> tuple[str, str, str]:
        count = line.without_amount
        missing = say("without_amount", count=count) if count else "—"
        return (label, say.euro(line.amount), f"{line.items} ({missing})")

    rows = [
        row(
            say.label(vocabulary, "conditions", line.label_id)
            if line.label_id
            else say("no_priority"),
            line,
        )
        for line in lines
    ]
    rows.append(row(say("budget_total"), total))
    header = (say("priority"), say("amount"), say("parts"))
    # A page of its own: the paragraph and the table otherwise split over two pages, leaving
    # a lone line above the table.
    return [
        PageBreak(),
        Heading(1, say("budget_title")),
        text(say("budget_intro")),
        Table(header=header, rows=tuple(rows), widths=(3, 2, 2)),
    ]


def _profile_table(coverage: Coverage, vocabulary: Vocabulary, say: Wording) -> Table:
    rows = [
        (say.label(vocabulary, "evidence_levels", level), str(count))
        for level, count in coverage.evidence_profile.items()
    ]
    rows.append((say("local_no_judgement"), str(coverage.local_activities)))
    header = (say("evidence_level"), say("number_chosen"))
    return Table(header=header, rows=tuple(rows), widths=(3, 1))


def _items(plan: Plan, library: LibraryLike, coverage: Coverage, say: Wording) -> list[Block]:
    blocks: list[Block] = [Heading(1, say("items"))]
    chosen = plan.chosen()
    if not chosen:
        return [*blocks, text(say("nothing_chosen"), italic=True)]
    blocks.append(text(say("items_intro")))
    vocabulary = library.vocabulary()
    for item in chosen:
        section = item_section(item, library, coverage.evidence[item.id], vocabulary, say)
        answers = answers_line(plan, item.id, library, say)
        blocks += [section[0], *([answers] if answers else []), *section[1:]]
    return blocks


def item_section(
    item: Item,
    library: LibraryLike,
    used: ItemEvidence,
    vocabulary: Vocabulary,
    say: Wording = DUTCH,
) -> list[Block]:
    blocks: list[Block] = [Heading(2, item.title)]
    if item.is_local:
        blocks.append(Paragraph((Run(say("local_activity")),), style="note"))
    empty = say("empty")
    blocks += [
        labelled(say("why_chosen"), item.rationale or empty),
        labelled(
            say("target_groups"),
            say.labels(vocabulary, "target_groups", item.target_groups) or empty,
        ),
        labelled(
            say("basis_level"), say.labels(vocabulary, "basis_levels", item.basis_levels) or empty
        ),
        labelled(say("conditions"), say.labels(vocabulary, "conditions", item.conditions) or empty),
    ]
    if item.intervention_id and used.in_library:
        intervention = library.intervention(item.intervention_id)
        blocks += library_text(intervention, say, heading_offset=1)
    if not item.is_local:
        blocks += evidence_blocks(item, used, vocabulary, say)
    return blocks + _execution(item, say)


def library_text(intervention: Intervention, say: Wording, heading_offset: int) -> list[Block]:
    """The summary, then the library's sections a document shows, each under its heading."""
    blocks: list[Block] = [Paragraph((Run(intervention.summary, italic=True),))]
    for name in LIBRARY_SECTIONS:
        section = intervention.sections.get(name, "")
        if section:
            blocks += [
                Heading(3, say(f"section.{name}")),
                *html_to_blocks(section, heading_offset=heading_offset),
            ]
    return blocks


def evidence_blocks(
    item: Item, used: ItemEvidence, vocabulary: Vocabulary, say: Wording = DUTCH
) -> list[Block]:
    """The judgement with its date, the plain-language explanation and any caveats."""
    line = (
        say.evidence(used.level, used.date, used.checked, vocabulary)
        if used.level
        else say("unknown")
    )
    blocks: list[Block] = [
        Heading(3, say("evidence_level")),
        labelled(say("evidence_level"), line),
    ]
    explanation = say.explanation(vocabulary, "evidence_levels", used.level or "")
    if explanation:
        blocks.append(Paragraph((Run(explanation),), style="note"))
    if used.outdated:
        blocks.append(outdated_note(say))
    if not used.in_library:
        blocks.append(Paragraph((Run(say("left_library")),), style="note"))
    elif item.added_evidence_level and not same_judgement(item.added_evidence_level, used.level):
        before = say.label(vocabulary, "evidence_levels", item.added_evidence_level)
        blocks.append(Paragraph((Run(say("level_changed", before=before)),), style="note"))
    return blocks


def outdated_note(say: Wording) -> Paragraph:
    return Paragraph((Run(say("outdated"), bold=True),), style="note")


def _execution(item: Item, say: Wording) -> list[Block]:
    blocks: list[Block] = [Heading(3, say("execution"))]
    if item.actions:
        rows = tuple((a.what or "—", a.who or "—", a.when or "—") for a in item.actions)
        header = (say("what"), say("who"), say("when"))
        blocks.append(Table(header=header, rows=rows, widths=(5, 3, 2)))
    else:
        blocks.append(labelled(say("actions"), say("empty")))
    budget = say.euro(item.budget_amount) if item.budget_amount is not None else ""
    if item.budget_note:
        budget = f"{budget} — {item.budget_note}" if budget else item.budget_note
    blocks += [
        labelled(say("partner"), item.partner or say("empty")),
        labelled(say("budget"), budget or say("empty")),
        labelled(say("indicator"), item.indicator or say("empty")),
    ]
    return blocks


def _set_aside(plan: Plan, say: Wording) -> list[Block]:
    others = [i for i in plan.items if i.status != "gekozen"]
    if not others:
        return []
    rows = tuple(
        (i.title, say.get(f"status.{i.status}", i.status), i.status_reason or "—") for i in others
    )
    return [
        Heading(1, say("set_aside")),
        text(say("set_aside_intro")),
        Table(header=(say("part"), say("status"), say("reason")), rows=rows, widths=(4, 2, 6)),
    ]


def sources_section(
    items: tuple[Item, ...], library: LibraryLike, say: Wording = DUTCH
) -> list[Block]:
    """Every source of every library intervention in ``items``, grouped by intervention."""
    blocks: list[Block] = [Heading(1, say("sources"))]
    found = False
    for item in items:
        if not item.intervention_id or not library.has(item.intervention_id):
            continue
        intervention = library.intervention(item.intervention_id)
        found = True
        blocks.append(text(intervention.title, bold=True))
        blocks.append(
            BulletList(
                tuple(
                    (
                        Run(f"{s.title} — "),
                        Run(s.url, link=s.url),
                        Run(say("accessed", date=say.date(s.accessed))),
                    )
                    for s in intervention.sources
                )
            )
        )
    if not found:
        blocks.append(text(say("no_library_items"), italic=True))
    return blocks
