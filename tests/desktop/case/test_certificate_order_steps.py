"""The registry officer's steps on a certificate order in the main window: Berechtigung prüfen (Ctrl+Shift+M) shows
the register entries the order matches and records the decision; Urkunden drucken (Ctrl+Shift+W) sends the
certificates to the workstation's certificate printer (the real cups-pdf queue) and records them in the case; without a
certificate printer nothing is printed and the officer is told what to do."""

from __future__ import annotations

import datetime as dt
import io
import time

import pdfplumber
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.app.main_window import MainWindow
from desktop.case.actions import CaseAction
from desktop.case.certificate_print_dialog import CertificatePrintDialog
from desktop.case.entitlement_dialog import EntitlementDialog
from desktop.core.workspace import Workspace
from models import settings
from models.audit import AuditRecord
from models.cases import EventKind
from models.db import Database
from models.operations.case_detail import case_detail
from models.operations.certificates import issued_certificates
from models.operations.civil_status import NewEntry, record_civil_entry
from models.operations.claims import claim_case
from models.operations.security_paper import load_paper, paper_stock
from models.registers.civil_status.entries import PersonRole, RegisterKind
from models.registers.civil_status.recording import NewPerson
from models.registers.residents.resident import Sex
from tests.conftest import Staff
from tests.desktop.gui_helpers import open_main_window, show_case, wait_for_message
from tests.support.cups_pdf import PRINTER, require_cups_queue, wait_for_cups_pdf
from tests.support.factories import new_case

DESK = "Standesamt 1"
BORN = dt.date(1990, 6, 12)


@pytest.fixture
def officer_window(qtbot: QtBot, workspace: Workspace, staff: Staff) -> MainWindow:
    officer = Workspace(workspace.db, staff.registry, workspace.runner, workspace.render_letter)
    return open_main_window(qtbot, officer)


def _order(db: Database, staff: Staff) -> int:
    child = NewPerson(PersonRole.CHILD, "Wójcik", "Zofia", sex=Sex.FEMALE, born=BORN, birth_place="Lindenbrück")
    mother = NewPerson(PersonRole.MOTHER, "Wójcik", "Maja", sex=Sex.FEMALE)
    entry = NewEntry(RegisterKind.BIRTH, BORN + dt.timedelta(days=3), BORN, "Lindenbrück", "Vera Standes",
                     (child, mother))  # fmt: skip
    record_civil_entry(db, staff.registry, entry)
    form = {
        "personConcerned": {"familyName": "Wójcik", "givenNames": "Zofia", "dateOfBirth": BORN.isoformat(),
                            "placeOfBirth": "Lindenbrück"},
        "certificateKind": "national", "relationship": "self", "copies": 2, "purpose": "passport", "delivery": "post",
    }  # fmt: skip
    case_id = new_case(db, staff.system, "birth_certificate", form=form, date_of_birth=BORN).id
    claim_case(db, staff.registry, case_id)  # the officer took it over
    return case_id


