"""The evidence contract: a judgement names a stable source, a date and "nagekeken op", the date
is not later than the check, and a term without a judgement says where we searched or why the
system does not judge it. Each test starts from one good file and breaks exactly one rule."""

import pytest

from kb_app.pipeline.evidence_rules import is_rotating
from kb_app.pipeline.validate import check_content

SOURCE = (
    "https://interventies.loketgezondleven.nl/leefstijlinterventies/interventies-zoeken/1402960"
)


def messages(content, schema_dir, text):
    text = text.replace("id: gender-sexuality-alliances-op-scholen", "id: f")
    (content / "interventions" / "f.md").write_text(text, encoding="utf-8")
    return [
        p.message
        for p in check_content(content, schema_dir).problems
        if p.path == "content/interventions/f.md"
    ]


def test_the_good_file_keeps_every_rule(mini_content, schema_dir, good_text):
    assert messages(mini_content, schema_dir, good_text) == []


def test_a_judgement_needs_nagekeken_op(mini_content, schema_dir, good_text):
    found = messages(mini_content, schema_dir, good_text.replace("  checked: 2026-11-30\n", ""))
    assert any("checked" in m for m in found), found


def test_a_judgement_needs_a_date(mini_content, schema_dir, good_text):
    found = messages(mini_content, schema_dir, good_text.replace("  date: 2020-02-13\n", ""))
    assert any("evidence.date ontbreekt" in m for m in found), found


def test_a_missing_date_is_allowed_only_when_the_note_says_no_page_gives_it(
    mini_content, schema_dir, good_text
):
    text = good_text.replace("  date: 2020-02-13\n", "").replace(
        "op scholen; in 2020 opnieuw beoordeeld.",
        "op scholen. Geen gevonden pagina noemt de datum van het oordeel.",
    )
    assert messages(mini_content, schema_dir, text) == []


def test_the_judgement_cannot_postdate_the_check(mini_content, schema_dir, good_text):
    found = messages(
        mini_content, schema_dir, good_text.replace("  date: 2020-02-13\n", '  date: "2027"\n')
    )
    assert any("ligt na evidence.checked" in m for m in found), found


def test_a_partial_date_in_the_checked_month_is_not_later(mini_content, schema_dir, good_text):
    text = good_text.replace("  date: 2020-02-13\n", "  date: 2026-11\n")
    assert messages(mini_content, schema_dir, text) == []


def test_a_rotating_list_is_no_stable_source(mini_content, schema_dir, good_text):
    rotating = "https://www.loketgezondleven.nl/en/node/1951"
    found = messages(mini_content, schema_dir, good_text.replace(SOURCE, rotating))
    assert any("wisselende lijst" in m for m in found), found


@pytest.mark.parametrize(
    ("url", "rotating"),
    [
        ("https://www.loketgezondleven.nl/en/node/1951", True),
        ("https://www.example.nl/recent-erkende-interventies", True),
        ("https://www.nji.nl/nieuws/", True),
        ("https://www.movisie.nl/interventies?page=3", True),
        (SOURCE, False),
        ("https://www.nji.nl/nieuws/kiva-opnieuw-erkend", False),
    ],
)
def test_rotating_pages(url, rotating):
    assert is_rotating(url) is rotating


def test_niet_erkend_is_a_judgement_too(mini_content, schema_dir, good_text):
    text = good_text.replace("level: goed-onderbouwd", "level: niet-erkend").replace(
        "  checked: 2026-11-30\n", ""
    )
    assert any("checked" in m for m in messages(mini_content, schema_dir, text))


@pytest.mark.parametrize("level", ["geen-erkenning-gevonden", "buiten-erkenningssysteem"])
def test_an_unjudged_term_needs_its_note(mini_content, schema_dir, good_text, level):
    block = good_text[good_text.index("evidence:\n") : good_text.index("owner:")]
    text = good_text.replace(block, f"evidence:\n  level: {level}\n  checked: 2026-11-30\n")
    found = messages(mini_content, schema_dir, text)
    assert any(f"evidence.note ontbreekt bij {level}" in m for m in found), found
    with_note = text.replace(
        "  checked: 2026-11-30\n",
        "  checked: 2026-11-30\n  note: Gezocht in de databanken van NJi.\n",
    )
    assert messages(mini_content, schema_dir, with_note) == []


def test_claims_and_ratings_cite_a_listed_page(mini_content, schema_dir, good_text):
    extra = (
        "  provider_claim:\n    text: De aanbieder noemt de aanpak bewezen effectief.\n"
        "    source: https://aanbieder.example/claim\n"
        "  ratings:\n    - clearinghouse: Blueprints\n      rating: Promising\n"
        '      date: "2019"\n      source: https://blueprints.example/p\n'
    )
    text = good_text.replace("  checked: 2026-11-30\n", "  checked: 2026-11-30\n" + extra)
    found = messages(mini_content, schema_dir, text)
    assert any("provider_claim" in m and "aanbieder.example" in m for m in found), found
    assert any("ratings" in m and "blueprints.example" in m for m in found), found


def test_an_unknown_clearinghouse_is_refused(mini_content, schema_dir, good_text):
    extra = (
        "  ratings:\n    - clearinghouse: Eigen Oordeel\n      rating: Top\n"
        f'      date: "2019"\n      source: {SOURCE}\n'
    )
    text = good_text.replace("  checked: 2026-11-30\n", "  checked: 2026-11-30\n" + extra)
    assert any("ratings" in m for m in messages(mini_content, schema_dir, text))


def test_niet_beoordeeld_cites_the_databank_listing(mini_content, schema_dir, good_text):
    block = good_text[good_text.index("evidence:\n") : good_text.index("owner:")]
    text = good_text.replace(block, "evidence:\n  level: niet-beoordeeld\n  checked: 2026-11-30\n")
    found = messages(mini_content, schema_dir, text)
    assert any("ontbreekt bij niet-beoordeeld" in m for m in found), found
    listed = text.replace("  checked: 2026-11-30\n", f"  checked: 2026-11-30\n  source: {SOURCE}\n")
    assert messages(mini_content, schema_dir, listed) == []
