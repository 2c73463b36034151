"""STYLE rule 1 and the offline promise, for every module the package has (found by walking the
tree, so a new module is checked the day it is added):

- nothing below ``gui/`` imports Qt, neither at module level (checked in a fresh interpreter)
  nor inside a function (checked in the source);
- no module imports a networking library;
- only ``search/`` talks to Whoosh.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "kb_app"
# The GUI and the composition root may use Qt; ``__main__`` runs the app when imported.
QT_ALLOWED = ("kb_app.gui", "kb_app.app", "kb_app.__main__")
QT = ("PySide6", "shiboken6")
NETWORK = (
    "socket",
    "ssl",
    "urllib",
    "http",
    "requests",
    "ftplib",
    "smtplib",
    "xmlrpc",
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
)


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}
BELOW_GUI = sorted(name for name in MODULES if not name.startswith(QT_ALLOWED))


def _imports(path: Path) -> list[str]:
    """Every module an ``import`` statement names, at any depth of the file."""
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.append(node.module)
    return names


def _is(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == prefix or name.startswith(prefix + ".") for prefix in prefixes)


def test_the_walk_finds_every_layer():
    # Guards the tests below against passing on an empty list.
    for package in ("core", "pipeline", "store", "search", "plans", "export", "packs"):
        assert f"kb_app.{package}" in BELOW_GUI
    assert "kb_app.cli" in BELOW_GUI and "kb_app.gui.main_window" not in BELOW_GUI


def test_non_gui_modules_do_not_load_qt():
    code = (
        "import sys\n"
        + "".join(f"import {name}\n" for name in BELOW_GUI)
        + (
            "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken')))\n"
            "print(','.join(loaded))\n"
        )
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == ""


def test_non_gui_modules_do_not_import_qt_even_inside_a_function():
    offenders = {name: [i for i in _imports(MODULES[name]) if _is(i, QT)] for name in BELOW_GUI}
    assert {name: found for name, found in offenders.items() if found} == {}


def test_no_module_imports_a_networking_library():
    offenders = {
        name: [i for i in _imports(path) if _is(i, NETWORK)] for name, path in MODULES.items()
    }
    assert {name: found for name, found in offenders.items() if found} == {}


def test_only_search_package_imports_whoosh():
    offenders = [
        name
        for name, path in MODULES.items()
        if not name.startswith("kb_app.search") and any(_is(i, ("whoosh",)) for i in _imports(path))
    ]
    assert offenders == []