def _press(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def _open_print_dialog(qtbot: QtBot, window: MainWindow) -> CertificatePrintDialog:
    _press(qtbot, window, Qt.Key.Key_W)
    qtbot.waitUntil(lambda: window.workflow.print_dialog is not None)
    dialog = window.workflow.print_dialog
    assert isinstance(dialog, CertificatePrintDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _check_entitlement(qtbot: QtBot, window: MainWindow) -> None:
    _press(qtbot, window, Qt.Key.Key_M)
    qtbot.waitUntil(lambda: window.workflow.entitlement_dialog is not None)
    dialog = window.workflow.entitlement_dialog
    assert isinstance(dialog, EntitlementDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.candidates.rowCount() == 1
    assert dialog.chosen() is not None
    assert dialog.relation.currentText() == "Die Person, auf die sich der Eintrag bezieht"  # from the order
    assert dialog.age.value() == dt.date.today().year - BORN.year - ((dt.date.today().month, dt.date.today().day)
                                                                      < (BORN.month, BORN.day))  # fmt: skip
    qtbot.keyClicks(dialog.evidence, "Personalausweis vorgelegt")
    with qtbot.waitSignal(window.workflow.succeeded, timeout=10_000):
        qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)


def test_the_officer_checks_the_entitlement_and_prints_the_certificates_through_cups(
    qtbot: QtBot, db: Database, staff: Staff, officer_window: MainWindow
) -> None:
    require_cups_queue()
    settings.save(settings.Settings(workstation=DESK, printers=settings.PrinterSettings(certificates=PRINTER)))
    load_paper(db, staff.registry, DESK, 900, 909)
    case_id = _order(db, staff)
    show_case(qtbot, officer_window, case_id)
    assert officer_window.case_actions[CaseAction.CHECK_ENTITLEMENT].isEnabled()
    assert not officer_window.case_actions[CaseAction.PRINT_CERTIFICATES].isEnabled()  # no decision yet

    _check_entitlement(qtbot, officer_window)
    events = case_detail(db, staff.registry, case_id).events
    assert [e.kind for e in events].count(EventKind.ELIGIBILITY_RECORDED) == 1
    qtbot.waitUntil(lambda: officer_window.case_actions[CaseAction.PRINT_CERTIFICATES].isEnabled())

    dialog = _open_print_dialog(qtbot, officer_window)
    assert dialog.facts["what"].text() == "Geburtsurkunde aus Eintrag G 1/1990"
    assert dialog.facts["copies"].text() == "2"
    assert dialog.facts["printer"].text() == PRINTER
    assert dialog.facts["sheet"].text().startswith("Nr. 900 (noch 10 Blatt")
    assert dialog.without_parents.isVisibleTo(dialog)
    qtbot.keyClick(dialog.without_parents, Qt.Key.Key_Space)  # the applicant asked for the small one
    submitted_at = time.time()
    with qtbot.waitSignal(officer_window.workflow.succeeded, timeout=30_000):
        qtbot.keyClick(dialog.print_button, Qt.Key.Key_Space)
    issued = issued_certificates(db, staff.registry)
    assert [row.sheet_serial for row in issued] == [901, 900]  # newest first: two copies on the next sheets
    with db.read() as session:
        (printed,) = session.scalars(select(AuditRecord).where(AuditRecord.action == "certificates.printed"))
    written = wait_for_cups_pdf(printed.details["job"], submitted_at)
    with pdfplumber.open(io.BytesIO(written.read_bytes())) as document:
        first_page = document.pages[0].extract_text() or ""
    written.unlink()
    assert issued[-1].verification_code in first_page
    assert "Mutter" not in first_page  # without the parents, as asked
    history = case_detail(db, staff.registry, case_id).events
    (listed,) = [e for e in history if e.kind == EventKind.CERTIFICATES_ISSUED]
    assert all(row.verification_code in (listed.comment or "") for row in issued)
    qtbot.waitUntil(lambda: not officer_window.case_actions[CaseAction.PRINT_CERTIFICATES].isEnabled())


def test_register_printouts_go_with_the_order_when_the_paper_suffices(
    qtbot: QtBot, db: Database, staff: Staff, officer_window: MainWindow
) -> None:
    require_cups_queue()
    settings.save(settings.Settings(workstation=DESK, printers=settings.PrinterSettings(certificates=PRINTER)))
    load_paper(db, staff.registry, DESK, 40, 42)  # three sheets: two copies and one printout
    case_id = _order(db, staff)
    show_case(qtbot, officer_window, case_id)
    _check_entitlement(qtbot, officer_window)
    qtbot.waitUntil(lambda: officer_window.case_actions[CaseAction.PRINT_CERTIFICATES].isEnabled())
    dialog = _open_print_dialog(qtbot, officer_window)
    assert dialog.print_button.isEnabled()
    for _ in range(2):  # four sheets asked, three left
        qtbot.keyClick(dialog.printouts, Qt.Key.Key_Up)
    assert dialog.sheets_needed() == 4
    assert not dialog.print_button.isEnabled()
    assert "Urkundenpapier reicht nicht" in dialog.status.text()
    qtbot.keyClick(dialog.printouts, Qt.Key.Key_Down)
    assert dialog.print_button.isEnabled()
    assert dialog.status.text() == ""
    submitted_at = time.time()
    with qtbot.waitSignal(officer_window.workflow.succeeded, timeout=30_000):
        qtbot.keyClick(dialog.print_button, Qt.Key.Key_Space)
    issued = issued_certificates(db, staff.registry)
    assert sorted((row.sheet_serial, row.kind.value) for row in issued) == [
        (40, "birth"), (41, "birth"), (42, "register_printout")]  # fmt: skip
    assert case_detail(db, staff.registry, case_id).fee_cents == 2500  # 15 € for the copies, 10 € for the printout
    with db.read() as session:
        (printed,) = session.scalars(select(AuditRecord).where(AuditRecord.action == "certificates.printed"))
    written = wait_for_cups_pdf(printed.details["job"], submitted_at)
    with pdfplumber.open(io.BytesIO(written.read_bytes())) as document:
        last_page = document.pages[-1].extract_text() or ""
        pages = len(document.pages)
    written.unlink()
    assert pages >= 3
    assert "Beglaubigter Registerausdruck" in last_page


def test_without_a_certificate_printer_nothing_is_printed_and_the_officer_is_told(
    qtbot: QtBot, db: Database, staff: Staff, officer_window: MainWindow
) -> None:
    settings.save(settings.Settings(workstation=DESK))
    load_paper(db, staff.registry, DESK, 1, 5)
    case_id = _order(db, staff)
    show_case(qtbot, officer_window, case_id)
    _check_entitlement(qtbot, officer_window)
    qtbot.waitUntil(lambda: officer_window.case_actions[CaseAction.PRINT_CERTIFICATES].isEnabled())
    dialog = _open_print_dialog(qtbot, officer_window)
    assert dialog.facts["printer"].text() == "nicht eingerichtet"
    qtbot.keyClick(dialog.print_button, Qt.Key.Key_Space)
    message = wait_for_message(qtbot)
    assert isinstance(message, QMessageBox)
    assert "kein Urkundendrucker" in message.text()
    assert "printers.certificates" in message.text()
    message.close()
    assert dialog.isVisible()  # the officer can try again once IT has set the printer up
    assert dialog.print_button.isEnabled()
    assert issued_certificates(db, staff.registry) == ()
    assert paper_stock(db, staff.registry).ranges[0].printed == 0


def test_the_buergerbuero_sees_no_certificate_steps(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow
) -> None:
    _order(db, staff)  # a registry-office case: not in the clerk's queue
    for kind in (CaseAction.CHECK_ENTITLEMENT, CaseAction.PRINT_CERTIFICATES):
        assert not window.case_actions[kind].isEnabled()
    assert not window.civil_status.menu.menuAction().isVisible()


def test_an_order_the_registers_cannot_answer_asks_the_applicant_for_details(
    qtbot: QtBot, db: Database, staff: Staff, officer_window: MainWindow
) -> None:
    form = {
        "personConcerned": {"familyName": "Nirgendwo", "givenNames": "Niemand", "dateOfBirth": "1950-01-01"},
        "certificateKind": "national", "relationship": "self", "copies": 1, "purpose": "passport", "delivery": "post",
    }  # fmt: skip
    case_id = new_case(db, staff.system, "birth_certificate", form=form).id
    claim_case(db, staff.registry, case_id)
    show_case(qtbot, officer_window, case_id)
    _press(qtbot, officer_window, Qt.Key.Key_M)
    qtbot.waitUntil(lambda: officer_window.workflow.entitlement_dialog is not None)
    dialog = officer_window.workflow.entitlement_dialog
    assert isinstance(dialog, EntitlementDialog)
    assert dialog.candidates.rowCount() == 0
    assert not dialog.save.isEnabled()
    assert "Kein Eintrag des Registers passt" in dialog.found.text()
    qtbot.waitUntil(lambda: dialog.ask.hasFocus())
    qtbot.keyClick(dialog.ask, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: officer_window.workflow.dialog is not None)
    request = officer_window.workflow.dialog
    assert request is not None
    lines = request.editor.toPlainText().splitlines()
    assert len(lines) == 4
    assert "Registernummer" in lines[0]
    with qtbot.waitSignal(officer_window.workflow.succeeded, timeout=10_000):
        qtbot.mouseClick(request.confirm_button, Qt.MouseButton.LeftButton)
    detail = case_detail(db, staff.registry, case_id)
    assert detail.case.status.value == "waiting_for_citizen"
    assert [d.kind.value for d in detail.documents] == ["document_request"]
