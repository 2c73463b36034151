"""Property-based: whatever bytes a pack file holds, opening it ends in a checked pack or a
``PackError`` with a reason — never another exception, never a hang, never a file outside the
target folder. Mutations start from a real signed pack, so they reach deep into the checks."""

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kb_app.packs.pack import PackError, open_pack

MUTATIONS = st.lists(
    st.tuples(
        st.sampled_from(["flip", "cut", "insert", "zero"]),
        st.floats(0, 1, allow_nan=False),
        st.binary(min_size=1, max_size=8),
    ),
    min_size=1,
    max_size=4,
)


def mutate(data: bytes, steps) -> bytes:
    out = bytearray(data)
    for kind, where, chunk in steps:
        at = min(int(where * len(out)), max(len(out) - 1, 0))
        if kind == "flip" and out:
            out[at] ^= chunk[0] or 1
        elif kind == "cut":
            out = out[:at]
        elif kind == "insert":
            out[at:at] = chunk
        elif kind == "zero":
            out[at : at + len(chunk) * 64] = bytes(len(out[at : at + len(chunk) * 64]))
    return bytes(out)


@pytest.mark.slow
@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=MUTATIONS)
def test_any_mutation_is_opened_or_refused(steps, pack_a, trusted, tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz")
    bad = folder / "gemuteerd.wwpack"
    bad.write_bytes(mutate(pack_a.read_bytes(), steps))
    into = folder / "uit"
    try:
        info = open_pack(bad, trusted, into=into)
    except PackError as error:
        assert "gemuteerd.wwpack is geweigerd" in str(error)
    else:  # only a change the signature does not cover (zip bookkeeping) can pass
        assert info.library_version == "A"
    written = [p for p in folder.rglob("*") if p.is_file()]
    assert all(p == bad or into in p.parents for p in written)
    assert not any(os.path.islink(p) for p in written)
