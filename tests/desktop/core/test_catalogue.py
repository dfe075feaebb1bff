"""The catalogue the command line reads without Qt says exactly what Qt's compiled catalogue says."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTranslator

from desktop.core import catalogue
from desktop.core.translations import catalogue_path


def test_every_entry_reads_as_qt_reads_it() -> None:
    qt = QTranslator()
    assert qt.load(str(catalogue_path()))
    entries = catalogue._headless_catalogue()
    assert len(entries) > 600
    numerus = 0
    for (context, source, disambiguation), forms in entries.items():
        for n in (1, 2, 7) if len(forms) > 1 else (-1,):
            expected = qt.translate(context, source, disambiguation or None, n)  # %n is put in by translate()
            expected = expected.replace("%n", str(n)) if n >= 0 else expected
            chosen = forms[1] if n != 1 and len(forms) > 1 else forms[0]
            assert expected == (chosen.replace("%n", str(n)) if n >= 0 else chosen), (context, source, n)
        numerus += len(forms) > 1
    assert numerus > 0  # plural forms were compared too


def test_without_a_qt_application_translate_uses_it(monkeypatch: pytest.MonkeyPatch) -> None:
    without_qt = {name: module for name, module in catalogue.sys.modules.items() if name != "PySide6.QtCore"}
    monkeypatch.setattr(catalogue.sys, "modules", without_qt)
    assert catalogue.translate("AuditMessages", "Audit log") == "Protokoll"
    monkeypatch.setenv(catalogue.LANG_ENV, "en")
    assert catalogue.translate("AuditMessages", "Audit log") == "Audit log"
