"""Skipping inline patterns that cannot match changes nothing: the same HTML, byte for byte."""

from __future__ import annotations

import markdown
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kb_app.pipeline.mdguard import GuardExtension
from kb_app.pipeline.mdquick import NEEDLES, QuickScanExtension, _Needled
from kb_app.pipeline.render import EXTENSIONS, Renderer
from tests.conftest import CONTENT

# Every character some pattern looks for, plus words, spaces and line ends to put them in.
PIECES = st.sampled_from(
    [*"`\\[]()!<>&;#*_-.'\":/@ \n", "  \n", "...", "---", "ab", "x1", "https://a.nl", "a@b.nl"]
)


def converter(quick: bool) -> markdown.Markdown:
    extensions = [*EXTENSIONS, GuardExtension(), *([QuickScanExtension()] if quick else [])]
    return markdown.Markdown(extensions=extensions, output_format="html")


PLAIN, QUICK = converter(False), converter(True)


def both(text: str) -> tuple[str, str]:
    PLAIN.reset()
    QUICK.reset()
    return PLAIN.convert(text), QUICK.convert(text)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=60).map("".join))
def test_markup_renders_the_same_with_and_without_skipping(text):
    plain, quick = both(text)
    assert quick == plain


def test_real_pages_render_the_same():
    for path in sorted(CONTENT.rglob("*.md")):
        plain, quick = both(path.read_text(encoding="utf-8"))
        assert quick == plain, path.name


def test_every_listed_pattern_is_wrapped():
    """A pattern renamed by a Markdown upgrade would silently lose its shortcut."""
    md = Renderer()
    md.render("x")
    assert md._md is not None
    wrapped = set()
    for processor in ("inline", "smarty"):
        patterns = md._md.treeprocessors[processor].inlinePatterns
        for name in NEEDLES:
            if name in patterns and isinstance(patterns[name].compiled_re, _Needled):
                wrapped.add(name)
    assert wrapped == set(NEEDLES) - {"em_strong2"}  # Markdown registers em_strong only
