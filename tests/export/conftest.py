"""Export fixtures: the sample plan's documents, and golden-file comparison.

Golden files are rewritten only when ``KB_UPDATE_GOLDEN=1`` is set on purpose; otherwise a
difference fails the test, so a change in any export is seen and reviewed.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kb_app.export.builder import build_plan_document
from kb_app.export.kit import build_kit_document
from tests.plans.conftest import TODAY
from tests.plans.sample import sample_plan

GOLDEN = Path(__file__).parent / "golden"


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
    path = GOLDEN / name
    if os.environ.get("KB_UPDATE_GOLDEN") == "1":
        path.write_text(actual, encoding="utf-8")
        return
    assert path.is_file(), f"{path} ontbreekt; maak hem met KB_UPDATE_GOLDEN=1"
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, f"{name} wijkt af; bewust bijwerken met KB_UPDATE_GOLDEN=1"


@pytest.fixture
def plan_document_en(plan, reader):
    return build_plan_document(plan, reader, TODAY, lang="en")


@pytest.fixture
def kit_document_en(plan, reader):
    return build_kit_document(plan, reader, TODAY, lang="en")
