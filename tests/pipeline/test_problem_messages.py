"""The content check's problems in both languages: every catalogue entry has Dutch and English
with the same fields and English without Dutch; a folder full of broken files yields problems
that each carry an English sentence, while the Dutch (``str()``, what ``kb-app validate`` prints)
stays exactly as before."""

from __future__ import annotations

import os
import re
import string
from pathlib import Path

import pytest

from kb_app.core.errors import ContentError, Problem
from kb_app.pipeline.library import content_problems_notice
from kb_app.pipeline.problem_messages import KINDS, PROBLEMS
from kb_app.pipeline.validate import check_content
from tests.packs.english import dutch_words

ROOT = Path(__file__).resolve().parents[2]
# Dutch words of the content check that tests/packs/english.py does not list.
MORE_DUTCH = re.compile(
    r"\b(ontbreekt|leeg|ongeldige|sectie|woordenlijst|onbekende?|moet|zijn|staat|dubbel|"
    r"voeg|noem|pagina|bron|oordeel|datum|niveau|tekst|lijst|link naar|gebruik|niveaus|"
    r"verkeerde|hoort|bij|naar|wordt|kan|afbeeldingen|symbolische|gewoon)\b",
    re.I,
)
# Names that stay as they are in English: quoted values, hyphenated ids and levels
# ("geen-erkenning-gevonden"), link schemes ("principe:ID") and the YYYY date hint.
NAMES = re.compile(r"'[^']*'|\b\w+(?:-\w+)+\b|\b\w+:ID\b|\([^)]*\.(?:md|yaml)[^)]*\)")


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def english_problems(text: str) -> list[str]:
    bare = NAMES.sub("", text)
    return dutch_words(bare) + MORE_DUTCH.findall(bare)


@pytest.mark.parametrize("key", sorted(PROBLEMS))
def test_every_problem_has_dutch_and_english_with_the_same_fields(key):
    entry = PROBLEMS[key]
    assert set(entry) == {"nl", "en"}, key
    assert entry["nl"].strip() and entry["en"].strip(), key
    assert fields(entry["nl"]) == fields(entry["en"]), key
    english = re.sub(r"\{[^}]*\}", "", entry["en"])
    assert english_problems(english) == [], entry["en"]


def test_every_problem_key_is_used():
    source = "".join(
        p.read_text(encoding="utf-8") for p in (ROOT / "kb_app" / "pipeline").glob("*.py")
    )
    unused = [k for k in PROBLEMS if f'"{k}"' not in source.replace("PROBLEMS", "")]
    # Every key appears at least once outside the catalogue itself.
    counts = {k: source.count(f'"{k}"') for k in unused}
    assert all(n >= 2 for n in counts.values()), counts


def test_kinds_are_said_in_both_languages():
    for text in KINDS.values():
        assert text.en and text.en != str(text) and english_problems(text.en) == []


def write(content: Path, name: str, data: bytes | str) -> None:
    path = content / "interventions" / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)


def broken_folder(content: Path, good_text: str) -> None:
    """Many kinds of broken file next to the good one."""
    other = good_text.replace("id: gender-sexuality-alliances-op-scholen", "id: {}")
    write(content, "leeg.md", b"")
    write(content, "geen-front.md", b"geen front matter\n")
    write(content, "open.md", b"---\nid: x\n")
    write(content, "utf.md", b"---\nid: \xff\xfe\n---\n")
    write(content, "lijst.md", b"---\n- a\n- b\n---\n")
    write(content, "groot.md", b"x" * 5_000_000)
    write(content, "yaml.md", other.format("y").replace("kind: interventie", "kind: [interv"))
    write(
        content,
        "velden.md",
        other.format("v")
        .replace("themes: [discriminatie, inclusie, weerbaarheid]", "themes: [racismus]")
        .replace("title: Gender", "title: 12\ntitle_typo: Gender")
        .replace("## Aanpak", "## Werkwijze")
        .replace("## Eigenaar en contact\n", "## Eigenaar en contact\n\n## Extra\n")
        .replace(
            "principles: [contact-onder-voorwaarden, vooroordelen-verminderen]",
            "principles: [bestaat-niet]",
        )
        + "\n<script>x</script>\n\n[klik](javascript:alert(1))\n\nZie [dit](interventie:ook-niet)."
        + "\n\n![plaatje](https://example.org/a.png)\n",
    )
    write(content, "kopie.md", good_text)
    write(
        content,
        "bron.md",
        other.format("b").replace(
            "  source: https://interventies.loketgezondleven.nl/leefstijlinterventies/"
            "interventies-zoeken/1402960\n",
            "",
        ),
    )
    (content / "interventions" / "map.md").mkdir()
    os.symlink("/etc/hostname", content / "interventions" / "buiten.md")
    os.symlink("lus.md", content / "interventions" / "lus.md")


def test_a_broken_folder_has_every_problem_in_english(mini_content, schema_dir, good_text):
    broken_folder(mini_content, good_text)
    problems = check_content(mini_content, schema_dir).problems
    assert len(problems) >= 18
    # Only a schema problem (jsonschema's own English after the field name) reads the same.
    assert sum(p.text("en") != str(p) for p in problems) >= len(problems) - 3
    for problem in problems:
        assert problem.english, str(problem)
        english = problem.text("en")
        assert english_problems(english.split(": ", 1)[1]) == [], english
        assert (
            str(problem)
            == problem.text("nl")
            == f"{problem.path}"
            + (f":{problem.line}" if problem.line else "")
            + f": {problem.message}"
        )


