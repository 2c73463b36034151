"""The "Lokale situatie" section of a plan document: the area's figures per condition, with a
table (values, references, sources), a chart and the residents' notes, then the weak spots and
what the plan chose for each. Opens the plan document, before the priorities, because the
priorities follow from it.
"""

from __future__ import annotations

from kb_app.core.model import Vocabulary
from kb_app.export.document import (
    Bar,
    Block,
    BulletList,
    Chart,
    Heading,
    Paragraph,
    Run,
    Table,
    text,
)
from kb_app.plans.coverage import LibraryLike, answering_items
from kb_app.plans.local import (
    Comparison,
    Figure,
    LocalPicture,
    compare,
    describe,
    number,
    weak_conditions,
)
from kb_app.plans.model import Plan

AREA_NAMES = {"gemeente": "gemeente", "wijk": "wijk", "buurt": "buurt", "dorp": "dorp"}


def local_picture_section(plan: Plan, library: LibraryLike) -> list[Block]:
    """The section, or nothing when the plan has no local picture."""
    picture = plan.local
    if picture.is_empty:
        return []
    vocabulary = library.vocabulary()
    area = " ".join(part for part in (AREA_NAMES.get(picture.area_level, ""), picture.area) if part)
    blocks: list[Block] = [Heading(1, "Lokale situatie")]
    blocks.append(
        text(
            f"De cijfers van {area or 'het gebied'}, per voorwaarde van sociale "
            "kwaliteit, vergeleken met een referentie. Een zwakke plek is een cijfer "
            "dat slechter is dan de referentie."
        )
    )
    for term in vocabulary.terms("conditions"):
        blocks += _condition(picture, term.id, term.label, picture.area or "Hier")
    blocks += weak_spots_section(plan, library, vocabulary)
    return blocks


def _condition(picture: LocalPicture, condition: str, label: str, here: str) -> list[Block]:
    figures = [f for f in picture.figures if f.condition == condition]
    note = picture.note(condition)
    if not figures and not note:
        return []
    blocks: list[Block] = [Heading(2, label)]
    if figures:
        blocks.append(
            Table(
                header=("Indicator", here, "Referentie", "Verschil", "Jaar en bron"),
                rows=tuple(_row(f, compare(f)) for f in figures),
                widths=(4, 2, 3, 3, 5),
            )
        )
        bars = tuple(
            Bar(f.label, f.value, f.reference, f.unit, bool((c := compare(f)) and c.worse))
            for f in figures
        )
        references = {f.reference_label for f in figures if f.reference_label}
        blocks.append(
            Chart(
                title=label,
                bars=bars,
                local_label=here,
                reference_label=references.pop() if len(references) == 1 else "",
            )
        )
    if note:
        blocks.append(Paragraph((Run("Wat bewoners en partners zeggen: ", bold=True), Run(note))))
    return blocks


def _row(figure: Figure, comparison: Comparison | None) -> tuple[str, ...]:
    # A short unit stays with the numbers; a long one ("per 10.000 inwoners") goes with the name,
    # so a narrow number column never has to break a word.
    short = len(figure.unit) <= 3
    unit = f" {figure.unit}" if figure.unit and short else ""
    name = figure.label if short or not figure.unit else f"{figure.label} ({figure.unit})"
    here = number(figure.value) + unit
    if figure.reference is None:
        reference, difference = "—", "geen referentie"
    else:
        reference = number(figure.reference) + unit
        if figure.reference_label:
            reference += f"\n({figure.reference_label})"
        difference = "gelijk"
        if comparison and comparison.difference:
            sign = "+" if comparison.difference > 0 else "−"
            difference = f"{sign}{number(abs(comparison.difference))}" + (
                " (slechter)" if comparison.worse else " (beter)"
            )
    origin = "\n".join(part for part in (str(figure.year or ""), figure.source) if part)
    return name, here, reference, difference, origin or "—"


def weak_spots_section(plan: Plan, library: LibraryLike, vocabulary: Vocabulary) -> list[Block]:
    weak = weak_conditions(plan.local, vocabulary)
    blocks: list[Block] = [Heading(2, "Zwakke plekken en wat het plan eraan doet")]
    if not weak:
        return [*blocks, text("Geen van de cijfers is slechter dan zijn referentie.")]
    lines = []
    for comparisons in weak.values():
        for comparison in comparisons:
            answered = [item.title for item in answering_items(plan, comparison.figure, library)]
            answer = (
                ("Antwoord in dit plan: " + ", ".join(answered))
                if answered
                else "Nog geen gekozen onderdeel werkt hierop."
            )
            lines.append((Run(describe(comparison) + ". "), Run(answer, italic=not answered)))
    return [*blocks, BulletList(tuple(lines))]


def answers_line(plan: Plan, item_id: str, library: LibraryLike) -> Paragraph | None:
    """ "Antwoord op: …" for an item that answers weak spots in the local picture."""
    vocabulary = library.vocabulary()
    answered = [
        comparison.figure.label
        for weak in weak_conditions(plan.local, vocabulary).values()
        for comparison in weak
        if any(item.id == item_id for item in answering_items(plan, comparison.figure, library))
    ]
    if not answered:
        return None
    return Paragraph(
        (Run("Antwoord op de zwakke plek(ken): ", bold=True), Run(", ".join(answered)))
    )
