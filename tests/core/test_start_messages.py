"""The start-up, data-folder, recovery and library-location catalogue: every message in both
languages with the same fields and English without Dutch; the core messages built from it are
English in English and the same Dutch as before; ``library_problem`` takes integrity's own
English instead of recognising Dutch."""

from __future__ import annotations

import re
import sqlite3
import string
from pathlib import Path

import pytest

from kb_app.core.start_messages import MESSAGES, both, say
from kb_app.core.texts import Text, in_language
from kb_app.pipeline.integrity import check_library
from kb_app.store.user import UserDataDamaged, UserDataError, UserStore
from kb_app.store.user_recovery import recover
from tests.packs.english import dutch_words
from tests.store.test_hostile_user_data import damaged_leaf, filled

ROOT = Path(__file__).resolve().parents[2]
# Words of this catalogue's Dutch that tests/packs/english.py does not list (it is the pack
# layer's check); an English sentence has none of them either.
MORE_DUTCH = re.compile(
    r"\b(uw|gegevens|gegevensmap|schijf|plannen|notities|herstellen|bewaard|beschadigd|"
    r"ontbreekt|kan|kon|wordt|zijn|nog|wat|voor|met|op|apart|tabel|veld|leesbaar|niets|"
    r"probleem|problemen|integriteitscontrole)\b",
    re.I,
)


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_has_dutch_and_english_with_the_same_fields(key):
    entry = MESSAGES[key]
    assert set(entry) == {"nl", "en"}, key
    assert entry["nl"].strip() and entry["en"].strip(), key
    assert fields(entry["nl"]) == fields(entry["en"]), key
    english = re.sub(r"\{\w+\}", "", entry["en"]).replace("Wat Werkt", "")  # the name
    assert dutch_words(english) == [] and not MORE_DUTCH.findall(english), entry["en"]


def test_every_message_is_used():
    source = "".join(
        p.read_text(encoding="utf-8")
        for p in (ROOT / "kb_app").rglob("*.py")
        if p.name != "start_messages.py"
    )
    # keys made from a table name: missing-favorites, favorites, ...
    made = {"missing-favorites", "missing-notes", "missing-plans", "favorites", "notes", "plans"}
    unused = [k for k in MESSAGES if f'"{k}"' not in source and k not in made]
    assert unused == []


def test_a_text_is_its_dutch_and_knows_its_english():
    text = both("folder-full", folder="/data/x")
    assert text == MESSAGES["folder-full"]["nl"].format(folder="/data/x")
    assert text.text("en") == say("folder-full", "en", folder="/data/x")
    assert "/data/x" in text.text("en")
    assert in_language(text, "en") == text.en and in_language("gewoon", "en") == "gewoon"
    assert both("folder-unusable", folder="m", reason=both("no-lock-file")).en.endswith(
        "(the lock file cannot be made). Check that the folder (or the disk or USB stick) can "
        "be reached, or start with --basedir FOLDER."
    )


def test_damaged_user_data_is_explained_in_both_languages(tmp_path):
    path = damaged_leaf(tmp_path)
    with pytest.raises(UserDataDamaged) as refused:
        UserStore(path)
    error = refused.value
    assert str(error).startswith(f"Uw gegevens in {path} zijn beschadigd (")
    english = error.text("en")
    assert english.startswith(f"Your data in {path} is damaged (") and "beside it" in english
    assert not dutch_words(english.replace(str(path), "")), english


def test_newer_user_data_is_explained_in_both_languages(tmp_path):
    path = tmp_path / "user.sqlite"
    UserStore(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 99")
    with pytest.raises(UserDataError) as refused:
        UserStore(path)
    assert "schema 99, deze versie kent" in str(refused.value)
    assert "(schema 99, this version knows" in refused.value.text("en")


def test_recovery_report_in_both_languages_the_dutch_as_before(tmp_path):
    path = damaged_leaf(tmp_path)
    report = recover(path)
    message = report.message()
    assert isinstance(message, Text)
    assert message.startswith("Uw gegevens zijn hersteld: ") and "favorieten" in message
    assert message.endswith(f"Het beschadigde bestand is bewaard als {report.backup}.")
    assert message.en.startswith("Your data has been recovered: ") and "favourites" in message.en
    assert "Not (fully) readable: favourites: a part was on damaged places." in message.en
    assert message.en.endswith(f"The damaged file has been kept as {report.backup}.")
    fresh = recover(filled(tmp_path / "ander.sqlite", 1, 1, 1), fresh=True).message()
    assert fresh.en.startswith("Wat Werkt has started afresh with empty data. ")


def test_library_problems_carry_their_english(tmp_path):
    from kb_app.packs.messages import library_problem

    (tmp_path / "leeg").mkdir()
    problem = check_library(tmp_path / "leeg").problem
    assert problem == "manifest.json ontbreekt of is onleesbaar"
    assert library_problem(problem) is problem  # integrity's own pair, no matching of Dutch
    assert library_problem(problem).text("en") == "manifest.json is missing or cannot be read"


def test_set_aside_plans_are_listed_in_both_languages(tmp_path):
    from kb_app.app import plan_problem, set_aside_notice

    path = filled(tmp_path / "user.sqlite", favorites=0, notes=0, plans=1)
    with sqlite3.connect(path) as conn:
        conn.execute("""INSERT INTO plans VALUES ('kapot', 'Wijkplan Oost', '{"id": "kapot",
                     "title": 12}', 'nu', 'nu')""")
    store = UserStore(path, check_plan=plan_problem)
    try:
        notice = set_aside_notice(store)
    finally:
        store.close()
    assert notice == (
        "1 plan kon niet worden gelezen en staat apart; de andere plannen zijn gewoon "
        f"beschikbaar. Het staat nog ongewijzigd in {path}, zodat een beheerder ze kan "
        "herstellen.\n• 'Wijkplan Oost' (kapot): het veld 'title' heeft het verkeerde type"
    )
    assert notice.en == (
        "1 plan could not be read and has been set aside; the other plans are available as "
        f"usual. It is still unchanged in {path}, so that an administrator can repair it.\n"
        "• 'Wijkplan Oost' (kapot): the field 'title' has the wrong type"
    )


def test_a_library_that_cannot_be_read_is_said_in_both_languages(tmp_path):
    from kb_app.core.errors import LibraryUnavailableError
    from kb_app.store.content import ContentReader

    with pytest.raises(LibraryUnavailableError) as gone:
        ContentReader(tmp_path / "content.sqlite")
    assert str(gone.value) == f"De bibliotheek ontbreekt: {tmp_path / 'content.sqlite'}"
    assert gone.value.text("en") == f"The library is missing: {tmp_path / 'content.sqlite'}"
    (tmp_path / "content.sqlite").write_bytes(b"kapot" * 1000)
    with pytest.raises(LibraryUnavailableError) as damaged:
        ContentReader(tmp_path / "content.sqlite")
    assert str(damaged.value).startswith("De bibliotheek is beschadigd en kan niet worden gelezen")
    assert damaged.value.text("en").startswith("The library is damaged and cannot be read (")
