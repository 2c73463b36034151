"""AppPaths' one rule order: --basedir > KB_APP_BASEDIR > portable > the platform."""

import sys

import pytest

from kb_app.core import paths as paths_module
from kb_app.core.paths import AppPaths, program_dir


@pytest.fixture
def frozen_at(tmp_path, monkeypatch):
    """Pretend to be a frozen bundle whose executable sits in tmp_path/app."""
    app = tmp_path / "app"
    app.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(app / "wat-werkt"))
    monkeypatch.delenv("KB_APP_BASEDIR", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "xdg"))
    return app


def every_folder(paths):
    return [paths.data, paths.config, paths.cache, paths.logs]


def test_program_dir_is_the_executables_folder_when_frozen(frozen_at):
    assert program_dir() == frozen_at.resolve()


def test_platform_default_without_marker(frozen_at, tmp_path):
    paths = AppPaths.resolve()
    assert paths.data == tmp_path / "home" / "xdg" / "WatWerkt"
    assert not any(frozen_at in p.parents for p in every_folder(paths))


def test_portable_marker_keeps_everything_beside_the_program(frozen_at):
    (frozen_at / "portable.txt").write_text("")
    paths = AppPaths.resolve()
    base = frozen_at.resolve() / "WatWerkt-data"
    assert all(base in p.parents for p in every_folder(paths))
    assert base in paths.installed_library.parents and base in paths.user_db.parents


def test_portable_flag_without_marker(frozen_at):
    assert AppPaths.resolve(portable=True).data == frozen_at.resolve() / "WatWerkt-data" / "data"


def test_environment_wins_over_portable(frozen_at, tmp_path, monkeypatch):
    (frozen_at / "portable.txt").write_text("")
    monkeypatch.setenv("KB_APP_BASEDIR", str(tmp_path / "env"))
    assert AppPaths.resolve(portable=True).data == tmp_path / "env" / "data"


def test_basedir_wins_over_everything(frozen_at, tmp_path, monkeypatch):
    (frozen_at / "portable.txt").write_text("")
    monkeypatch.setenv("KB_APP_BASEDIR", str(tmp_path / "env"))
    assert AppPaths.resolve(tmp_path / "arg", portable=True).data == tmp_path / "arg" / "data"


def test_from_source_the_marker_sits_beside_the_package(monkeypatch):
    monkeypatch.setattr(sys, "frozen", False, raising=False)
    assert program_dir() == paths_module.PACKAGE_DIR.parent


def test_cli_portable_flag(frozen_at, monkeypatch):
    from kb_app import cli

    seen = {}
    monkeypatch.setitem(cli.COMMANDS, "list", lambda args, paths: seen.setdefault("p", paths) and 0)
    cli.main(["--portable", "list"])
    assert seen["p"].data == frozen_at.resolve() / "WatWerkt-data" / "data"
