"""The pack layer in both interface languages: every refusal of the hostile corpus, the key-file,
lock, install and rollback errors, the older-pack warning and the change list read as English
sentences in English — with the same file names, counts and versions — while the Dutch stays
exactly what the CLI printed before; and the catalogue itself is complete."""

from __future__ import annotations

import json
import os
import re
import string
from pathlib import Path

import pytest

from kb_app.core.errors import KbError
from kb_app.packs import messages, signing
from kb_app.packs import pack as pack_module
from kb_app.packs.changes import compare
from kb_app.packs.install import (
    _in_use_error,
    describe_roll_back,
    history,
    install_pack,
    older_warning,
    roll_back,
)
from kb_app.packs.lock import acquire_install_lock
from kb_app.packs.messages import MESSAGES, PLURALS
from kb_app.packs.pack import PackError, open_pack
from kb_app.store.user import UserStore
from tests.conftest import ROOT, SCHEMA
from tests.packs.english import dutch_words
from tests.packs.hostile import CORPUS, Keys

REFUSED_NL = "Het bibliotheekpakket slecht.wwpack is geweigerd: {}. Er is niets gewijzigd."
REFUSED_EN = "The library pack slecht.wwpack has been refused: "
# The reason each hostile pack got before the catalogue existed, as the CLI printed it. The
# content check's own problems (after "probleem:"/"problemen:") are validation's, not ours.
DUTCH_REASONS = {
    "30,000 entries claimed": "het bevat te veel bestanden (30000; hooguit 20000)",
    "absolute path": "het bestand '/tmp/ontsnapt.txt' heeft een onveilige naam",
    "broken front matter": "de inhoud is niet in orde (1 probleem: …",
    "bzip2 compression": "pack.sig is op een onbekende manier ingepakt",
    "changed byte": "content/interventions/kiva.md klopt niet met de controlesom in pack.json",
    "compression ratio bomb": "content/principles/nullen.md is verdacht sterk ingepakt (zip-bom)",
    "declared 4 GB": "content/interventions/kiva.md is groter dan 1024 kB",
    "dot-dot path": "het bestand 'content/../../ontsnapt.txt' heeft een onveilige naam",
    "duplicate name": "het bevat een bestandsnaam twee keer",
    "empty file": "het is geen geldig of een onvolledig zip-bestand",
    "forged signature": "de handtekening van Testuitgever klopt niet: het pakket is na het "
    "ondertekenen gewijzigd, of niet door deze uitgever gemaakt",
    "garbage signature": "de handtekening (pack.sig) is onleesbaar",
    "javascript link": "de inhoud is niet in orde (1 probleem: …",
    "missing member": "de bestanden kloppen niet met pack.json (content/interventions/kiva.md)",
    "newer pack format": "het is gemaakt voor een andere versie van Wat Werkt (pakketformaat 99; "
    "deze versie kent 2). Werk het programma bij of vraag om een nieuw pakket",
    "not a zip": "het is geen geldig of een onvolledig zip-bestand",
    "old format with pickled index": "het is niet ondertekend (pack.sig ontbreekt), dus de "
    "herkomst is onbekend",
    "pack.json edited after signing": "de handtekening van Testuitgever klopt niet: het pakket "
    "is na het ondertekenen gewijzigd, of niet door deze uitgever gemaakt",
    "pack.json names another publisher": "pack.json noemt een andere uitgever dan die het heeft "
    "ondertekend",
    "pickle as document": "de inhoud is niet in orde (1 probleem: …",
    "pickle as vocabulary": "de inhoud is niet in orde (99 problemen: …",
    "script tag": "de inhoud is niet in orde (1 probleem: …",
    "signed python file": "het onbekende bestand content/interventions/x.py hoort niet in een "
    "pakket (een pakket bevat alleen inhoud: Markdown en vocabularies.yaml)",
    "signed sqlite database": "het onbekende bestand content/content.sqlite hoort niet in een "
    "pakket (een pakket bevat alleen inhoud: Markdown en vocabularies.yaml)",
    "signed whoosh index": "het onbekende bestand library/index/_MAIN_1.toc hoort niet in een "
    "pakket (een pakket bevat alleen inhoud: Markdown en vocabularies.yaml)",
    "stored html": "de inhoud is niet in orde (1 probleem: …",
    "symlink member": "content/principles/link.md is een koppeling, geen bestand",
    "truncated": "het is geen geldig of een onvolledig zip-bestand",
    "unknown publisher": "het is ondertekend door een onbekende uitgever (vingerafdruk {}). "
    "Vertrouwt u deze uitgever, vraag dan om de publieke sleutel, vergelijk de vingerafdruk met "
    "de uitgever en voeg hem toe met 'kb-app pack trust SLEUTEL.pub'",
    "unlisted member": "de bestanden kloppen niet met pack.json (content/interventions/extra.md)",
    "unsigned": "het is niet ondertekend (pack.sig ontbreekt), dus de herkomst is onbekend",
    "windows drive path": "het bestand 'C:/ontsnapt.txt' heeft een onveilige naam",
    "wrong field type": "de inhoud is niet in orde (2 problemen: …",
    "yaml alias bomb": "de inhoud is niet in orde (content/vocabularies.yaml: het gebruikt "
    "YAML-verwijzingen (& en *), die in inhoud niet horen)",
    "yaml nested 5,000 deep": "de inhoud is niet in orde (content/interventions/kiva.md: de YAML "
    "is dieper genest dan 40 niveaus)",
    "yaml python tag": "de inhoud is niet in orde (content/interventions/kiva.md: het gebruikt "
    "de YAML-tag tag:yaml.org,2002:python/object/apply:os, die in inhoud niet hoort)",
    "zip64": "het gebruikt ZIP64, dat een bibliotheekpakket nooit nodig heeft",
}


