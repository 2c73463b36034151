"""Property-based fuzzing of content files: random YAML-ish front matter, random structures in
place of real fields, and byte-level mutations of a valid file. Reading and checking one file
must always end in a list of problems (or none), never an exception, and quickly."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kb_app.core.errors import Problem
from kb_app.core.model import Vocabulary
from kb_app.pipeline.validate import load_schema, read_one
from tests.conftest import CONTENT, SCHEMA
from tests.pipeline.conftest import GOOD

GOOD_TEXT = (CONTENT / "interventions" / GOOD).read_text(encoding="utf-8")
FRONT, BODY = GOOD_TEXT.split("\n---\n", 1)
FUZZ = settings(
    max_examples=120,
    deadline=3000,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def checker(tmp_path_factory):
    content = tmp_path_factory.mktemp("fuzz") / "content"
    (content / "interventions").mkdir(parents=True)
    vocabulary = Vocabulary.from_dict(
        yaml.safe_load((CONTENT / "vocabularies.yaml").read_text(encoding="utf-8"))
    )
    validator = load_schema(SCHEMA, "intervention.schema.json")

    def check(raw: bytes) -> list[Problem]:
        path = content / "interventions" / "fuzz.md"
        path.write_bytes(raw)
        problems: list[Problem] = []
        read_one(path, "intervention", content, validator, vocabulary, problems)
        assert all(p.path == "content/interventions/fuzz.md" for p in problems)
        assert all(isinstance(p.line, int) and p.line >= 0 for p in problems)
        return problems

    return check


TOKENS = [
    *"[]{}:,-&*!|>'\"#%@`?~ \n\t.0123456789abcZ\\",
    "\n  ",
    "\n- ",
    ": ",
    "&a ",
    "*a",
    "!!",
    "---",
    "2025-02-29",
    "2026-13-45",
    "é",
    "\x00",
    "\ufeff",
    "id: x",
    "title: ",
]
YAMLISH = st.lists(st.sampled_from(TOKENS), max_size=120).map("".join)


@FUZZ
@given(front=YAMLISH)
def test_random_yamlish_front_matter_never_raises(checker, front):
    checker(f"---\n{front}\n---\n{BODY}".encode("utf-8", "surrogatepass"))


SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=40),
    st.dates(min_value=dt.date(1, 1, 1)),
)
STRUCTURES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=25,
)
FIELDS = [
    "id",
    "title",
    "summary",
    "themes",
    "conditions",
    "basis_levels",
    "target_groups",
    "evidence",
    "sources",
    "last_reviewed",
    "principles",
    "kind",
    "owner",
    "website",
]


@FUZZ
@given(field=st.sampled_from(FIELDS), value=STRUCTURES)
def test_any_structure_in_any_field_never_raises(checker, field, value):
    meta = yaml.safe_load(FRONT.removeprefix("---\n"))
    meta[field] = value
    front = yaml.safe_dump(meta, allow_unicode=True)
    checker(f"---\n{front}---\n{BODY}".encode("utf-8", "surrogatepass"))


MUTATIONS = st.lists(
    st.tuples(
        st.sampled_from(["delete", "insert", "duplicate", "flip"]),
        st.integers(0, len(GOOD_TEXT)),
        st.integers(1, 200),
        st.binary(min_size=1, max_size=30),
    ),
    min_size=1,
    max_size=5,
)


def mutate(data: bytes, steps) -> bytes:
    for kind, at, length, blob in steps:
        at = min(at, len(data))
        if kind == "delete":
            data = data[:at] + data[at + length :]
        elif kind == "insert":
            data = data[:at] + blob + data[at:]
        elif kind == "duplicate":
            data = data[:at] + data[at : at + length] * 3 + data[at:]
        else:
            data = data[:at] + bytes(b ^ 0x20 for b in data[at : at + length]) + data[at + length :]
    return data


@FUZZ
@given(steps=MUTATIONS)
def test_mutated_valid_file_never_raises(checker, steps):
    checker(mutate(GOOD_TEXT.encode("utf-8"), steps))


def test_the_unmutated_file_is_clean(checker):
    """The fuzzed file starts valid, so the problems the fuzzing sees come from the fuzzing."""
    text = GOOD_TEXT.replace("id: gender-sexuality-alliances-op-scholen", "id: fuzz")
    assert checker(text.encode("utf-8")) == []