def test_the_dutch_of_problems_is_as_before(mini_content, schema_dir, good_text):
    broken_folder(mini_content, good_text)
    said = {str(p) for p in check_content(mini_content, schema_dir).problems}
    for expected in (
        "content/interventions/leeg.md:1: Bestand is leeg.",
        "content/interventions/open.md:1: Front matter wordt niet afgesloten met een regel '---'.",
        "content/interventions/groot.md: Bestand is te groot (5,000,000 bytes; maximaal "
        "1,000,000). Splits de tekst of kort hem in.",
        "content/interventions/map.md: Dit is een map, geen gewoon bestand. Geef het een andere "
        "naam of haal het uit de inhoudsmap.",
        "content/interventions/lus.md: Symbolische link die naar zichzelf terugverwijst (een "
        "lus). Verwijder de link of laat hem naar een bestaand bestand in de inhoudsmap wijzen.",
    ):
        assert expected in said, sorted(said)


def test_problems_sort_and_compare_on_the_dutch_alone():
    a = Problem("a.md", 1, "x", english="y")
    assert a == Problem("a.md", 1, "x") and hash(a) == hash(Problem("a.md", 1, "x", "z"))
    assert sorted([Problem("b.md", 0, "a", "z"), a]) == [a, Problem("b.md", 0, "a")]


def test_the_content_notice_lists_the_problems_in_english(mini_content, schema_dir, good_text):
    broken_folder(mini_content, good_text)
    error = ContentError(check_content(mini_content, schema_dir).problems)
    notice = content_problems_notice(error, fallback=True)
    assert "Bestand is leeg." in str(notice) and "Bestand is leeg." not in notice.en
    assert "content/interventions/leeg.md:1: File is empty." in notice.en


def assert_both(problems: list[Problem]) -> None:
    assert problems
    for problem in problems:
        english = problem.text("en")
        # Only jsonschema's own (English) message reads the same in both languages.
        assert problem.english, str(problem)
        assert english != str(problem) or not english_problems(problem.message), str(problem)
        assert english_problems(english.split(": ", 1)[1]) == [], english


def test_evidence_problems_are_in_english(mini_content, schema_dir, good_text):
    source = (
        "https://interventies.loketgezondleven.nl/leefstijlinterventies/interventies-zoeken/1402960"
    )
    block = good_text[good_text.index("evidence:\n") : good_text.index("owner:")]
    for name, text in (
        ("a", good_text.replace(source, "https://www.loketgezondleven.nl/en/node/1951")),
        ("b", good_text.replace("  date: 2020-02-13\n", '  date: "2027"\n')),
        ("c", good_text.replace("  date: 2020-02-13\n", "").replace("  checked: 2026-11-30\n", "")),
        ("d", good_text.replace(block, "evidence:\n  level: geen-erkenning-gevonden\n")),
    ):
        text = text.replace("id: gender-sexuality-alliances-op-scholen", f"id: {name}")
        write(mini_content, f"{name}.md", text)
    problems = check_content(mini_content, schema_dir).problems
    said = {p.message.split(":")[0].split(" ")[0] for p in problems}
    assert {"evidence.source", "evidence.date", "evidence.checked", "evidence.note"} <= said
    assert_both(problems)


def test_vocabulary_and_indicator_problems_are_in_english(mini_content, schema_dir):
    from kb_app.pipeline.indicator_check import good_indicators

    data = {
        "conditions": [{"id": "sociale-cohesie"}],
        "themes": [{"id": "inclusie"}],
        "target_groups": [],
        "indicators": [
            7,
            {"id": "a", "label": "A", "synonyms": 3},
            {"id": "b", "label": "B", "condition": "onbekend", "direction": "omhoog"},
            {"id": "c", "label": "C", "condition": "sociale-cohesie", "themes": ["x"]},
            {"id": "d", "label": "D", "condition": "sociale-cohesie", "synonyms": ["c"]},
        ],
    }
    problems: list[Problem] = []
    good_indicators(data, "vocabularies.yaml", problems)
    assert len(problems) >= 6
    assert_both(problems)
    assert "'direction' must be hoger-is-beter or hoger-is-slechter." in problems[3].english
    vocabulary = mini_content / "vocabularies.yaml"
    text = vocabulary.read_text(encoding="utf-8")
    vocabulary.write_text(text.replace("themes:", "themes:\n  - {id: x}\n  - {label: y}", 1))
    found = [p for p in check_content(mini_content, schema_dir).problems if p.path.endswith("yaml")]
    assert_both(found)
    vocabulary.write_text("- alleen\n- een lijst\n", encoding="utf-8")
    found = [p for p in check_content(mini_content, schema_dir).problems if p.path.endswith("yaml")]
    assert_both(found)


def test_the_content_error_counts_in_both_languages():
    one = ContentError([Problem("a.md", 1, "x", english="y")])
    assert str(one) == "De inhoud bevat 1 probleem."
    assert one.text("en") == "The content has 1 problem."
    two = ContentError([Problem("a.md", 1, "x"), Problem("b.md", 0, "z")])
    assert two.text("en") == "The content has 2 problems."
