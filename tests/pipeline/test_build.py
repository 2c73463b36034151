"""The build: atomic, deterministic, and leaves the previous library alone when content is bad."""

import json
import sqlite3

import pytest

from kb_app.core.errors import ContentError
from kb_app.pipeline.build import build, content_hash


def rows(db_path):
    with sqlite3.connect(db_path) as conn:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
        ]
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}


def manifest(folder):
    data = json.loads((folder / "manifest.json").read_text())
    data.pop("built_at")
    return data


def test_build_is_deterministic(mini_content, schema_dir, tmp_path):
    first = build(mini_content, schema_dir, tmp_path / "one").out_dir
    second = build(mini_content, schema_dir, tmp_path / "two").out_dir
    assert rows(first / "content.sqlite") == rows(second / "content.sqlite")
    assert manifest(first) == manifest(second)
    assert (first / "content.sqlite").read_bytes() == (second / "content.sqlite").read_bytes()


def test_manifest_describes_the_build(mini_content, schema_dir, tmp_path):
    out = build(mini_content, schema_dir, tmp_path / "lib").out_dir
    data = json.loads((out / "manifest.json").read_text())
    assert data["counts"] == {"interventions": 1, "principles": 15}
    assert data["content_hash"] == content_hash(mini_content, schema_dir)
    assert data["schema_versions"]["intervention"] == 1
    assert "built_at" in data


def test_content_hash_changes_with_content(mini_content, schema_dir):
    before = content_hash(mini_content, schema_dir)
    path = next((mini_content / "interventions").glob("*.md"))
    path.write_text(path.read_text() + "\nNog een zin.\n")
    assert content_hash(mini_content, schema_dir) != before


def test_failed_build_leaves_previous_library_untouched(mini_content, schema_dir, tmp_path):
    out = build(mini_content, schema_dir, tmp_path / "lib").out_dir
    snapshot = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    (mini_content / "interventions" / "kapot.md").write_text("---\nid: [\n---\n")
    with pytest.raises(ContentError):
        build(mini_content, schema_dir, out)
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == snapshot
    assert [p.name for p in out.parent.iterdir() if p.name.startswith(".")] == []  # no scratch


def test_rebuild_replaces_the_library(mini_content, schema_dir, tmp_path, good_text):
    out = build(mini_content, schema_dir, tmp_path / "lib").out_dir
    extra = good_text.replace("id: gender-sexuality-alliances-op-scholen", "id: tweede")
    (mini_content / "interventions" / "tweede.md").write_text(extra)
    build(mini_content, schema_dir, out)
    assert json.loads((out / "manifest.json").read_text())["counts"]["interventions"] == 2
