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
    chart_alt,
    text,
)
from kb_app.export.wording import DUTCH, Wording
from kb_app.plans.coverage import LibraryLike, answering_items
from kb_app.plans.local import (
    Comparison,
    Figure,
    LocalPicture,
    compare,
    describe,
    in_language,
    weak_conditions,
)
from kb_app.plans.model import Plan


def local_picture_section(plan: Plan, library: LibraryLike, say: Wording = DUTCH) -> list[Block]:
    """The section, or nothing when the plan has no local picture."""
    picture = plan.local
    if picture.is_empty:
        return []
    vocabulary = library.vocabulary()
    level = say.get(f"area.{picture.area_level}", "")
    area = " ".join(part for part in (level, picture.area) if part)
    blocks: list[Block] = [Heading(1, say("local"))]
    blocks.append(text(say("local_intro", area=area or say("the_area"))))
    here = picture.area or say("here")
    for term in vocabulary.terms("conditions"):
        blocks += _condition(picture, vocabulary, term.id, term.text(say.lang), here, say)
    blocks += weak_spots_section(plan, library, vocabulary, say)
    return blocks


def _condition(
    picture: LocalPicture,
    vocabulary: Vocabulary,
    condition: str,
    label: str,
    here: str,
    say: Wording,
) -> list[Block]:
    figures = [
        in_language(f, vocabulary, say.lang) for f in picture.figures if f.condition == condition
    ]
    note = picture.note(condition)
    if not figures and not note:
        return []
    blocks: list[Block] = [Heading(2, label)]
    if figures:
        blocks.append(
            Table(
                header=(
                    say("figure"),
                    here,
                    say("reference"),
                    say("difference"),
                    say("year_source"),
                ),
                rows=tuple(_row(f, compare(f), say) for f in figures),
                widths=(4, 2, 3, 3, 5),
            )
        )
        bars = tuple(
            Bar(f.label, f.value, f.reference, f.unit, bool((c := compare(f)) and c.worse))
            for f in figures
        )
        references = {f.reference_label for f in figures if f.reference_label}
        reference = references.pop() if len(references) == 1 else ""
        blocks.append(
            Chart(
                title=label,
                bars=bars,
                local_label=here,
                reference_label=reference,
                alt_text=chart_alt(say, label, reference),
                lang=say.lang,
            )
        )
    if note:
        blocks.append(Paragraph((Run(say("residents_say"), bold=True), Run(note))))
    return blocks


def _row(figure: Figure, comparison: Comparison | None, say: Wording) -> tuple[str, ...]:
    # A short unit stays with the numbers; a long one ("per 10.000 inwoners") goes with the name,
    # so a narrow number column never has to break a word.
    short = len(figure.unit) <= 3
    unit = f" {figure.unit}" if figure.unit and short else ""
    name = figure.label if short or not figure.unit else f"{figure.label} ({figure.unit})"
    here = say.number(figure.value) + unit
    if figure.reference is None:
        reference, difference = "—", say("no_reference")
    else:
        reference = say.number(figure.reference) + unit
        if figure.reference_label:
            reference += f"\n({figure.reference_label})"
        difference = say("equal")
        if comparison and comparison.difference:
            sign = "+" if comparison.difference > 0 else "−"
            difference = f"{sign}{say.number(abs(comparison.difference))}" + (
                say("worse") if comparison.worse else say("better")
            )
    origin = "\n".join(part for part in (str(figure.year or ""), figure.source) if part)
    return name, here, reference, difference, origin or "—"


def weak_spots_section(
    plan: Plan, library: LibraryLike, vocabulary: Vocabulary, say: Wording = DUTCH
) -> list[Block]:
    weak = weak_conditions(plan.local, vocabulary)
    blocks: list[Block] = [Heading(2, say("weak_spots"))]
    if not weak:
        return [*blocks, text(say("no_weak_spots"))]
    lines = []
    for comparisons in weak.values():
        for comparison in comparisons:
            answered = [item.title for item in answering_items(plan, comparison.figure, library)]
            answer = (say("answer_in_plan") + ", ".join(answered)) if answered else say("no_answer")
            lines.append(
                (
                    Run(describe(comparison, say.lang, vocabulary) + ". "),
                    Run(answer, italic=not answered),
                )
            )
    return [*blocks, BulletList(tuple(lines))]


def answers_line(
    plan: Plan, item_id: str, library: LibraryLike, say: Wording = DUTCH
) -> Paragraph | None:
    """ "Antwoord op: …" for an item that answers weak spots in the local picture."""
    vocabulary = library.vocabulary()
    answered = [
        in_language(comparison.figure, vocabulary, say.lang).label
        for weak in weak_conditions(plan.local, vocabulary).values()
        for comparison in weak
        if any(item.id == item_id for item in answering_items(plan, comparison.figure, library))
    ]
    if not answered:
        return None
    return Paragraph((Run(say("answers"), bold=True), Run(", ".join(answered))))
