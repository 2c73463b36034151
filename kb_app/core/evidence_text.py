"""How a level reads wherever people see it: the detail pane, the compare view and every export.

One sentence carries the level, when it was judged and when we last checked it against its
source: "Goed onderbouwd (erkend 2021) — nagekeken op 30 november 2026". A provider's own claim
and an international rating are separate, clearly labelled lines: never part of the level.
"""

from __future__ import annotations

from kb_app.core.formatting import dutch_date
from kb_app.core.model import UNJUDGED_LEVELS, ProviderClaim, Rating, Vocabulary

# A judgement at one of these levels is a recognition ("erkend"); the others were judged but not
# recognised (goed beschreven is a description check, niet erkend a rejection).
RECOGNISED_FROM_RANK = 2


def judged_phrase(level: str, date: str, vocabulary: Vocabulary) -> str:
    """``erkend 2021`` / ``beoordeeld 15 mei 2015`` / ``datum onbekend`` (as precise as the source
    was); empty for an unjudged level."""
    if level in UNJUDGED_LEVELS:
        return ""
    if not date:
        return "datum onbekend"
    verb = "erkend" if vocabulary.evidence_rank(level) >= RECOGNISED_FROM_RANK else "beoordeeld"
    return f"{verb} {dutch_date(date)}"


def evidence_line(level: str, date: str, checked: str, vocabulary: Vocabulary) -> str:
    """The level as one sentence, e.g. ``Goed onderbouwd (erkend 2021) — nagekeken op 30 november
    2026``. A library built before ``checked`` existed simply has no check date to show."""
    text = vocabulary.label("evidence_levels", level)
    phrase = judged_phrase(level, date, vocabulary)
    if phrase:
        text += f" ({phrase})"
    if checked:
        text += f" — nagekeken op {dutch_date(checked)}"
    return text


def claim_line(claim: ProviderClaim) -> str:
    return f"Volgens de aanbieder: {claim.text} Dit is een claim van de aanbieder, geen erkenning."


def rating_line(rating: Rating) -> str:
    when = f" ({dutch_date(rating.date)})" if rating.date else " (datum niet vermeld)"
    return (
        f"{rating.clearinghouse}: {rating.rating}{when} — buitenlandse beoordeling, naast het "
        "Nederlandse niveau"
    )


def same_judgement(before: str | None, now: str | None) -> bool:
    """Whether a plan's snapshot still says what the library says now.

    Plans saved before November 2026 stored ``niet-beoordeeld`` for every intervention without a
    judgement; that term then covered what ``geen-erkenning-gevonden`` and
    ``buiten-erkenningssysteem`` now say apart. Such a snapshot is the same (no) judgement, not a
    change of level, so the plan keeps its meaning without rewriting the user's files.
    """
    if before == now:
        return True
    return before == "niet-beoordeeld" and now in UNJUDGED_LEVELS
