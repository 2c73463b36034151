"""Writing files so a crash or a full disk never leaves a half-written file at the target path.

Plan files and exports are written to a temporary file in the same folder, flushed to disk, then
renamed over the target: the target is either the old file or the complete new one.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kb_app.core.errors import KbError


class WriteError(KbError):
    """A file could not be written; nothing at the target path was changed."""


def atomic_write(path: Path, data: bytes) -> None:
    path = Path(path)
    if not path.parent.is_dir():
        raise WriteError(f"De map {path.parent} bestaat niet; er is niets geschreven.")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp",
                                         dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)  # never leave the temporary file behind
        if isinstance(error, OSError):
            raise WriteError(f"{path.name} kan niet worden geschreven: "
                             f"{error.strerror or error}.") from error
        raise
