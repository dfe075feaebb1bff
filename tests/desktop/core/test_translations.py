from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop.core.labels import status_label
from desktop.core.translations import catalogue_path, install_translations
from models.case_status import CaseStatus

ROOT = Path(__file__).resolve().parents[3]
TS_FILE = ROOT / "desktop" / "i18n" / "amtsstube_de.ts"
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n")


def _messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _tool(name: str) -> str:
    found = BIN / name
    return str(found) if found.exists() else (shutil.which(name) or name)


def test_every_message_is_translated_with_the_same_placeholders() -> None:
    messages = _messages(TS_FILE)
    assert len(messages) > 150
    for context, message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") is None, f"{context}: {source!r} is {translation.get('type')}"
        texts = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for text in texts:
            assert text.strip(), f"{context}: {source!r} has no translation"
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (context, source)
            assert text.count("&") - text.count("&&") == source.count("&") - source.count("&&"), (context, source)


def test_every_string_in_the_code_is_in_the_catalogue(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "desktop").rglob("*.py"))  # every folder, as `make translations`
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = {(context, m.findtext("source")) for context, m in _messages(fresh)}
    have = {(context, m.findtext("source")) for context, m in _messages(TS_FILE)}
    assert wanted - have == set(), "run `make translations` and translate the new strings"
    assert have - wanted == set(), "the catalogue holds strings the code no longer uses"


def test_the_committed_qm_is_the_compiled_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(TS_FILE), "-qm", str(fresh)], check=True, capture_output=True)
    assert catalogue_path().read_bytes() == fresh.read_bytes(), "run `make translations`"


def test_german_by_default_and_english_on_request(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    assert status_label(CaseStatus.WAITING_FOR_CITIZEN) == "Wartet auf Bürger/in"
    monkeypatch.setenv("AMTSSTUBE_LANG", "en")
    try:
        assert not install_translations(qapp)
        assert status_label(CaseStatus.WAITING_FOR_CITIZEN) == "Waiting for citizen"
    finally:
        monkeypatch.delenv("AMTSSTUBE_LANG")
        assert install_translations(qapp)
