"""The desktop bundle: ``build/package.py`` makes ``wat-werkt/`` under budget and the bundle's own
``--self-test`` passes with a bare environment (no Python, no display, no locale). Slow: about a
minute; ``.ci/run`` installs the ``package`` extra and runs it."""

import subprocess
import sys

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    pytest.importorskip(
        "PyInstaller",
        reason="PyInstaller is not installed: pip install -e '.[package]' to build the bundle",
    )
    dist = tmp_path_factory.mktemp("dist")
    done = subprocess.run(
        [sys.executable, str(ROOT / "build" / "package.py"), "--dist", str(dist)],
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "MB (budget 130 MB)" in done.stdout
    return dist / "wat-werkt"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="CI builds the Linux bundle")
def test_bundle_self_test_in_a_bare_environment(bundle, tmp_path):
    exe = bundle / "wat-werkt"
    assert exe.is_file() and not (bundle / "_internal" / "PyInstaller").exists()
    env = {"HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [str(exe), "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Zelftest geslaagd." in done.stdout and "OK    export" in done.stdout
    assert not (tmp_path / "home").exists() or not any((tmp_path / "home").rglob("*.sqlite"))


def test_bundle_is_trimmed(bundle):
    internal = bundle / "_internal"
    plugins = internal / "PySide6" / "Qt" / "plugins"
    assert (plugins / "platforms").is_dir()
    assert {p.name for p in plugins.iterdir()} <= {
        "platforms",
        "platformthemes",
        "platforminputcontexts",
        "wayland-shell-integration",
        "wayland-decoration-client",
        "wayland-graphics-integration-client",
        "xcbglintegrations",
        "styles",
        "iconengines",
        "imageformats",
    }
    names = {p.name for p in internal.rglob("*")}
    assert not any(
        n.startswith(("libQt6Network", "libQt6Qml", "libQt6Quick", "libQt6Pdf")) for n in names
    )
    translations = {p.name for p in (internal / "PySide6" / "Qt" / "translations").iterdir()}
    assert translations and all(n.endswith(("_nl.qm", "_en.qm")) for n in translations)
    assert (internal / "kb_app" / "data" / "library" / "checksums.json").is_file()