def english_of(error: KbError) -> str:
    return error.text("en")


# The content's own values inside a content-check problem (quoted ids and terms, hyphenated
# levels, link schemes) may be Dutch in an English sentence; everything else may not.
CONTENT_NAMES = re.compile(r"'[^']*'|\b\w+(?:-\w+)+\b|\b\w+:ID\b")


def assert_english(error: KbError) -> str:
    text = english_of(error)
    assert text and text != str(error), str(error)
    assert dutch_words(CONTENT_NAMES.sub("", text)) == [], text
    assert "Traceback" not in text and "/base/" not in text
    return text


def placeholders(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field is not None}


# --- the catalogue ----------------------------------------------------------------------------


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_has_dutch_and_english_with_the_same_fields(key):
    entry = MESSAGES[key]
    assert set(entry) == {"nl", "en"}, key
    assert entry["nl"].strip() and entry["en"].strip(), key
    assert placeholders(entry["nl"]) == placeholders(entry["en"]), key
    # Every English sentence is English, whatever its fields hold.
    assert dutch_words(re.sub(r"\{\w+(![rs])?\}", "", entry["en"])) == [], entry["en"]


def test_plural_forms_exist_in_both_languages():
    for forms in PLURALS.values():
        assert set(forms) == {"nl", "en"} and all(len(f) == 2 and all(f) for f in forms.values())
    assert messages.noun(1, "problem").text("en") == "problem"
    assert messages.noun(2, "problem").text("en") == "problems"
    assert messages.noun(1, "problem") == "probleem" and messages.noun(0, "problem") == "problemen"


def test_every_message_is_used_by_the_pack_layer_or_its_window():
    files = [*(ROOT / "kb_app" / "packs").glob("*.py"), ROOT / "kb_app/gui/library_update.py"]
    source = "".join(p.read_text(encoding="utf-8") for p in files if p.name != "messages.py")
    # check_library's problems are recognised by their Dutch (``library_problem``).
    unused = [k for k in MESSAGES if f'"{k}"' not in source and not k.startswith("library-")]
    assert unused == []


# --- every refusal of the hostile corpus ------------------------------------------------------


@pytest.fixture
def keys(signer, stranger):
    return Keys(signer, stranger)


@pytest.mark.parametrize("case", sorted(CORPUS))
def test_each_hostile_pack_is_refused_in_english_and_in_the_same_dutch(
    case, paths, pack_a, keys, tmp_path
):
    make, _ = CORPUS[case]
    bad = make(pack_a, tmp_path / "slecht.wwpack", keys)
    with pytest.raises(PackError) as refused:
        install_pack(bad, paths, None)
    error = refused.value
    dutch = DUTCH_REASONS[case].format(keys.stranger.publisher.shown_fingerprint)
    if dutch.endswith("…"):
        prefix = REFUSED_NL.format(dutch[:-1]).split(dutch[:-1])[0] + dutch[:-1]
        assert str(error).startswith(prefix) and str(error).endswith(REFUSED_NL[-24:])
    else:
        assert str(error) == REFUSED_NL.format(dutch)
    assert error.text("nl") == str(error)
    english = assert_english(error)
    assert english.startswith(REFUSED_EN) and english.endswith(". Nothing has been changed.")
    # The same values in both languages: file names, counts, limits and versions.
    for value in re.findall(r"[\w./:-]+\.(?:md|yaml|json|sig|txt|py|sqlite|toc)|\d+", dutch):
        assert value in english, value


