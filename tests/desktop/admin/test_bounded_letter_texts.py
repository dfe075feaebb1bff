"""A runaway letter text through the real windows: the admin sees why it is refused next to the field, and a
clerk whose decision cannot write its letter gets a German message while nothing is booked."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app.main_window import MainWindow
from models.case_status import CaseStatus
from models.cases import PaymentMethod
from models.db import Database
from models.documents import DocumentKind
from models.operations.case_detail import case_detail
from models.operations.claims import claim_case
from models.operations.payments import record_payment
from tests.conftest import Staff
from tests.desktop.admin.test_letter_template_editor import _customised, _open, _type
from tests.desktop.gui_helpers import show_case, wait_for_message
from tests.models.test_bounded_templates import confirmation, store_unchecked
from tests.support.factories import GENERIC_FEE_SERVICE, new_case

NESTED_LOOPS = "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"


def test_the_admin_sees_why_a_runaway_text_is_refused(
    qtbot: QtBot, db: Database, staff: Staff, admin_window: MainWindow
) -> None:
    editor = _open(qtbot, admin_window)
    editor.select_template(DocumentKind.CONFIRMATION_LETTER)
    editor.form.body.setFocus()
    editor.form.body.moveCursor(editor.form.body.textCursor().MoveOperation.End)
    _type(qtbot, editor.form.body, "\n\n" + NESTED_LOOPS)
    typed = editor.form.body.toPlainText()
    started = time.monotonic()
    with qtbot.waitSignal(editor.failed, timeout=5000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert time.monotonic() - started < 2
    problem = editor.form.problems["body"]
    assert problem.isVisible()
    assert problem.text() == (
        "Der Text wiederholt zu viel (mehr als 2.500 Durchläufe insgesamt). Bitte prüfen Sie die Wiederholungen "
        "(„for“), besonders eine innerhalb einer anderen."
    )
    assert editor.form.body.toPlainText() == typed
    assert not _customised(db, staff, DocumentKind.CONFIRMATION_LETTER)


def test_the_clerk_is_told_that_the_letter_and_the_decision_were_not_booked(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow
) -> None:
    store_unchecked(db, confirmation(NESTED_LOOPS))
    case = claim_case(db, staff.clerk, new_case(db, staff.system, GENERIC_FEE_SERVICE).id)
    fee = case_detail(db, staff.clerk, case.id).fee_cents
    record_payment(db, staff.clerk, case.id, fee, PaymentMethod.CASH)  # paid: the approval asks nothing about it
    show_case(qtbot, window, case)
    qtbot.keyClick(window.queue.table, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)  # approve
    message = wait_for_message(qtbot)
    assert message.windowTitle() == "Schreiben nicht erstellt"
    assert message.text().startswith(
        f"Das Schreiben „Bestätigungsschreiben“ zum Vorgang {case.reference} konnte nicht erstellt werden"
    )
    assert "Es wurde nichts gespeichert; der Schritt wurde nicht ausgeführt." in message.text()
    assert "Extras → Textvorlagen" in message.text()
    assert "Der Text wiederholt zu viel" in message.detailedText()  # what the IT needs to know
    message.done(0)
    stored = case_detail(db, staff.clerk, case.id)
    assert (stored.case.status, stored.documents) == (CaseStatus.IN_PROGRESS, ())
