"""Every object in ``kb_app/gui/`` keeps its own state (issue 16): no attribute is set on
another object from outside its class, and no private name (``_x``) of another object, class or
module is used. A collaborator is passed in or declared, and asked through its public methods.

The check reads the source (AST), so a reach-in fails here the day it is written. Only ``self``
and ``cls`` count as the object itself; anything else (``window.x = ...``, ``self.tabs.x = ...``,
``panel._plan``, ``from m import _f``, ``setattr(other, ...)``) is a finding, unless it is on
the commented allow-list below.
"""

from __future__ import annotations

import ast
from pathlib import Path

GUI = Path(__file__).resolve().parent.parent / "kb_app" / "gui"
OWN = ("self", "cls")

# (file, expression): what is legitimately set or read on another object, and why.
ALLOWED = {
    # Qt API: a QStyleOption is a plain record that the delegate fills in for the style to draw.
    ("result_delegate.py", "text_option.text"),
    # Python's hook for uncaught exceptions: the start-up installs its Dutch message there.
    ("startup.py", "sys.excepthook"),
    # ctypes: the reference count of a CPython singleton is raised through its memory view.
    ("refcounts.py", "ctypes.c_ssize_t.from_address(id(singleton)).value"),
    # QUndoCommand.mergeWith (Qt API) merges another command of the same class into this one.
    ("plan_autosave.py", "other._key"),
    ("plan_autosave.py", "other._after"),
    # PyInstaller's documented attribute: the folder a frozen app unpacks its files into.
    ("language.py", "getattr(sys, '_MEIPASS', None)"),
}


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _own(node: ast.expr) -> bool:
    return isinstance(node, ast.Name) and node.id in OWN


def _targets(node: ast.AST) -> list[ast.expr]:
    """The simple targets an assignment (or a for loop, or a with) stores into."""
    if isinstance(node, ast.Assign):
        pending = list(node.targets)
    elif isinstance(node, ast.AugAssign | ast.AnnAssign | ast.For):
        pending = [node.target]
    elif isinstance(node, ast.withitem) and node.optional_vars is not None:
        pending = [node.optional_vars]
    else:
        return []
    found = []
    while pending:
        target = pending.pop()
        if isinstance(target, ast.Tuple | ast.List):
            pending.extend(target.elts)
        elif isinstance(target, ast.Starred):
            pending.append(target.value)
        else:
            found.append(target)
    return found


def _call(node: ast.Call) -> str | None:
    """``setattr``/``delattr`` on another object, or ``getattr`` of a private name."""
    if not (isinstance(node.func, ast.Name) and node.args) or _own(node.args[0]):
        return None
    name = node.args[1] if len(node.args) > 1 else None
    if node.func.id in ("setattr", "delattr"):
        return f"sets {ast.unparse(node)}"
    private = isinstance(name, ast.Constant) and isinstance(name.value, str)
    if node.func.id == "getattr" and private and _private(name.value):
        return f"uses {ast.unparse(node)}"
    return None


def reach_ins(source: str) -> list[str]:
    """``line: what`` for each reach-in in ``source``."""
    tree = ast.parse(source)
    found, stored = [], set()
    for node in ast.walk(tree):
        for target in _targets(node):
            if isinstance(target, ast.Attribute) and not _own(target.value):
                found.append((target.lineno, f"sets {ast.unparse(target)}"))
                stored.add(id(target))
    for node in ast.walk(tree):
        what = None
        if isinstance(node, ast.Attribute) and id(node) not in stored:
            if _private(node.attr) and not _own(node.value):
                what = f"uses {ast.unparse(node)}"
        elif isinstance(node, ast.ImportFrom):
            names = [a.name for a in node.names if _private(a.name)]
            what = f"imports {node.module}.{names[0]}" if names else None
        elif isinstance(node, ast.Call):
            what = _call(node)
        if what:
            found.append((node.lineno, what))
    return [f"{line}: {what}" for line, what in sorted(found, key=lambda pair: pair[0])]


def test_the_check_finds_each_kind_of_reach_in():
    source = """
window._sizes = window.splitter.sizes()
self.tabs.visible = True
window.width, self.height = 1, 2
panel._refresh()
from kb_app.gui.panes import _fit
setattr(window, "built", True)
getattr(window, "_closed")
self.x = self._y
cls._cache = {}
"""
    assert [line.split(": ", 1)[1] for line in reach_ins(source)] == [
        "sets window._sizes",
        "sets self.tabs.visible",
        "sets window.width",
        "uses panel._refresh",
        "imports kb_app.gui.panes._fit",
        "sets setattr(window, 'built', True)",
        "uses getattr(window, '_closed')",
    ]


def test_no_gui_module_reaches_into_another_object():
    found = []
    for path in sorted(GUI.rglob("*.py")):
        for line in reach_ins(path.read_text(encoding="utf-8")):
            what = line.split(" ", 2)[2]
            if (path.name, what) not in ALLOWED:
                found.append(f"{path.relative_to(GUI.parent.parent)}:{line}")
    assert found == []


def test_every_allowed_reach_in_still_exists():
    """An entry whose code is gone is removed from the list, so the list stays short."""
    seen = set()
    for path in sorted(GUI.rglob("*.py")):
        for line in reach_ins(path.read_text(encoding="utf-8")):
            seen.add((path.name, line.split(" ", 2)[2]))
    assert ALLOWED - seen == set()