def test_the_problem_count_reads_right_in_both_languages(paths, pack_a, keys, tmp_path):
    for case, dutch, english in (
        ("script tag", "(1 probleem: ", "(1 problem: "),
        ("wrong field type", "(2 problemen: ", "(2 problems: "),
        ("pickle as vocabulary", "; en nog 91)", "; and 91 more)"),
    ):
        bad = CORPUS[case][0](pack_a, tmp_path / f"{case}.wwpack", keys)
        with pytest.raises(PackError) as refused:
            install_pack(bad, paths, None)
        assert dutch in str(refused.value) and english in refused.value.text("en")


# --- the other ways the pack layer says no ------------------------------------------------------


def refusal(action) -> KbError:
    with pytest.raises(KbError) as refused:
        action()
    return refused.value


def test_files_that_are_no_pack_are_refused_in_english(tmp_path, trusted, pack_a, monkeypatch):
    missing = refusal(lambda: open_pack(tmp_path / "weg.wwpack", trusted))
    assert str(missing) == (
        "Het bibliotheekpakket weg.wwpack is geweigerd: het bestand bestaat niet. Er is niets "
        "gewijzigd."
    )
    assert assert_english(missing) == (
        "The library pack weg.wwpack has been refused: the file does not exist. Nothing has "
        "been changed."
    )
    (tmp_path / "map.wwpack").mkdir()
    folder = refusal(lambda: open_pack(tmp_path / "map.wwpack", trusted))
    assert "geen gewoon bestand (maar een map, apparaat of pijp)" in str(folder)
    assert "not an ordinary file (but a folder, a device or a pipe)" in assert_english(folder)
    monkeypatch.setattr(pack_module, "MAX_UNPACKED_BYTES", 2 * 1024 * 1024)
    monkeypatch.setattr(pack_module, "MAX_FILE_BYTES", 4 * 1024 * 1024)
    (tmp_path / "groot.md").write_bytes(os.urandom(3 * 1024 * 1024))
    big = _pack_with_member(pack_a, tmp_path, "content/principles/groot.md")
    unpacked = refusal(lambda: open_pack(big, trusted))
    assert "uitgepakt zou het 3 MB zijn (hooguit 2 MB)" in str(unpacked)
    assert "unpacked it would be 3 MB (at most 2 MB)" in assert_english(unpacked)
    monkeypatch.setattr(pack_module, "MAX_PACK_BYTES", 1024 * 1024)
    too_big = refusal(lambda: open_pack(big, trusted))
    assert "het bestand is groter dan 1 MB" in str(too_big)
    assert "the file is larger than 1 MB" in assert_english(too_big)


def _pack_with_member(pack_a, tmp_path, name):
    import zipfile

    out = tmp_path / "groot.wwpack"
    with zipfile.ZipFile(pack_a) as source, zipfile.ZipFile(out, "w") as target:
        for member in source.namelist():
            target.writestr(member, source.read(member))
        target.writestr(name, (tmp_path / "groot.md").read_bytes())  # stored: ratio 1
    return out


def test_install_and_rollback_errors_in_english(paths, pack_a, pack_b, monkeypatch):
    nothing = refusal(lambda: roll_back(paths))
    assert str(nothing).startswith("Er is geen vorige bibliotheek om naar terug te gaan")
    assert assert_english(nothing) == (
        "There is no previous library to go back to; nothing has been changed."
    )
    install_pack(pack_a, paths, None)
    twice = refusal(lambda: install_pack(pack_a, paths, None))
    assert str(twice) == "Bibliotheek A uit a.wwpack is al in gebruik; er is niets gewijzigd."
    assert assert_english(twice) == (
        "Library A from a.wwpack is already in use; nothing has been changed."
    )
    with acquire_install_lock(paths):
        busy = refusal(lambda: install_pack(pack_b, paths, None))
    assert str(busy).startswith("Er wordt al een bibliotheek geïnstalleerd of teruggezet")
    assert assert_english(busy).startswith("A library is already being installed or restored")
    install_pack(pack_b, paths, paths.installed_library)
    (history(paths)[-1] / "content.sqlite").write_bytes(b"kapot")
    damaged = refusal(lambda: roll_back(paths))
    assert str(damaged).startswith("De vorige bibliotheek is beschadigd (")
    assert assert_english(damaged).startswith("The previous library is damaged (")
    swap = _in_use_error(PermissionError(13, "Permission denied"))
    assert str(swap).startswith("De bibliotheek kon niet worden gewisseld (Permission denied).")
    assert assert_english(swap) == (
        "The library could not be swapped (Permission denied). Close Wat Werkt everywhere and "
        "try again; nothing has been changed."
    )


