"""``kb-app pack keygen|build|trust|install|rollback``: what a beheerder types, and what they
read back."""

import os
import stat

import pytest

from kb_app import cli
from kb_app.pipeline import library as library_module


@pytest.fixture
def run(built_library, monkeypatch, capsys):
    # The session's real library stands in for the shipped one, so nothing is rebuilt.
    monkeypatch.setattr(library_module, "shipped_library_dir", lambda: built_library)

    def invoke(*args, answer=None):
        if answer is not None:
            monkeypatch.setattr("builtins.input", lambda prompt: answer)
        code = cli.main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


@pytest.fixture
def keys(tmp_path, run):
    folder = tmp_path / "sleutels"
    folder.mkdir()
    code, out, err = run("pack", "keygen", "--out", str(folder), "--name", "Gemeente Test")
    assert code == 0, err
    return folder / "uitgever.key", folder / "uitgever.pub", out


def test_keygen_writes_a_private_key_for_the_owner_only_and_never_overwrites(keys, run):
    secret, _, out = keys
    assert stat.S_IMODE(os.stat(secret).st_mode) == 0o600
    assert "vingerafdruk:" in out and "Gemeente Test" in out
    before = secret.read_bytes()
    code, _, err = run("pack", "keygen", "--out", str(secret.parent))
    assert code == 1 and "wordt nooit overschreven" in err
    assert secret.read_bytes() == before


def test_build_trust_install_rollback(run, keys, content_a, tmp_path, isolated_home):
    secret, public, keygen_out = keys
    pack = tmp_path / "update.wwpack"
    code, out, err = run(
        "pack",
        "build",
        "--key",
        str(secret),
        "--out",
        str(pack),
        "--content",
        str(content_a),
        "--library-version",
        "2026.2",
    )
    assert code == 0, err
    assert pack.is_file() and "ondertekend door Gemeente Test" in out

    code, _, err = run("pack", "install", str(pack))
    assert code == 1 and "onbekende uitgever" in err and "kb-app pack trust" in err

    code, out, _ = run("pack", "trust", str(public), answer="nee")
    assert code == 1 and "Niet vertrouwd" in out
    fingerprint = keygen_out.split("vingerafdruk: ")[1].strip()
    assert f"Vingerafdruk: {fingerprint}" in out  # shown before the question
    code, out, _ = run("pack", "trust", str(public), answer="ja")
    assert code == 0 and "Gemeente Test wordt nu vertrouwd" in out

    code, out, err = run("pack", "install", str(pack))
    assert code == 0, err
    assert "Bibliotheek 2026.2 van Gemeente Test geïnstalleerd (3 interventies)" in out
    assert "[3/3] Bibliotheek en zoekindex opbouwen" in err
    code, out, _ = run("search", "kanjertraining", "--json")
    assert code == 0 and '"total": 1' in out  # the small installed library is in use now

    code, out, err = run("pack", "rollback")
    assert code == 0, err
    assert (
        "Teruggezet: bibliotheek 2026.2 van Gemeente Test (3 interventies) is verwijderd; "
        "nu in gebruik is de meegeleverde bibliotheek."
    ) in out
    assert str(isolated_home) not in out + err  # no internal paths
    code, out, _ = run("list", "--json")
    assert out.count('"id"') > 3  # the shipped library again
    code, _, err = run("pack", "rollback")
    assert code == 1 and "geen vorige bibliotheek" in err  # one step, never a toggle


def test_trust_with_yes_still_shows_the_fingerprint(run, keys):
    _, public, keygen_out = keys
    code, out, _ = run("pack", "trust", str(public), "--yes")
    fingerprint = keygen_out.split("vingerafdruk: ")[1].strip()
    assert code == 0 and f"Vingerafdruk: {fingerprint}" in out
    code, out, _ = run("pack", "trust", str(public), "--yes")
    assert code == 0 and "al vertrouwd" in out


def test_trust_refuses_a_private_key_and_garbage(run, keys, tmp_path):
    secret, _, _ = keys
    code, _, err = run("pack", "trust", str(secret), "--yes")
    assert code == 1 and "geheime sleutel" in err
    junk = tmp_path / "rommel.pub"
    junk.write_bytes(b"\x00\xff" * 10)
    code, _, err = run("pack", "trust", str(junk), "--yes")
    assert code == 1 and "geen sleutelbestand" in err and "Traceback" not in err
    code, _, err = run("pack", "trust", "/dev/zero", "--yes")
    assert code == 1 and "geen gewoon bestand" in err
    fifo = tmp_path / "pijp.pub"
    os.mkfifo(fifo)  # nobody writes: reading would wait forever
    code, _, err = run("pack", "trust", str(fifo), "--yes")
    assert code == 1 and "geen gewoon bestand" in err


def test_the_project_key_ships_with_the_app_and_is_always_trusted(tmp_path):
    from kb_app.core.paths import AppPaths
    from kb_app.packs.signing import shipped_publisher, trusted_publishers

    publisher = shipped_publisher()
    assert len(publisher.key) == 32 and publisher.name == "Wat Werkt (project)"
    assert publisher.fingerprint in trusted_publishers(AppPaths.from_basedir(tmp_path))


def test_build_refuses_a_key_others_can_read(run, keys, content_a, tmp_path):
    secret, _, _ = keys
    secret.chmod(0o644)
    code, _, err = run(
        "pack",
        "build",
        "--key",
        str(secret),
        "--out",
        str(tmp_path / "x.wwpack"),
        "--content",
        str(content_a),
    )
    assert code == 1 and "chmod 600" in err and not (tmp_path / "x.wwpack").exists()


def test_refused_pack_exits_1_with_reason(run, tmp_path):
    bad = tmp_path / "kapot.wwpack"
    bad.write_bytes(b"geen zip")
    code, _, err = run("pack", "install", str(bad))
    assert code == 1 and "geweigerd" in err and "Er is niets gewijzigd" in err
    assert "Traceback" not in err
    code, _, err = run("pack", "install", "/dev/zero")
    assert code == 1 and "geen gewoon bestand" in err


def test_rollback_without_previous(run):
    code, _, err = run("pack", "rollback")
    assert code == 1 and "geen vorige bibliotheek" in err


def test_build_needs_the_pack_extension_and_a_key(run, tmp_path):
    code, _, err = run("pack", "build", "--key", "k", "--out", str(tmp_path / "x.zip"))
    assert code == 1 and ".wwpack" in err
    with pytest.raises(SystemExit):
        run("pack", "build", "--out", str(tmp_path / "x.wwpack"))  # --key is required
