"""*Extras → Urkunde prüfen*, in the real main window of a Bürgerbüro clerk (who cannot read the registers): a
valid, a revoked, an unknown and a mistyped code each get their answer; the code typed stays in the field."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pytestqt.qtbot import QtBot

from desktop.app.main_window import MainWindow
from models.db import Database
from models.operations.certificates import CertificateRequest, IssuedKind, Sheet, issue_certificates
from models.operations.civil_status import NewEntry, NewPerson, record_civil_entry
from models.operations.security_paper import load_paper
from models.registers.civil_status.entries import PersonRole, RegisterKind, StandingEntry
from tests.conftest import Staff


def _render(sheet: Sheet, entry: StandingEntry, _town: object = None) -> tuple[dict[str, Any], bytes]:
    return {}, b"%PDF-1.4 test"


def _issued(db: Database, staff: Staff) -> tuple[str, str]:
    person = NewPerson(PersonRole.SPOUSE, "Nowak", "Lena")
    other = NewPerson(PersonRole.SPOUSE, "Kaya", "Emre")
    entry = NewEntry(RegisterKind.MARRIAGE, dt.date(2026, 5, 8), dt.date(2026, 5, 8), "Lindenbrück", "Clara Nowak",
                     (person, other))  # fmt: skip
    entry_id = record_civil_entry(db, staff.registry, entry).id
    load_paper(db, staff.registry, "Standesamt 1", 1, 10)
    (first,) = issue_certificates(db, staff.registry, [CertificateRequest(IssuedKind.MARRIAGE, entry_id)],
                                  "Standesamt 1", _render)  # fmt: skip
    again = CertificateRequest(IssuedKind.MARRIAGE, entry_id, replaces_code=first.verification_code)
    (second,) = issue_certificates(db, staff.registry, [again], "Standesamt 1", _render)
    return first.verification_code, second.verification_code


def test_a_clerk_checks_codes_and_reads_only_kind_number_and_day(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow
) -> None:
    revoked, valid = _issued(db, staff)
    action = window.extras.verify_action
    assert action.isEnabled()
    action.trigger()
    dialog = window.extras.verify_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)

    def answer_for(code: str) -> str:
        dialog.code.clear()
        dialog.answer.clear()
        qtbot.keyClicks(dialog.code, code)
        qtbot.keyClick(dialog.code, "\r")
        qtbot.waitUntil(lambda: dialog.check_button.isEnabled() and dialog.answer.text() != "", timeout=10_000)
        return dialog.answer.text()

    text = answer_for(valid.lower())
    assert text.startswith("Gültig: Eheurkunde E 1/2026, ausgestellt am ")
    assert "Nowak" not in text
    assert dialog.valid is True
    assert answer_for(revoked).startswith("Widerrufen: Eheurkunde E 1/2026")
    assert dialog.valid is False
    assert answer_for("0000-0000-0000").startswith("Unbekannt")
    typo = valid[:-1] + ("0" if valid[-1] != "0" else "1")
    assert "falsch eingegeben" in answer_for(typo)
    assert dialog.code.text() == typo  # kept for correcting