def test_content_that_cannot_be_checked_is_refused_in_english(paths, pack_a, monkeypatch):
    from kb_app.core import paths as paths_module
    from kb_app.pipeline import validate as validate_module

    def broken(*args, **kwargs):
        raise TypeError("onvoorzien")

    monkeypatch.setattr(validate_module, "validate", broken)
    unchecked = refusal(lambda: install_pack(pack_a, paths, None))
    assert "de inhoud is niet in orde en kon niet volledig worden gecontroleerd (TypeError)" in (
        str(unchecked)
    )
    assert "could not be checked completely (TypeError)" in assert_english(unchecked)
    monkeypatch.undo()
    monkeypatch.setattr(paths_module, "schema_dir", lambda: Path("/bestaat/niet"))
    no_schemas = refusal(lambda: install_pack(pack_a, paths, None))
    assert str(no_schemas).startswith("De schema's om de inhoud mee te controleren ontbreken")
    assert assert_english(no_schemas).startswith("The schemas to check the content against")


def test_key_files_and_trust_are_explained_in_english(tmp_path, signer, paths, monkeypatch):
    cases = []
    cases.append(refusal(lambda: signing.load_public_key(tmp_path / "weg.pub")))
    (tmp_path / "groot.pub").write_bytes(b"x" * 5000)
    cases.append(refusal(lambda: signing.load_public_key(tmp_path / "groot.pub")))
    (tmp_path / "rommel.pub").write_bytes(b"\xff\xfe")
    cases.append(refusal(lambda: signing.load_public_key(tmp_path / "rommel.pub")))
    (tmp_path / "ander.pub").write_text('{"kind": "iets"}', encoding="utf-8")
    cases.append(refusal(lambda: signing.load_public_key(tmp_path / "ander.pub")))
    keys = tmp_path / "sleutels"
    keys.mkdir()
    secret, _, _ = signing.generate_keypair(keys, "Gemeente Voorbeeld")
    cases.append(refusal(lambda: signing.load_public_key(secret)))
    cases.append(refusal(lambda: signing.generate_keypair(keys, "Nog een")))
    cases.append(refusal(lambda: signing.generate_keypair(keys, "")))
    cases.append(refusal(lambda: signing.generate_keypair(tmp_path / "nergens", "X")))
    cases.append(refusal(lambda: signing._write_new(secret, {}, 0o600)))
    cases.append(refusal(lambda: signing._write_new(tmp_path / "nergens" / "a.key", {}, 0o600)))
    (tmp_path / "ander.key").write_text('{"kind": "iets"}', encoding="utf-8")
    os.chmod(tmp_path / "ander.key", 0o600)
    cases.append(refusal(lambda: signing.load_private_key(tmp_path / "ander.key")))
    os.chmod(secret, 0o644)
    cases.append(refusal(lambda: signing.load_private_key(secret)))
    (paths.data / signing.TRUSTED_FILE).write_text("kapot", encoding="utf-8")
    cases.append(refusal(lambda: signing.trusted_publishers(paths)))
    monkeypatch.setattr(signing, "SHIPPED_KEY", "bestaat-niet.pub")
    cases.append(refusal(lambda: signing.shipped_publisher()))
    english = [assert_english(error) for error in cases]
    assert english[0] == "The key file weg.pub does not exist."
    assert english[1] == "groot.pub is too large for a key file."
    assert english[2] == "rommel.pub is not a Wat Werkt key file."
    assert english[3] == "ander.pub is not a valid public key of a publisher."
    assert english[4].startswith("uitgever.key is a private key. Give the public key (.pub)")
    assert "a key is never overwritten. Choose another folder." in english[5]
    assert english[6] == "Give the publisher a name of 1 to 100 characters."
    assert english[7].endswith("does not exist; nothing has been written.")
    assert english[8] == "uitgever.key already exists; a key is never overwritten."
    assert english[9].startswith("a.key cannot be written (")
    assert english[10] == "ander.key is not a valid private key of a publisher."
    assert "(chmod 600 uitgever.key) and try again; nothing has been signed." in english[11]
    assert english[12].startswith(f"The list of trusted publishers ({signing.TRUSTED_FILE} in")
    assert english[13].startswith("The key of the Wat Werkt publisher is missing or damaged")
    assert str(cases[0]) == "Het sleutelbestand weg.pub bestaat niet."
    assert str(cases[11]).startswith("De geheime sleutel uitgever.key is leesbaar voor anderen.")


