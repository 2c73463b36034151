"""Update the English translation: extract strings with Qt Linguist's lupdate into the .ts file,
then compile it with lrelease into the .qm the app loads. Translate new strings in between
(Qt Linguist, or any editor: the .ts is XML).

    python build/translations.py          # lupdate + lrelease
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "kb_app" / "gui"
TS = GUI / "i18n" / "wat_werkt_en.ts"


def main() -> int:
    sources = sorted(str(p) for p in GUI.glob("*.py"))
    subprocess.run(
        [
            "pyside6-lupdate",
            *sources,
            "-ts",
            str(TS),
            "-source-language",
            "nl_NL",
            "-target-language",
            "en_GB",
            "-no-obsolete",
        ],
        check=True,
    )
    subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
