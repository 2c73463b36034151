"""Export fixtures: the sample plan's documents, and golden-file comparison.

Golden files are rewritten only when ``KB_UPDATE_GOLDEN=1`` is set on purpose; otherwise a
difference fails the test, so a change in any export is seen and reviewed.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

from kb_app.export.builder import build_plan_document
from kb_app.export.kit import build_kit_document
from tests.plans.conftest import TODAY
from tests.plans.sample import sample_plan

# The command-line tests' fixtures, for the exports' --lang tests: ``run`` (kb-app in-process on
# the built library) and ``plan_file`` (the sample plan as a .wwplan).
from tests.test_cli import plan_file, run  # noqa: F401

GOLDEN = Path(__file__).parent / "golden"
REGENERATE = "KB_UPDATE_GOLDEN=1 python -m pytest tests/export"


@pytest.fixture
def plan(reader):
    return sample_plan(reader)


@pytest.fixture
def plan_document(plan, reader):
    return build_plan_document(plan, reader, TODAY)


@pytest.fixture
def kit_document(plan, reader):
    return build_kit_document(plan, reader, TODAY)


def assert_golden(name: str, actual: str) -> None:
    """``actual`` must equal ``golden/<name>``; on a difference the test shows a short diff and
    how to accept the change on purpose."""
    path = GOLDEN / name
    if os.environ.get("KB_UPDATE_GOLDEN") == "1":
        path.write_text(actual, encoding="utf-8")
        return
    assert path.is_file(), f"{path} ontbreekt; maak hem met {REGENERATE}"
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        diff = difflib.unified_diff(
            expected.splitlines(), actual.splitlines(), f"golden/{name}", "nu", lineterm="", n=2
        )
        lines = list(diff)
        shown = "\n".join(lines[:80]) + ("\n…" if len(lines) > 80 else "")
        pytest.fail(
            f"{name} wijkt af ({len(lines)} regels diff):\n{shown}\n\n"
            f"Bewust bijwerken, daarna de diff in git nalezen:\n    {REGENERATE}",
            pytrace=False,
        )


@pytest.fixture
def plan_document_en(plan, reader):
    return build_plan_document(plan, reader, TODAY, lang="en")


@pytest.fixture
def kit_document_en(plan, reader):
    return build_kit_document(plan, reader, TODAY, lang="en")
