"""Every hostile content case gets a problem naming its file (and line, where there is one),
quickly and in bounded memory — from ``validate`` and from ``build`` alike, never a traceback."""

import time
import tracemalloc

import pytest

from kb_app.core.errors import ContentError
from kb_app.pipeline.validate import check_content
from tests.pipeline.hostile import CASES

# Generous guards against hangs and blow-ups, not speed budgets (those live in benchmarks/).
SECONDS = 20
PEAK_BYTES = 150 * 1024**2
MEMORY_CASES = {
    "symlink naar /dev/zero",
    "3 GB (sparse)",
    "YAML-aliasbom",
    "aliasbom in vocabularies.yaml",
}


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_case_is_a_problem_with_file_and_line(case, mini_content, schema_dir, good_text):
    case.make(mini_content, good_text)
    measure = case.name in MEMORY_CASES  # tracing costs seconds; only where memory is the risk
    if measure:
        tracemalloc.start()
    started = time.monotonic()
    try:
        problems = check_content(mini_content, schema_dir).problems
        peak = tracemalloc.get_traced_memory()[1] if measure else 0
    finally:
        tracemalloc.stop()
    assert time.monotonic() - started < SECONDS
    assert peak < PEAK_BYTES
    mine = [p for p in problems if p.path == case.shown]
    assert any(case.needle in p.message for p in mine), problems
    if case.has_line:
        assert all(p.line > 0 for p in mine)
    # The good intervention next to it is still read (one bad file spoils nothing else).
    if "vocabularies" not in case.shown:
        assert not [p for p in problems if "gender-sexuality" in p.path]


@pytest.mark.parametrize("case", CASES[:1] + CASES[7:9] + CASES[12:14], ids=lambda c: c.name)
def test_build_refuses_with_the_same_problems(case, mini_content, schema_dir, good_text, tmp_path):
    from kb_app.pipeline.build import build

    case.make(mini_content, good_text)
    with pytest.raises(ContentError) as caught:
        build(mini_content, schema_dir, tmp_path / "out")
    assert any(p.path == case.shown for p in caught.value.problems)
    assert not (tmp_path / "out").exists()


def test_line_of_the_impossible_date(mini_content, schema_dir, good_text):
    case = next(c for c in CASES if c.name == "datum 2025-02-29")
    case.make(mini_content, good_text)
    text = (mini_content / "interventions" / "datum.md").read_text(encoding="utf-8")
    line = next(n for n, row in enumerate(text.split("\n"), 1) if "2025-02-29" in row)
    problems = [
        p for p in check_content(mini_content, schema_dir).problems if "2025-02-29" in p.message
    ]
    assert [p.line for p in problems] == [line]


def test_real_dates_and_leap_days_still_pass(mini_content, schema_dir, good_text):
    import re

    text = re.sub(
        r"(?m)^last_reviewed: .*$",
        "last_reviewed: 2024-02-29",
        good_text.replace("id: gender-sexuality-alliances-op-scholen", "id: schrikkel"),
    )
    (mini_content / "interventions" / "schrikkel.md").write_text(text, encoding="utf-8")
    assert check_content(mini_content, schema_dir).problems == []


def test_symlink_inside_the_content_folder_is_followed(mini_content, schema_dir, good_text):
    import os

    (mini_content / "elders").mkdir()
    target = mini_content / "elders" / "binnen.md"
    target.write_text(
        good_text.replace("id: gender-sexuality-alliances-op-scholen", "id: binnen"),
        encoding="utf-8",
    )
    os.symlink(target, mini_content / "interventions" / "binnen.md")
    content = check_content(mini_content, schema_dir)
    assert content.problems == []
    assert "binnen" in {d.id for d in content.interventions}


def test_content_hash_survives_every_case(mini_content, schema_dir, good_text, monkeypatch):
    """The start-up hash reads only regular, reasonably sized files inside the folder: never
    the 3 GB file, never a link's target outside, never a pipe (which would block)."""
    from kb_app.pipeline import integrity

    before = integrity.content_hash(mini_content, schema_dir)
    for case in CASES:
        if "vocabularies" not in case.shown:
            case.make(mini_content, good_text)
    read = []
    real = integrity.sha256_file
    monkeypatch.setattr(integrity, "sha256_file", lambda path: read.append(path) or real(path))
    assert integrity.content_hash(mini_content, schema_dir) != before
    names = {path.name for path in read}
    assert not names & {"groot.md", "buiten.md", "nul.md", "pijp.md", "lus.md", "een.md"}
    assert "gender-sexuality-alliances-op-scholen.md" in names


def test_checkout_with_broken_content_keeps_the_previous_library(
    mini_content, schema_dir, good_text, tmp_path, monkeypatch
):
    """A source checkout whose content has a broken file: the window keeps using the intact
    library built earlier and the notice lists each problem by file and line."""
    import hashlib

    from kb_app.core.paths import AppPaths
    from kb_app.pipeline import library as library_module
    from kb_app.pipeline.build import build
    from kb_app.pipeline.library import find_library

    shipped = tmp_path / "shipped"
    build(mini_content, schema_dir, shipped)
    before = hashlib.sha256((shipped / "content.sqlite").read_bytes()).hexdigest()
    monkeypatch.setattr(library_module, "shipped_library_dir", lambda: shipped)
    broken = good_text.replace("id: gender-sexuality-alliances-op-scholen", "id: kapot")
    broken = broken.replace("kind: interventie", "kind: [interventie")
    (mini_content / "interventions" / "kapot.md").write_text(broken, encoding="utf-8")
    line = next(n for n, row in enumerate(broken.split("\n"), 1) if "kind: [" in row)
    told = []
    location = find_library(
        AppPaths.from_basedir(tmp_path / "base"), mini_content, schema_dir, on_rebuild=told.append
    )
    assert location.folder == shipped and not location.rebuilt
    [notice] = location.notices
    assert "vorige werkende bibliotheek" in notice
    assert any(
        f"content/interventions/kapot.md:{n}: Ongeldige YAML" in notice for n in (line, line + 1)
    )
    assert hashlib.sha256((shipped / "content.sqlite").read_bytes()).hexdigest() == before


def test_checkout_with_broken_content_and_no_library_raises_the_problems(
    mini_content, schema_dir, tmp_path, monkeypatch
):
    from kb_app.core.paths import AppPaths
    from kb_app.pipeline import library as library_module
    from kb_app.pipeline.library import find_library

    monkeypatch.setattr(library_module, "shipped_library_dir", lambda: tmp_path / "none")
    (mini_content / "interventions" / "x.md").mkdir()
    with pytest.raises(ContentError) as caught:
        find_library(AppPaths.from_basedir(tmp_path / "base"), mini_content, schema_dir)
    assert [p.path for p in caught.value.problems] == ["content/interventions/x.md"]
