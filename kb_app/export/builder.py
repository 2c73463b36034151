"""Build the export document of an action plan from the plan, the library and today's date.

The same ``Document`` feeds every writer, so Word, PDF, Markdown and HTML say the same thing.
Library text (summary, werkzame elementen, randvoorwaarden) is read as the library has it now;
where an intervention left the library, the plan's own copy is used and the document says so.
Empty fields are printed as "nog niet ingevuld" on purpose: a plan document should show its gaps.
"""

from __future__ import annotations

import datetime as dt

from kb_app.core.evidence_text import evidence_line, same_judgement
from kb_app.core.formatting import dutch_date, euro, labels
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
from kb_app.plans.budget import BudgetLine, budget_lines
from kb_app.plans.coverage import OUTDATED_NOTE, Coverage, ItemEvidence, LibraryLike, analyse
from kb_app.plans.model import STATUS_LABELS, Item, Plan
from kb_app.plans.operations import TEMPLATES

EMPTY = "nog niet ingevuld"
LIBRARY_SECTIONS = ("Werkzame elementen", "Randvoorwaarden en kosten")


def build_plan_document(plan: Plan, library: LibraryLike, today: dt.date) -> Document:
    vocabulary = library.vocabulary()
    coverage = analyse(plan, library, today)
    blocks: list[Block] = [_title_page(plan), PageBreak(), Contents(), PageBreak()]
    blocks += _context(plan)
    blocks += local_picture_section(plan, library)
    blocks += _priorities(plan, coverage, vocabulary)
    blocks += [PageBreak(), *_coverage(plan, coverage, vocabulary)]
    blocks += [PageBreak(), *_items(plan, library, coverage, vocabulary)]
    blocks += _budget(plan, vocabulary)
    blocks += _set_aside(plan)
    blocks += [PageBreak(), *sources_section(plan.chosen(), library)]
    return Document(title=plan.title, blocks=tuple(blocks), author=plan.author)


def _title_page(plan: Plan) -> TitlePage:
    template = TEMPLATES.get(plan.template)
    lines = [
        plan.organisation,
        plan.period,
        f"Opgesteld door {plan.author}" if plan.author else "",
        f"Bijgewerkt op {dutch_date(plan.updated)}" if plan.updated else "",
        "Gemaakt met Wat Werkt",
    ]
    return TitlePage(
        title=plan.title,
        subtitle=template.label if template else "Actieplan",
        lines=tuple(line for line in lines if line),
    )


def _context(plan: Plan) -> list[Block]:
    blocks: list[Block] = [Heading(1, "Context en aanleiding")]
    body = markdown_to_blocks(plan.context, heading_offset=0) if plan.context.strip() else []
    # Headings written in the context sit below the section heading, whatever level was typed.
    body = [Heading(max(2, min(b.level, 3)), b.text) if isinstance(b, Heading) else b for b in body]
    return blocks + (body or [text(f"De context is {EMPTY}.", italic=True)])


def _priorities(plan: Plan, coverage: Coverage, vocabulary: Vocabulary) -> list[Block]:
    blocks: list[Block] = [Heading(1, "Prioriteiten")]
    if not plan.priorities:
        return [*blocks, text("Er zijn nog geen prioriteiten vastgelegd.", italic=True)]
    for priority in plan.priorities:
        term = vocabulary.term("conditions", priority.condition)
        blocks.append(Heading(2, term.label if term else priority.condition))
        if term:
            blocks.append(
                Paragraph((Run(f"Waarde: {term.value}. {term.explanation}"),), style="note")
            )
        blocks.append(labelled("Waarom een prioriteit", priority.rationale or EMPTY))
        chosen = [i.title for i in plan.chosen() if priority.condition in i.conditions]
        blocks.append(labelled("Gekozen", ", ".join(chosen) or "nog niets gekozen"))
    return blocks


