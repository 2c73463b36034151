"""STYLE rule 1: nothing below gui/ imports Qt. Imported in a fresh interpreter to be sure."""

import subprocess
import sys

NON_GUI = [
    "kb_app", "kb_app.core.model", "kb_app.core.paths", "kb_app.core.errors",
    "kb_app.pipeline.build", "kb_app.pipeline.validate", "kb_app.pipeline.library",
    "kb_app.store.content", "kb_app.search.service", "kb_app.library", "kb_app.cli",
    "kb_app.plans.model", "kb_app.plans.operations", "kb_app.plans.coverage",
    "kb_app.plans.planfile", "kb_app.export.builder", "kb_app.export.kit",
    "kb_app.export.markdown", "kb_app.export.html", "kb_app.export.docx",
    "kb_app.pipeline.integrity", "kb_app.packs.pack", "kb_app.packs.install",
    "kb_app.packs.changes", "kb_app.packs.commands", "kb_app.packs.signing", "kb_app.packs.lock",
    "kb_app.pipeline.sources",
    "kb_app.store.user", "kb_app.store.user_recovery", "kb_app.plans.typecheck",
]


def test_non_gui_packages_do_not_load_qt():
    code = "import sys\n" + "".join(f"import {name}\n" for name in NON_GUI) + (
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken')))\n"
        "print(','.join(loaded))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_only_search_package_imports_whoosh():
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "kb_app"
    offenders = [
        str(path.relative_to(root)) for path in root.rglob("*.py")
        if "search" not in path.parts and ("import whoosh" in path.read_text()
                                           or "from whoosh" in path.read_text())
    ]
    assert offenders == []
