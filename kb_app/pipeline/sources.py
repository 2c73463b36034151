"""Where the content source and its schemas are: the checkout's, or a folder the user names.

Shared by ``kb-app validate``, ``kb-app build`` and ``kb-app pack build``, so the three find the
same content the same way (and the pack commands need not reach into the CLI module).
"""

from __future__ import annotations

from pathlib import Path

from kb_app.core.errors import KbError
from kb_app.core.paths import source_root


def content_dirs(content: Path | None) -> tuple[Path, Path]:
    """(content folder, schema folder): ``content`` or the checkout's ``content/``."""
    root = source_root()
    content = content or (root / "content" if root else None)
    if content is None or not (content / "vocabularies.yaml").is_file():
        raise KbError(
            f"Geen inhoudsmap gevonden{f' in {content}' if content else ''}. "
            "Geef er een op met --content."
        )
    schema = (root / "schema") if root else content.parent / "schema"
    return content, schema
