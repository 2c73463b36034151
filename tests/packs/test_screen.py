"""Screening a pack's content before validation: YAML that could hurt the reader is named."""

from __future__ import annotations

from kb_app.packs.screen import screen_content, yaml_problem


def test_yaml_with_references_tags_or_deep_nesting_is_refused():
    assert yaml_problem("a: 1\nb: [x, y]\nc: {d: 2020-01-01}\n") is None
    assert "verwijzingen" in (yaml_problem("a: &x 1\nb: *x\n") or "")
    assert "YAML-tag tag:yaml.org,2002:python/object" in (
        yaml_problem("a: !!python/object:x y") or ""
    )
    assert "dieper genest" in (yaml_problem("a: " + "[" * 100 + "]" * 100) or "")
    assert yaml_problem("a: [unclosed\n") is None  # a syntax error is validation's to report


def test_screen_names_each_refused_file_and_reads_markdown_front_matter_only(tmp_path):
    content = tmp_path / "content"
    (content / "interventions").mkdir(parents=True)
    (content / "vocabularies.yaml").write_text("a: &x 1\nb: *x\n", encoding="utf-8")
    (content / "interventions" / "goed.md").write_text(
        "---\nid: goed\n---\nTekst met &x en *x in de body.\n", encoding="utf-8"
    )
    (content / "interventions" / "slecht.md").write_text(
        "\ufeff---\r\nid: !!python/name:os.system\r\n---\r\n", encoding="utf-8"
    )
    (content / "interventions" / "kapot.md").write_bytes(b"---\nid: \xff\n---\n")
    (content / "notities.txt").write_text("a: &x 1\nb: *x\n", encoding="utf-8")
    found = screen_content(content)
    assert [line.split(":")[0] for line in found] == [
        "content/interventions/slecht.md",
        "content/vocabularies.yaml",
    ]
