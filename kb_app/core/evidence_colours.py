"""The one colour scale for evidence levels, used by every view and export that shows a badge.

Sequential blues from light (described) to dark (strong evidence), so the order reads without
colour vision too (lightness changes, not hue); levels outside the order get neutral greys or, for
a rejection, a warm tone that no form of colour blindness confuses with the blues. A badge always
carries its label: colour is never the only signal. Every pair meets WCAG AA (4.5:1), which a test
checks. Unknown level ids get the neutral fallback.
"""

from __future__ import annotations

# level id -> (background, text)
EVIDENCE_COLOURS: dict[str, tuple[str, str]] = {
    "effectief-sterke-aanwijzingen": ("#08306b", "#ffffff"),
    "effectief-goede-aanwijzingen": ("#08519c", "#ffffff"),
    "effectief-eerste-aanwijzingen": ("#2166ac", "#ffffff"),
    "goed-onderbouwd": ("#9ecae1", "#08306b"),
    "goed-beschreven": ("#deebf7", "#08306b"),
    "niet-erkend": ("#fdd0a2", "#5a1e02"),
    "niet-beoordeeld": ("#ececec", "#333333"),
    "geen-erkenning-gevonden": ("#ececec", "#333333"),
    "buiten-erkenningssysteem": ("#f4f1ea", "#4a4a4a"),
}
NEUTRAL = ("#ececec", "#333333")


def evidence_colours(level: str) -> tuple[str, str]:
    """(background, text) for a level id; the neutral pair for one this table does not know."""
    return EVIDENCE_COLOURS.get(level, NEUTRAL)
