"""Installing packs: the change report, the atomic swap, the history that rollback steps down
exactly one library at a time, and the install lock — with the user's favourites and plans
reported, never changed."""

import json
import subprocess
import sys
import textwrap

import pytest

from kb_app.core.errors import KbError
from kb_app.packs.install import (
    can_roll_back,
    describe_roll_back,
    history,
    install_pack,
    roll_back,
    stage_pack,
)
from kb_app.pipeline.integrity import check_library
from kb_app.store.user import UserStore
from tests.conftest import SCHEMA


def version(folder):
    return json.loads((folder / "manifest.json").read_text())["library_version"]


@pytest.fixture
def user(paths):
    store = UserStore(paths.user_db)
    store.add_favorite("buurtcirkel", "Buurtcirkel")
    store.add_favorite("kanjertraining", "Kanjertraining")
    store.save_plan(
        "p1",
        {
            "title": "Plan Oost",
            "items": [
                {"id": "i1", "intervention_id": "kiva", "title": "KiVa"},
                {"id": "i2", "intervention_id": None, "title": "Wijkontbijt"},
            ],
        },
    )
    yield store
    store.close()


def test_first_install_rebuilds_locally_and_reports_everything_new(paths, pack_a):
    result = install_pack(pack_a, paths, None)
    assert [i for i, _ in result.changes.added] == ["buurtcirkel", "kanjertraining", "kiva"]
    assert result.changes.removed == () and result.changes.evidence == ()
    assert check_library(paths.installed_library).ok
    assert version(paths.installed_library) == "A"
    assert history(paths) == []  # the shipped library was in use before
    # Built here from the Markdown: the pack itself never held a database or an index.
    assert (paths.installed_library / "index").is_dir()


def test_update_lists_changes_and_affected_user_items(paths, pack_a, pack_b, user):
    install_pack(pack_a, paths, None)
    result = install_pack(pack_b, paths, paths.installed_library, user)
    changes = result.changes
    assert changes.added == (("home-start", "Home-Start"),)
    assert [i for i, _ in changes.removed] == ["buurtcirkel"]
    assert [(c.id, c.before, c.after) for c in changes.evidence] == [
        ("kiva", "effectief-sterke-aanwijzingen", "effectief-goede-aanwijzingen")
    ]
    assert [(c.id, c.before, c.after) for c in changes.retitled] == [
        ("kanjertraining", "Kanjertraining", "Kanjertraining 2.0")
    ]
    affected = {(a.intervention_id, a.where, a.why) for a in changes.affected}
    assert affected == {
        ("buurtcirkel", "favorieten", "verwijderd uit de bibliotheek"),
        ("kiva", "plan 'Plan Oost'", "bewijsniveau gewijzigd"),
    }
    text = "\n".join(changes.lines())
    assert "Nieuw (1):" in text and "Verwijderd (1):" in text
    assert "Andere titel (1):\n  ~ Kanjertraining → Kanjertraining 2.0 (kanjertraining)" in text
    assert "Effectief volgens sterke aanwijzingen → Effectief volgens goede aanwijzingen" in text
    assert version(paths.installed_library) == "B" and version(history(paths)[-1]) == "A"
    # Reported, never changed: the user's own data still holds the removed intervention.
    assert [f.intervention_id for f in user.favorites()] == ["buurtcirkel", "kanjertraining"]


def test_rollback_goes_back_exactly_one_step_never_toggles(paths, pack_a, pack_b):
    install_pack(pack_a, paths, None)
    install_pack(pack_b, paths, paths.installed_library)
    assert describe_roll_back(paths) == (
        "Terug naar bibliotheek A van Testuitgever (3 interventies). Nu in gebruik is "
        "bibliotheek B van Testuitgever (3 interventies); die wordt verwijderd."
    )
    roll_back(paths)
    assert version(paths.installed_library) == "A"
    assert describe_roll_back(paths).startswith(
        "Terug naar de meegeleverde bibliotheek. Nu in gebruik is bibliotheek A"
    )
    roll_back(paths)  # a second step goes further back, never forward to B again
    assert not paths.installed_library.exists() and history(paths) == []
    assert not can_roll_back(paths)
    with pytest.raises(KbError, match="geen vorige bibliotheek"):
        roll_back(paths)


