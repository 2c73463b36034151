"""Build the desktop bundle ``dist/wat-werkt/``: library data, then PyInstaller, then the size.

Thin on purpose (STYLE rule 10): the library is built by ``kb_app.pipeline.build`` and the bundle
is described by ``build/kb_app.spec``. PyInstaller's scratch goes to ``dist/.work`` (``--workpath``)
so this folder keeps only our scripts. Exits 1 when the bundle is over the size budget.

    python build/package.py [--budget-mb 130]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET_MB = 130  # Linux; measured ~123 MB for a trimmed PySide6-Essentials bundle


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Bouw de installeerbare map dist/wat-werkt/.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="doelmap")
    parser.add_argument("--budget-mb", type=float, default=BUDGET_MB)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from kb_app.pipeline.build import build

    # A library of its own in the scratch folder: the checkout's kb_app/data/library may be
    # rebuilt by a test or a running app while PyInstaller copies it.
    library = args.dist / ".work" / "library"
    report = build(ROOT / "content", ROOT / "schema", library)
    print(f"Bibliotheek gebouwd: {report.interventions} interventies in {report.out_dir}")
    import PyInstaller.__main__

    PyInstaller.__main__.run(
        [
            str(ROOT / "build" / "kb_app.spec"),
            "--noconfirm",
            "--workpath",
            str(args.dist / ".work"),
            "--distpath",
            str(args.dist),
            "--",
            "--library",
            str(library),
        ]
    )
    bundle = args.dist / "wat-werkt"
    size_mb = folder_size(bundle) / (1024 * 1024)
    print(f"Bundel: {bundle} — {size_mb:.1f} MB (budget {args.budget_mb:.0f} MB)")
    if size_mb > args.budget_mb:
        print("De bundel is groter dan het budget.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