def _coverage(plan: Plan, coverage: Coverage, vocabulary: Vocabulary) -> list[Block]:
    priorities = set(plan.priority_conditions())
    rows = []
    for condition in coverage.conditions:
        name = vocabulary.label("conditions", condition)
        cells = [
            "\n".join(i.title for i in coverage.cell(condition, level)) or "—"
            for level in coverage.levels
        ]
        rows.append((f"{name} (prioriteit)" if condition in priorities else name, *cells))
    header = ("Voorwaarde", *(vocabulary.label("basis_levels", lv) for lv in coverage.levels))
    blocks: list[Block] = [
        Heading(1, "Dekking van het plan"),
        text(
            "Per voorwaarde van sociale kwaliteit en per niveau van de sociale basis: de "
            "gekozen interventies en activiteiten. Een streepje is een lege cel."
        ),
        Table(header=header, rows=tuple(rows), widths=(10, 8, 10, 8)),
        Heading(2, "Bereikte doelgroepen"),
    ]
    groups = [
        f"{vocabulary.label('target_groups', g)} ({n})" for g, n in coverage.target_groups.items()
    ]
    blocks.append(
        BulletList(tuple((Run(g),) for g in groups))
        if groups
        else text("Nog geen doelgroepen: er is niets gekozen.", italic=True)
    )
    blocks += [
        Heading(2, "Bewijsprofiel"),
        _profile_table(coverage, vocabulary),
        Heading(2, "Aandachtspunten"),
    ]
    warnings = [(Run(w.message),) for w in coverage.warnings]
    blocks.append(
        BulletList(tuple(warnings)) if warnings else text("Geen aandachtspunten gevonden.")
    )
    return blocks


def _budget(plan: Plan, vocabulary: Vocabulary) -> list[Block]:
    """The total and the part per priority, over the chosen items' typed amounts."""
    if not plan.chosen():
        return []
    lines, total = budget_lines(plan)

    def row(label: str, line: BudgetLine) -> tuple[str, str, str]:
        missing = f"{line.without_amount} zonder bedrag" if line.without_amount else "—"
        return (label, euro(line.amount), f"{line.items} ({missing})")

    rows = [
        row(
            vocabulary.label("conditions", line.label_id)
            if line.label_id
            else "Onder geen prioriteit",
            line,
        )
        for line in lines
    ]
    rows.append(row("Totaal gekozen onderdelen", total))
    # A page of its own: the paragraph and the table otherwise split over two pages, leaving
    # a lone line above the table.
    return [
        PageBreak(),
        Heading(1, "Begroting"),
        text(
            "Opgeteld uit de bedragen bij de gekozen onderdelen. Een onderdeel dat bij "
            "twee prioriteiten hoort, telt in beide rijen mee; het totaal telt het één "
            "keer. Onderdelen zonder bedrag tellen niet mee in de som."
        ),
        Table(header=("Prioriteit", "Bedrag", "Onderdelen"), rows=tuple(rows), widths=(3, 2, 2)),
    ]


def _profile_table(coverage: Coverage, vocabulary: Vocabulary) -> Table:
    rows = [
        (vocabulary.label("evidence_levels", level), str(count))
        for level, count in coverage.evidence_profile.items()
    ]
    rows.append(("Lokale activiteit (geen oordeel)", str(coverage.local_activities)))
    return Table(header=("Bewijsniveau", "Aantal gekozen"), rows=tuple(rows), widths=(3, 1))


def _items(
    plan: Plan, library: LibraryLike, coverage: Coverage, vocabulary: Vocabulary
) -> list[Block]:
    blocks: list[Block] = [Heading(1, "Interventies en activiteiten")]
    chosen = plan.chosen()
    if not chosen:
        return [*blocks, text("Er is nog niets gekozen.", italic=True)]
    blocks.append(text("De gekozen onderdelen, in de volgorde van het plan."))
    for item in chosen:
        section = item_section(item, library, coverage.evidence[item.id], vocabulary)
        answers = answers_line(plan, item.id, library)
        blocks += [section[0], *([answers] if answers else []), *section[1:]]
    return blocks


def item_section(
    item: Item, library: LibraryLike, used: ItemEvidence, vocabulary: Vocabulary
) -> list[Block]:
    blocks: list[Block] = [Heading(2, item.title)]
    if item.is_local:
        blocks.append(
            Paragraph(
                (Run("Lokale activiteit, geen interventie uit de bibliotheek."),), style="note"
            )
        )
    blocks += [
        labelled("Waarom gekozen", item.rationale or EMPTY),
        labelled("Doelgroepen", labels(vocabulary, "target_groups", item.target_groups) or EMPTY),
        labelled(
            "Niveau van de sociale basis",
            labels(vocabulary, "basis_levels", item.basis_levels) or EMPTY,
        ),
        labelled("Voorwaarden", labels(vocabulary, "conditions", item.conditions) or EMPTY),
    ]
    if item.intervention_id and used.in_library:
        intervention = library.intervention(item.intervention_id)
        blocks += _library_text(intervention)
    if not item.is_local:
        blocks += evidence_blocks(item, used, vocabulary)
    return blocks + _execution(item)


