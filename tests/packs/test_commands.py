"""``kb-app pack build|install|rollback``: what a beheerder types, and what they read back."""

import pytest

from kb_app import cli
from kb_app.pipeline import library as library_module


@pytest.fixture
def run(built_library, monkeypatch, capsys):
    # The session's real library stands in for the shipped one, so nothing is rebuilt.
    monkeypatch.setattr(library_module, "shipped_library_dir", lambda: built_library)

    def invoke(*args):
        code = cli.main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def test_build_install_rollback(run, content_a, tmp_path, isolated_home):
    pack = tmp_path / "update.wwpack"
    code, out, _ = run("pack", "build", "--out", str(pack), "--content", str(content_a),
                       "--library-version", "2026.2")
    assert code == 0 and pack.is_file() and "Bibliotheekpakket gemaakt" in out

    code, out, err = run("pack", "install", str(pack))
    assert code == 0, err
    assert "Bibliotheek 2026.2 geïnstalleerd (3 interventies)" in out
    assert "Verwijderd (" in out and "  - Buurtcirkel" not in out  # buurtcirkel stays
    code, out, _ = run("search", "kanjertraining", "--json")
    assert code == 0 and '"total": 1' in out  # the small installed library is in use now

    code, out, err = run("pack", "rollback")
    assert code == 0, err
    assert "Nieuw (" in out and "Teruggezet" in out
    code, out, _ = run("list", "--json")
    assert out.count('"id"') > 3  # the shipped library again


def test_refused_pack_exits_1_with_reason(run, tmp_path):
    bad = tmp_path / "kapot.wwpack"
    bad.write_bytes(b"geen zip")
    code, _, err = run("pack", "install", str(bad))
    assert code == 1 and "geweigerd" in err and "Er is niets gewijzigd" in err
    assert "Traceback" not in err


def test_rollback_without_previous(run):
    code, _, err = run("pack", "rollback")
    assert code == 1 and "geen vorige bibliotheek" in err


def test_build_needs_the_pack_extension(run, tmp_path):
    code, _, err = run("pack", "build", "--out", str(tmp_path / "x.zip"))
    assert code == 1 and ".wwpack" in err
