"""Reading one content file: front matter and body apart, every problem at the line to look at,
and the YAML and file reader strict enough for files from outside."""

from __future__ import annotations

import os

import pytest
import yaml

from kb_app.pipeline import frontmatter
from kb_app.pipeline.frontmatter import (
    impossible_date,
    load_yaml,
    read_bytes_safely,
    read_source,
)

GOOD = """---
id: buurtkamer
date: 2020-02-13
year: 2022
evidence:
  level: goed-beschreven
  note: "level: elders"
themes: [eenzaamheid, armoede]
owner: Stichting Buurt
sources:
  - title: Een bron
    url: https://bron.example
---
## Doel

Tekst.
"""


def read(text: str | bytes) -> tuple[frontmatter.SourceFile, list[str]]:
    problems: list = []
    raw = text.encode("utf-8") if isinstance(text, str) else text
    source = read_source("interventions/x.md", raw, problems)
    return source, [f"{p.line}: {p.message}" for p in problems]


def test_a_good_file_splits_into_plain_meta_and_a_body_with_its_line():
    source, problems = read("\ufeff" + GOOD.replace("\n", "\r\n"))
    assert problems == []
    assert source.meta is not None
    assert source.meta["date"] == "2020-02-13" and source.meta["year"] == "2022"  # ISO strings
    assert source.meta["sources"] == [{"title": "Een bron", "url": "https://bron.example"}]
    assert source.body.startswith("## Doel") and source.body_line == 14
    assert GOOD.split("\n")[source.body_line - 1] == "## Doel"


def test_front_matter_keys_and_values_map_back_to_their_line():
    source, _ = read(GOOD)
    assert source.line_of("evidence", "level") == 6  # not the "level:" inside the note
    assert source.line_of("themes", value="armoede") == 8
    assert source.line_of("sources", 0, "url") == 10  # a list index stops at the list
    assert source.line_of("evidence", "missing") == 5  # the deepest key that exists
    assert source.line_of("evidence", "owner") == 5  # a top-level key is not evidence's
    assert read("")[0].line_of("id") == 1  # nothing to point at: the first line


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"", "1: Bestand is leeg."),
        (b"id: x\n", "1: Front matter ontbreekt"),
        (b"---\nid: x\n", "1: Front matter wordt niet afgesloten"),
        (b"---\nid: x\nthemes: [a\n---\n", "3: Ongeldige YAML"),  # the themes line
        (b"---\n- a\n- b\n---\n", "2: De front matter moet bestaan uit velden"),
        (b"---\nid: x\n---\n\nA \xff\n", "5: Bestand is geen geldige UTF-8-tekst (byte 17)"),
        (b"---\ndate: 2026-13-45\n---\n", "2: Ongeldige YAML: '2026-13-45' is geen bestaande"),
    ],
)
def test_each_broken_file_gets_one_problem_at_its_line(raw, expected):
    source, problems = read(raw)
    assert len(problems) == 1 and problems[0].startswith(expected), problems
    assert source.meta is None


def test_a_file_over_the_size_limit_is_not_parsed(monkeypatch):
    monkeypatch.setattr(frontmatter, "MAX_FILE_BYTES", 100)
    source, problems = read(GOOD)
    assert source.meta is None and "Bestand is te groot" in problems[0]


def test_yaml_anchors_aliases_and_deep_nesting_are_refused():
    with pytest.raises(yaml.YAMLError, match="ankers en aliassen"):
        load_yaml("a: &x [1, 2]\nb: *x\n")
    with pytest.raises(yaml.YAMLError, match="te diep genest"):
        load_yaml("a: " + "[" * 40 + "]" * 40)
    assert load_yaml("a: " + "[" * 20 + "]" * 20)["a"] == [[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]


def test_impossible_dates_are_told_apart_from_text_and_real_dates():
    assert impossible_date("2026-13-01") and impossible_date("2023-02-29")
    assert impossible_date("2020-00")
    assert not impossible_date("2024-02-29") and not impossible_date("2020-04")
    assert not impossible_date("binnenkort") and not impossible_date("2020")


def test_only_regular_files_inside_the_content_folder_are_read(tmp_path):
    root = tmp_path / "content"
    root.mkdir()
    (root / "goed.md").write_text("tekst", encoding="utf-8")
    outside = tmp_path / "geheim.txt"
    outside.write_text("geheim", encoding="utf-8")
    (root / "naar-buiten.md").symlink_to(outside)
    (root / "lus.md").symlink_to(root / "lus.md")
    (root / "map.md").mkdir()
    os.mkfifo(root / "pijp.md")

    def attempt(name: str) -> tuple[bytes | None, list[str]]:
        problems: list = []
        data = read_bytes_safely(root / name, root, name, problems)
        return data, [p.message for p in problems]

    assert attempt("goed.md") == (b"tekst", [])
    for name, reason in (
        ("naar-buiten.md", "Symbolische link naar buiten de inhoudsmap"),
        ("lus.md", "een lus"),
        ("map.md", "Dit is een map"),
        ("pijp.md", "een pijp of apparaat"),
        ("ontbreekt.md", "Bestand kan niet worden gelezen"),
    ):
        data, problems = attempt(name)
        assert data is None and len(problems) == 1 and reason in problems[0], (name, problems)