# --- what the update dialog and the rollback question show ------------------------------------


@pytest.fixture
def user(paths):
    store = UserStore(paths.user_db)
    store.add_favorite("buurtcirkel", "Buurtcirkel")
    store.save_plan(
        "p1", {"title": "Plan Oost", "items": [{"id": "i1", "intervention_id": "kiva"}]}
    )
    yield store
    store.close()


def test_the_change_list_in_english_with_counts_titles_and_levels(paths, pack_a, pack_b, user):
    install_pack(pack_a, paths, None)
    changes = install_pack(pack_b, paths, paths.installed_library, user).changes
    assert changes.lines("en") == [
        "New (1):",
        "  + Home-Start (home-start)",
        "Removed (1):",
        "  - Buurtcirkel (buurtcirkel)",
        "Different title (1):",
        "  ~ Kanjertraining → Kanjertraining 2.0 (kanjertraining)",
        "Different evidence level (1):",
        "  * KiVa: Effective: strong indications → Effective: good indications",
        "Your favourites and plan items this affects (2):",
        "  ! Buurtcirkel in favourites: removed from the library",
        "  ! kiva in plan 'Plan Oost': evidence level changed",
    ]
    assert changes.lines()[-2:] == [
        "  ! Buurtcirkel in favorieten: verwijderd uit de bibliotheek",
        "  ! kiva in plan 'Plan Oost': bewijsniveau gewijzigd",
    ]
    same = compare(paths.installed_library, paths.installed_library)
    assert same.lines("en") == ["No differences in the interventions."]


def test_older_pack_warning_and_rollback_question_in_english(
    paths, pack_a, content_a, signer, tmp_path
):
    import datetime as dt

    from kb_app.packs.pack import build_pack

    old = build_pack(
        content_a,
        SCHEMA,
        tmp_path / "oud.wwpack",
        signer,
        "A-2020",
        built_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC),
    )
    install_pack(pack_a, paths, None)
    info = open_pack(old, signing.trusted_publishers(paths))
    made = json.loads((paths.installed_library / "herkomst.json").read_text())["pack_built_at"]
    warning = older_warning(info, paths, "en")
    assert warning == (
        f"Note: this pack was made on 2020-01-01 and is older than the library in use (made on "
        f"{made[:10]}). Install it only if you mean to go back to an older version."
    )
    assert older_warning(info, paths).startswith("Let op: dit pakket is gemaakt op 2020-01-01")
    assert dutch_words(warning) == []
    question = describe_roll_back(paths, "en")
    assert question == (
        "Back to the library shipped with the app. In use now is library A from Testuitgever "
        "(3 interventions); it will be removed."
    )
    assert describe_roll_back(paths) == (
        "Terug naar de meegeleverde bibliotheek. Nu in gebruik is bibliotheek A van "
        "Testuitgever (3 interventies); die wordt verwijderd."
    )
    roll_back(paths)
    assert describe_roll_back(paths, "en") == (
        "There is no previous library: you are using the library shipped with the app."
    )


def test_why_a_library_is_unusable_is_said_in_english_too(tmp_path):
    from kb_app.packs.messages import library_problem
    from kb_app.pipeline.integrity import check_library

    (tmp_path / "leeg").mkdir()
    for folder, english in (
        (tmp_path / "weg", "the folder is missing"),
        (tmp_path / "leeg", "manifest.json is missing or cannot be read"),
    ):
        problem = check_library(folder).problem
        assert library_problem(problem) == problem  # the Dutch itself, unchanged
        assert library_problem(problem).text("en") == english
    assert library_problem("iets nieuws").text("en") == "iets nieuws"  # unknown: as it is
