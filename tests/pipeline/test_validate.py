"""Validation collects every problem, each with file and line, and never raises on bad content."""

import pytest

from kb_app.core.errors import ContentError
from kb_app.pipeline.validate import check_content, validate


def write(content, name, text):
    path = content / "interventions" / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return f"content/interventions/{name}"


def problems_for(content, schema_dir, shown):
    return [p for p in check_content(content, schema_dir).problems if p.path == shown]


def line_of(text, needle):
    return next(n for n, line in enumerate(text.split("\n"), 1) if needle in line)


def test_real_library_is_valid(schema_dir):
    from tests.conftest import CONTENT

    content = validate(CONTENT, schema_dir)
    assert len(content.interventions) >= 100
    assert len(content.principles) >= 12


def test_good_file_has_no_problems(mini_content, schema_dir):
    assert check_content(mini_content, schema_dir).problems == []


def test_invalid_yaml_names_the_line(mini_content, schema_dir, good_text):
    broken = good_text.replace("kind: interventie", "kind: [interventie")
    shown = write(mini_content, "a.md", broken.replace("id: gender", "id: a-gender"))
    problems = problems_for(mini_content, schema_dir, shown)
    assert len(problems) == 1 and "YAML" in problems[0].message
    assert abs(problems[0].line - line_of(broken, "kind: [interventie")) <= 1


def test_wrong_type_and_unknown_term_are_both_reported(mini_content, schema_dir, good_text):
    text = (
        good_text.replace("id: gender-sexuality-alliances-op-scholen", "id: b")
        .replace(
            "themes: [discriminatie, inclusie, weerbaarheid]", "themes: [discriminatie, racismus]"
        )
        .replace("title: Gender", "title: 12\ntitle_typo: Gender")
    )
    shown = write(mini_content, "b.md", text)
    messages = [(p.line, p.message) for p in problems_for(mini_content, schema_dir, shown)]
    assert any("racismus" in m and line == line_of(text, "themes:") for line, m in messages)
    assert any("title_typo" in m for _, m in messages)


def test_duplicate_ids_name_both_files(mini_content, schema_dir, good_text):
    write(mini_content, "copy.md", good_text)
    problems = [p for p in check_content(mini_content, schema_dir).problems if "id '" in p.message]
    assert len(problems) == 1
    named = {problems[0].path.rsplit("/", 1)[1], problems[0].message.rsplit("/", 1)[1][:-1]}
    assert named == {"copy.md", "gender-sexuality-alliances-op-scholen.md"}
    assert problems[0].line == line_of(good_text, "id:")


def test_missing_and_empty_sections(mini_content, schema_dir, good_text):
    text = good_text.replace("id: gender-sexuality-alliances-op-scholen", "id: c")
    text = text.replace("## Aanpak", "## Werkwijze").replace(
        "## Eigenaar en contact\n", "## Eigenaar en contact\n\n## Extra\n"
    )
    shown = write(mini_content, "c.md", text)
    messages = [p.message for p in problems_for(mini_content, schema_dir, shown)]
    assert any("'## Aanpak' ontbreekt" in m for m in messages)
    assert any("'## Eigenaar en contact' is leeg" in m for m in messages)


def test_raw_html_and_unsafe_links(mini_content, schema_dir, good_text):
    text = good_text.replace("id: gender-sexuality-alliances-op-scholen", "id: d") + (
        "\n<script>alert(1)</script>\n\n[klik](javascript:alert(1))\n"
    )
    shown = write(mini_content, "d.md", text)
    problems = problems_for(mini_content, schema_dir, shown)
    assert any("HTML" in p.message and p.line == line_of(text, "<script>") for p in problems)
    assert any("javascript:" in p.message and p.line == line_of(text, "[klik]") for p in problems)


def test_broken_internal_links(mini_content, schema_dir, good_text):
    text = (
        good_text.replace("id: gender-sexuality-alliances-op-scholen", "id: e").replace(
            "principles: [contact-onder-voorwaarden, vooroordelen-verminderen]",
            "principles: [bestaat-niet]",
        )
        + "\nZie [dit](interventie:ook-niet).\n"
    )
    shown = write(mini_content, "e.md", text)
    messages = [p.message for p in problems_for(mini_content, schema_dir, shown)]
    assert any("bestaat-niet" in m for m in messages)
    assert any("ook-niet" in m for m in messages)


def test_stated_level_needs_a_listed_source(mini_content, schema_dir, good_text):
    text = good_text.replace("id: gender-sexuality-alliances-op-scholen", "id: f").replace(
        "  source: https://interventies.loketgezondleven.nl/leefstijlinterventies/"
        "interventies-zoeken/1402960\n",
        "",
    )
    shown = write(mini_content, "f.md", text)
    assert any(
        "evidence.source ontbreekt" in p.message
        for p in problems_for(mini_content, schema_dir, shown)
    )


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"", "leeg"),
        (b"geen front matter\n", "Front matter ontbreekt"),
        (b"---\nid: x\n", "niet afgesloten"),
        (b"---\nid: \xff\xfe\n---\n", "UTF-8"),
        (b"---\n- a\n- b\n---\n", "velden"),
        (b"x" * 5_000_000, "te groot"),
    ],
)
def test_unreadable_files(mini_content, schema_dir, raw, expected):
    shown = write(mini_content, "g.md", raw)
    problems = problems_for(mini_content, schema_dir, shown)
    assert len(problems) == 1 and expected in problems[0].message


def test_every_problem_is_collected_before_failing(mini_content, schema_dir, good_text):
    write(mini_content, "h1.md", b"")
    write(
        mini_content,
        "h2.md",
        good_text.replace("id: gender-sexuality-alliances-op-scholen", "id: h2").replace(
            "kind: interventie", "kind: spel"
        ),
    )
    with pytest.raises(ContentError) as caught:
        validate(mini_content, schema_dir)
    paths = {p.path for p in caught.value.problems}
    assert paths == {"content/interventions/h1.md", "content/interventions/h2.md"}
    assert caught.value.problems == sorted(caught.value.problems)


def test_malformed_indicators_are_reported_not_fatal():
    from kb_app.core.errors import Problem
    from kb_app.pipeline.indicator_check import good_indicators

    data = {
        "conditions": [{"id": "sociale-cohesie"}],
        "themes": [{"id": "inclusie"}],
        "target_groups": [],
        "indicators": [
            7,
            {"id": "a", "label": "A", "synonyms": 3},
            {"id": "b", "label": "B", "condition": "onbekend", "direction": "hoger-is-beter"},
            {
                "id": "c",
                "label": "C",
                "condition": "sociale-cohesie",
                "direction": "hoger-is-beter",
                "synonyms": ["b"],
            },
            {
                "id": "d",
                "label": "D",
                "condition": "sociale-cohesie",
                "direction": "hoger-is-slechter",
                "synonyms": ["c"],
            },
        ],
    }
    problems: list[Problem] = []
    assert [i["id"] for i in good_indicators(data, "vocabularies.yaml", problems)] == ["c"]
    assert [p.message for p in problems] == [
        "Indicator zonder id of label in 'indicators'.",
        "Indicator 'a': veld 'synonyms' heeft het verkeerde type (tekst, of een lijst van "
        "teksten).",
        "Indicator 'b': onbekende voorwaarde 'onbekend'.",
        "Indicator 'd': de naam 'c' hoort al bij 'c'.",
    ]
