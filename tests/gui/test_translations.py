"""The English translation is complete and in step with the code, and the app can load it."""

import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

from tests.conftest import ROOT

TS = ROOT / "kb_app" / "gui" / "i18n" / "wat_werkt_en.ts"
pytestmark = pytest.mark.gui


def test_every_message_is_translated():
    unfinished = [
        m.find("source").text
        for m in ET.parse(TS).iter("message")
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert unfinished == []


@pytest.mark.skipif(shutil.which("pyside6-lupdate") is None, reason="Qt Linguist tools missing")
def test_no_string_in_the_code_is_missing_from_the_translation(tmp_path):
    copy = tmp_path / "copy.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "kb_app" / "gui").glob("*.py"))
    out = subprocess.run(
        ["pyside6-lupdate", *sources, "-ts", str(copy)], capture_output=True, text=True, check=True
    )
    assert "(0 new and" in out.stdout + out.stderr, out.stdout + out.stderr


def test_english_interface_loads(qapp, make_window):
    from kb_app.gui.startup import install_translator

    install_translator(qapp, "en")
    try:
        window = make_window()
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus[:3] == ["&File", "&Edit", "&Go"]
    finally:
        install_translator(qapp, "nl")