def _library_text(intervention: Intervention) -> list[Block]:
    blocks: list[Block] = [Paragraph((Run(intervention.summary, italic=True),))]
    for name in LIBRARY_SECTIONS:
        section = intervention.sections.get(name, "")
        if section:
            blocks += [Heading(3, name), *html_to_blocks(section, heading_offset=1)]
    return blocks


def evidence_blocks(item: Item, used: ItemEvidence, vocabulary: Vocabulary) -> list[Block]:
    """The judgement with its date, the plain-language explanation and any caveats."""
    term = vocabulary.term("evidence_levels", used.level or "")
    line = (
        evidence_line(used.level, used.date, used.checked, vocabulary)
        if used.level
        else ("onbekend")
    )
    blocks: list[Block] = [Heading(3, "Bewijsniveau"), labelled("Bewijsniveau", line)]
    if term and term.explanation:
        blocks.append(Paragraph((Run(term.explanation),), style="note"))
    if used.outdated:
        blocks.append(
            Paragraph((Run(f"Let op: dit oordeel is {OUTDATED_NOTE}.", bold=True),), style="note")
        )
    if not used.in_library:
        blocks.append(
            Paragraph(
                (
                    Run(
                        "Deze interventie staat niet meer in de bibliotheek. Dit is "
                        "het oordeel van toen ze aan het plan werd toegevoegd."
                    ),
                ),
                style="note",
            )
        )
    elif item.added_evidence_level and not same_judgement(item.added_evidence_level, used.level):
        before = vocabulary.label("evidence_levels", item.added_evidence_level)
        blocks.append(
            Paragraph(
                (
                    Run(
                        f"Bij het toevoegen aan het plan was het niveau {before}; "
                        "de bibliotheek is sindsdien bijgewerkt."
                    ),
                ),
                style="note",
            )
        )
    return blocks


def _execution(item: Item) -> list[Block]:
    blocks: list[Block] = [Heading(3, "Uitvoering")]
    if item.actions:
        rows = tuple((a.what or "—", a.who or "—", a.when or "—") for a in item.actions)
        blocks.append(Table(header=("Wat", "Wie", "Wanneer"), rows=rows, widths=(5, 3, 2)))
    else:
        blocks.append(labelled("Acties", EMPTY))
    budget = euro(item.budget_amount) if item.budget_amount is not None else ""
    if item.budget_note:
        budget = f"{budget} — {item.budget_note}" if budget else item.budget_note
    blocks += [
        labelled("Partner", item.partner or EMPTY),
        labelled("Budget", budget or EMPTY),
        labelled("Waaraan zien we dat het werkt", item.indicator or EMPTY),
    ]
    return blocks


def _set_aside(plan: Plan) -> list[Block]:
    others = [i for i in plan.items if i.status != "gekozen"]
    if not others:
        return []
    rows = tuple(
        (i.title, STATUS_LABELS.get(i.status, i.status), i.status_reason or "—") for i in others
    )
    return [
        Heading(1, "Overwogen en afgewezen"),
        text("Onderdelen die (nog) niet gekozen zijn, met de reden als die is vastgelegd."),
        Table(header=("Onderdeel", "Status", "Reden"), rows=rows, widths=(4, 2, 6)),
    ]


def sources_section(items: tuple[Item, ...], library: LibraryLike) -> list[Block]:
    """Every source of every library intervention in ``items``, grouped by intervention."""
    blocks: list[Block] = [Heading(1, "Bronnen")]
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
                        Run(f" (geraadpleegd {dutch_date(s.accessed)})"),
                    )
                    for s in intervention.sources
                )
            )
        )
    if not found:
        blocks.append(text("Geen interventies uit de bibliotheek gekozen.", italic=True))
    return blocks
