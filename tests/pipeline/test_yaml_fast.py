"""Front matter read with libyaml's events (``frontmatter._FastContentLoader``) gives exactly
what the Python loader gives: the same values for every real file, the same refusals and the
same messages (with their lines) for broken and hostile YAML."""

from __future__ import annotations

import pytest
import yaml

from kb_app.pipeline import frontmatter
from tests.conftest import CONTENT

pytestmark = pytest.mark.skipif(not yaml.__with_libyaml__, reason="PyYAML without libyaml")


def _python(text: str):
    return frontmatter._load(frontmatter.ContentYamlLoader, text)


def _fast(text: str):
    return frontmatter._load(frontmatter._FastContentLoader, text)


def _outcome(load, text: str):
    try:
        return ("ok", load(text))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        return (type(error).__name__, getattr(error, "problem", None), mark and mark.line)


def test_every_real_front_matter_reads_the_same():
    files = sorted(CONTENT.glob("*/*.md"))
    assert len(files) > 100
    for path in files:
        front = path.read_text(encoding="utf-8").split("---\n", 2)[1]
        assert _fast(front) == _python(front), path.name


@pytest.mark.parametrize(
    "text",
    [
        "a: &x 1\nb: *x\n",  # anchors and aliases are refused
        "a: " + "[" * 40 + "]" * 40,  # deeper than the cap
        "- " * 50 + "x",
        "a: 2026-13-45\n",  # an impossible date
        "a: b: c\n",
        "a: 'niet afgesloten\n",
        "id: x\nthemes: [a, b\n",
        "\ta: 1\n",
    ],
)
def test_refusals_keep_their_kind_and_line(text):
    expected = _outcome(_python, text)
    assert expected[0] != "ok"
    # The fast reader refuses too; ``load_yaml`` then reports the Python loader's own message.
    assert _outcome(_fast, text)[0] != "ok"
    assert _outcome(frontmatter.load_yaml, text) == expected
