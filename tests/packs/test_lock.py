"""One install at a time: a second installer is told at once that another is busy."""

from __future__ import annotations

import pytest

from kb_app.core.errors import KbError
from kb_app.core.paths import AppPaths
from kb_app.packs.lock import InstallBusyError, acquire_install_lock, lock_path


def test_a_second_install_is_refused_until_the_first_lets_go(tmp_path):
    paths = AppPaths.from_basedir(tmp_path / "basis")
    with acquire_install_lock(paths):
        assert lock_path(paths).is_file()
        with pytest.raises(InstallBusyError) as busy:
            acquire_install_lock(paths)
        assert isinstance(busy.value, KbError) and str(busy.value)  # a message for the user
    again = acquire_install_lock(paths)  # released on leaving the block
    again.release()
    again.release()  # releasing twice is harmless
    acquire_install_lock(paths).release()
