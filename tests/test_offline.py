"""The offline guard itself: a test that tries to connect anywhere fails, so any code path of
the app that tried would fail its test too."""

import socket

import pytest

from tests.conftest import NetworkAttempt


def test_network_connections_are_refused_during_tests():
    with pytest.raises(NetworkAttempt):
        socket.create_connection(("127.0.0.1", 9), timeout=0.1)
    with pytest.raises(NetworkAttempt), socket.socket() as raw:
        raw.connect(("10.0.0.1", 80))


def test_no_module_of_the_app_uses_the_network():
    """Libraries may import urllib for their own reasons (whoosh.compat does); our code never
    imports anything that opens connections."""
    import re

    from tests.conftest import ROOT

    pattern = re.compile(
        r"^\s*(import|from)\s+(socket|urllib|http|requests|ftplib|smtplib|"
        r"PySide6\.QtNetwork|PySide6\.QtWebEngine)",
        re.MULTILINE,
    )
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "kb_app").rglob("*.py")
        if pattern.search(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []
