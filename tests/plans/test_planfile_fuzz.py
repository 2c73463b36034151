"""Plan files fuzzed from their JSON Schema (hypothesis-jsonschema).

Valid instances must read and export to Markdown, HTML and Word without error (or, where the
schema cannot see it, get a specific message: a date that does not exist, a repeated id).
Near-valid instances — one value swapped for something hostile, a key dropped, bytes cut or
flipped — must either read or give a ``PlanFileError``; any other exception is a failure. Example
counts are small on purpose (the generator is slow on this schema); the fixed corpus in
``tests/plans/hostile.py`` covers every named case.
"""

from __future__ import annotations

import json
import math
import tempfile
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from kb_app.core.text import clean_tree
from kb_app.export.builder import build_plan_document
from kb_app.export.writers import write_document
from kb_app.plans.planfile import PlanFileError, _parse, plan_from_document
from tests.conftest import SCHEMA
from tests.plans.conftest import TODAY
from tests.plans.hostile import base_plan

FUZZ = settings(
    max_examples=50,
    deadline=None,
    database=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
)
SCHEMA_PLAN = json.loads((SCHEMA / "plan.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA_PLAN)


def _smaller(node):
    """The schema with lists of at most 3 and texts of at most 400: the same shapes, generated
    three times faster. Sizes at and over the limits are in the fixed corpus."""
    if isinstance(node, dict):
        return {
            key: (
                min(value, 3)
                if key == "maxItems"
                else min(value, 400)
                if key == "maxLength"
                else _smaller(value)
            )
            for key, value in node.items()
        }
    return [_smaller(item) for item in node] if isinstance(node, list) else node


FUZZ_SCHEMA = _smaller(SCHEMA_PLAN)
# What the schema cannot express, so a valid instance may still be refused for it.
SCHEMA_BLIND = ("geen bestaande datum", "dezelfde id als")

HOSTILE_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=10**15, max_value=10**40),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(
        [
            "",
            "t" * 1001,
            "2025-02-29",
            "2025-13-01",
            "2026-00",
            "x\x00\ud800y",
            "gekozen",
            "sociale-cohesie",
            "[" * 50,
            "<img src=x onerror=alert(1)>",
        ]
    ),
    st.recursive(
        st.none() | st.integers() | st.text(max_size=5),
        lambda inner: (
            st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
        ),
        max_leaves=6,
    ),
)


def _export(plan, reader) -> None:
    document = build_plan_document(plan, reader, TODAY)
    with tempfile.TemporaryDirectory() as folder:
        for fmt in ("md", "html", "docx"):
            target = Path(folder) / f"plan.{fmt}"
            write_document(document, fmt, target)
            assert target.stat().st_size > 0


def _places(value, parts=()):
    yield parts
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _places(item, (*parts, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _places(item, (*parts, index))


@FUZZ
@given(from_schema(FUZZ_SCHEMA))
def test_valid_plans_read_and_export(reader, document):
    # Text made only of control characters is valid to the schema but empty once cleaned.
    still_valid = VALIDATOR.is_valid(clean_tree(document))
    try:
        plan = plan_from_document(document, "fuzz.wwplan")
    except PlanFileError as error:
        assert not still_valid or any(r in str(error) for r in SCHEMA_BLIND), str(error)
        return
    _export(plan, reader)


@FUZZ
@given(from_schema(FUZZ_SCHEMA), st.data())
def test_near_valid_plans_read_or_get_a_message(reader, document, data):
    places = [p for p in _places(document) if p]
    place = data.draw(st.sampled_from(places))
    parent = document
    for key in place[:-1]:
        parent = parent[key]
    if data.draw(st.booleans()) and isinstance(parent, dict):
        del parent[place[-1]]
    else:
        parent[place[-1]] = data.draw(HOSTILE_VALUES)
    try:
        plan = plan_from_document(document, "fuzz.wwplan")
    except PlanFileError as error:
        assert "fuzz.wwplan" in str(error)
        return
    _export(plan, reader)


@pytest.fixture(scope="module")
def plan_bytes() -> bytes:
    return json.dumps(base_plan().to_dict(), indent=1).encode()


@settings(max_examples=150, deadline=None, database=None)
@given(st.data())
def test_mangled_bytes_read_or_get_a_message(plan_bytes, data):
    raw = bytearray(plan_bytes)
    for _ in range(data.draw(st.integers(1, 4))):
        action = data.draw(st.sampled_from(["cut", "flip", "insert"]))
        at = data.draw(st.integers(0, len(raw)))
        if action == "cut":
            del raw[at:]
        elif action == "flip" and at < len(raw):
            raw[at] = data.draw(st.integers(0, 255))
        else:
            raw[at:at] = data.draw(
                st.binary(max_size=8)
                | st.sampled_from([b"NaN", b"1e400", b"[" * 40, b"\\ud800", b"\x00", b"\xff"])
            )
    try:
        document = _parse(bytes(raw), "fuzz.wwplan")
        plan = plan_from_document(document, "fuzz.wwplan")
    except PlanFileError:
        return
    assert all(
        item.budget_amount is None or math.isfinite(item.budget_amount) for item in plan.items
    )