def test_installing_the_same_pack_twice_keeps_the_way_back(paths, pack_a):
    install_pack(pack_a, paths, None)
    with pytest.raises(KbError, match="al in gebruik; er is niets gewijzigd"):
        install_pack(pack_a, paths, paths.installed_library)
    assert history(paths) == []
    roll_back(paths)
    assert not paths.installed_library.exists()  # back at the shipped library


def test_reinstalling_an_older_pack_is_one_more_step(paths, pack_a, pack_b):
    for pack in (pack_a, pack_b, pack_a):
        install_pack(pack, paths, None)
    assert [version(p) for p in history(paths)] == ["A", "B"]
    for expected in ("B", "A"):
        roll_back(paths)
        assert version(paths.installed_library) == expected


def test_an_old_previous_folder_becomes_the_newest_step(paths, pack_a, pack_b):
    install_pack(pack_a, paths, None)
    install_pack(pack_b, paths, paths.installed_library)
    history(paths)[-1].rename(paths.previous_library)  # how an older version kept it
    assert describe_roll_back(paths).startswith("Terug naar bibliotheek A")
    roll_back(paths)
    assert version(paths.installed_library) == "A" and not paths.previous_library.exists()


def test_rollback_refuses_a_damaged_previous_library(paths, pack_a, pack_b):
    install_pack(pack_a, paths, None)
    install_pack(pack_b, paths, paths.installed_library)
    (history(paths)[-1] / "content.sqlite").write_bytes(b"kapot")
    with pytest.raises(KbError, match="vorige bibliotheek is beschadigd") as refused:
        roll_back(paths)
    assert str(paths.data) not in str(refused.value)
    assert version(paths.installed_library) == "B"


def test_second_install_while_one_is_staged_is_refused(paths, pack_a, pack_b):
    staged = stage_pack(pack_a, paths)
    try:
        with pytest.raises(KbError, match="Er wordt al een bibliotheek geïnstalleerd"):
            install_pack(pack_b, paths, None)
        with pytest.raises(KbError, match="Er wordt al een bibliotheek geïnstalleerd"):
            roll_back(paths)
        assert staged.folder.is_dir()  # the first install's scratch folder was left alone
    finally:
        staged.discard()
    assert not staged.folder.exists()
    install_pack(pack_b, paths, None)  # the lock is free again


def test_install_from_another_process_gets_a_dutch_message(paths, pack_a, tmp_path):
    """A second ``kb-app pack install`` while another process installs: a message, exit 1, no
    traceback and no scratch folder left behind."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import sys
            from kb_app.core.paths import AppPaths
            from kb_app.packs.lock import acquire_install_lock
            lock = acquire_install_lock(AppPaths.from_basedir({str(tmp_path / "base")!r}))
            print("vast", flush=True)
            sys.stdin.readline()
        """),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "vast"
        run = subprocess.run(
            [
                sys.executable,
                "-m",
                "kb_app",
                "--basedir",
                str(tmp_path / "base"),
                "pack",
                "install",
                str(pack_a),
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        holder.communicate("\n", timeout=30)
    assert run.returncode == 1
    assert "Er wordt al een bibliotheek geïnstalleerd" in run.stderr
    assert "Traceback" not in run.stderr
    leftovers = [p.name for p in paths.installed_library.parent.iterdir()]
    assert leftovers == [".installeren.lock"]


def test_an_older_pack_of_the_same_publisher_is_installed_only_with_a_warning(
    paths, pack_a, pack_b, content_a, signer, tmp_path
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
    assert install_pack(pack_a, paths, None).warning is None
    assert install_pack(pack_b, paths, None).warning is None
    result = install_pack(old, paths, None)
    assert result.warning.startswith(
        "Let op: dit pakket is gemaakt op 2020-01-01 en is ouder dan de bibliotheek in gebruik"
    )
