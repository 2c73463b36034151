"""The evidence colour scale: one table, every level, readable (WCAG AA), ordered by lightness."""

import pytest
import yaml

from kb_app.core.evidence_colours import EVIDENCE_COLOURS, NEUTRAL, evidence_colours
from kb_app.core.model import Vocabulary
from kb_app.gui.detail_html import badge  # plain HTML, no Qt
from tests.conftest import CONTENT

AA = 4.5


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a ``#rrggbb`` colour."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast ratio between two ``#rrggbb`` colours (1 to 21)."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.fixture(scope="module")
def vocabulary():
    text = (CONTENT / "vocabularies.yaml").read_text(encoding="utf-8")
    return Vocabulary.from_dict(yaml.safe_load(text))


def test_contrast_formula_matches_wcag_reference_values():
    assert round(contrast_ratio("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast_ratio("#777777", "#ffffff"), 2) == 4.48  # the classic "just fails"
    assert contrast_ratio("#123456", "#123456") == 1.0


def test_every_badge_meets_aa():
    for level, (background, text) in {**EVIDENCE_COLOURS, "unknown": NEUTRAL}.items():
        assert contrast_ratio(background, text) >= AA, level


def test_other_app_colours_meet_aa():
    from kb_app.gui.detail_html import STYLE

    assert "#fff4e5" in STYLE and "#5d4037" in STYLE  # the warning paragraph
    assert contrast_ratio("#fff4e5", "#5d4037") >= AA
    assert contrast_ratio("#fff59d", "#000000") >= AA  # highlighted search words


def test_every_level_in_the_vocabulary_has_a_colour(vocabulary):
    for term in vocabulary.terms("evidence_levels"):
        assert term.id in EVIDENCE_COLOURS, term.id


def test_the_recognised_levels_darken_with_the_evidence(vocabulary):
    ranked = sorted(
        (t for t in vocabulary.terms("evidence_levels") if t.rank > 0), key=lambda t: t.rank
    )
    lightness = [relative_luminance(evidence_colours(t.id)[0]) for t in ranked]
    assert lightness == sorted(lightness, reverse=True)


def test_a_badge_always_says_its_level_and_never_wraps(vocabulary):
    html = badge("effectief-sterke-aanwijzingen", vocabulary)
    assert "Effectief&nbsp;volgens&nbsp;sterke&nbsp;aanwijzingen" in html
    assert "white-space:nowrap" in html
    assert evidence_colours("effectief-sterke-aanwijzingen")[0] in html
    unknown = badge("een-nieuw-niveau", vocabulary)
    assert NEUTRAL[0] in unknown and "een-nieuw-niveau" in unknown
