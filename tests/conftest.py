"""Shared fixtures: offline guard, offscreen Qt, and the real library built once per session."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

# Set before anything imports Qt: GUI tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# A whole test session makes far more Qt calls than one app session: guard None/True/False from
# PySide6 6.12's lost references on Python 3.11 before the first one (see kb_app/gui/refcounts.py).
from kb_app.gui.refcounts import immortalise_singletons

immortalise_singletons()

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
SCHEMA = ROOT / "schema"


class NetworkAttempt(AssertionError):
    pass


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """The app never opens a network connection; any attempt fails the test that made it."""

    def refuse(*args, **kwargs):
        raise NetworkAttempt(f"network connection attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch):
    """Tests never touch a real home folder: every writable path goes to a temporary basedir."""
    basedir = tmp_path / "basedir"
    monkeypatch.setenv("KB_APP_BASEDIR", str(basedir))
    return basedir


@pytest.fixture(scope="session")
def built_library(tmp_path_factory) -> Path:
    """The real content, validated and built once for the whole session."""
    from kb_app.pipeline.build import build

    out = tmp_path_factory.mktemp("library") / "library"
    build(CONTENT, SCHEMA, out)
    return out


@pytest.fixture(scope="session")
def reader(built_library):
    from kb_app.store.content import ContentReader

    reader = ContentReader(built_library / "content.sqlite")
    yield reader
    reader.close()


@pytest.fixture(scope="session")
def search_service(built_library, reader):
    from kb_app.search.service import SearchService

    service = SearchService(built_library / "index", reader)
    yield service
    service.close()


def intact(store) -> bool:
    """SQLite's own full check of a user store's file (``PRAGMA integrity_check``)."""
    with store.transaction() as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
