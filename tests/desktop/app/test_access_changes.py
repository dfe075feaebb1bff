"""A session whose rights changed, in the real main window: the clerk's window is open, an admin deactivates her or
takes a role away, and her next action shows the German message instead of doing anything. The login window says
until when an account is locked; the German messages of the holder and state rules and of passwords."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app.login_dialog import LoginDialog
from desktop.app.main_window import MainWindow
from desktop.case.actions import CaseAction
from desktop.core.tasks import TaskRunner
from desktop.messages.error_messages import describe_error, plain_user_message
from models.base import utcnow
from models.case_status import CaseStatus
from models.cases import PaymentMethod
from models.db import Database
from models.errors import (
    AccessRevoked,
    AccountLocked,
    AmountBeyondOpenFee,
    CaseNotWorkable,
    InvalidInput,
    NotClaimed,
)
from models.german_format import format_clock
from models.operations.case_detail import case_detail
from models.operations.claims import claim_case
from models.operations.outgoing_mail import reprint_document
from models.operations.payments import record_payment
from models.operations.users import deactivate_user, set_user_roles
from models.roles import Role
from tests.conftest import Staff
from tests.desktop.gui_helpers import close_all_messages, show_case, wait_for_message
from tests.desktop.mail_helpers import printed_to_file, queued_fee_notices
from tests.support.factories import GENERIC_FEE_SERVICE, new_case

REVOKED = "Ihr Zugang wurde geändert oder gesperrt; bitte melden Sie sich neu an."


def test_a_deactivated_clerk_s_next_step_says_to_log_in_again(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow
) -> None:
    case = new_case(db, staff.system, GENERIC_FEE_SERVICE)
    show_case(qtbot, window, case)
    deactivate_user(db, staff.admin, "anna")  # at the admin's desk, while Anna's window stays open
    button = window.buttons[CaseAction.CLAIM]
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    message = wait_for_message(qtbot)
    assert REVOKED in message.text()
    assert message.windowTitle() == "Bitte neu anmelden"
    assert case_detail(db, staff.supervisor, case.id).case.assignee_username is None  # nothing happened
    close_all_messages()


def test_a_removed_role_ends_the_session_on_the_next_refresh(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow
) -> None:
    new_case(db, staff.system, GENERIC_FEE_SERVICE)
    set_user_roles(db, staff.admin, "anna", frozenset({Role.SUPERVISOR}))
    window.refresh_action.trigger()  # F5
    message = wait_for_message(qtbot)
    assert REVOKED in message.text()
    close_all_messages()


def test_the_login_window_says_until_when_an_account_is_locked(qtbot: QtBot, db: Database, runner: TaskRunner) -> None:
    dialog = LoginDialog(db, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "anna")
    texts = []
    for _ in range(6):
        qtbot.keyClicks(dialog.password, "falsch-geraten")
        with qtbot.waitSignal(dialog.attempt_failed) as failed:
            qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
        texts.append(failed.args[0])
    assert all("Benutzername oder Passwort ist falsch" in text for text in texts[:4])
    for text in texts[4:]:
        assert "ist dieses Konto bis " in text
        assert "gesperrt" in text
        assert "IT-Administration" in text
    assert dialog.username.text() == "anna"
    assert dialog.actor is None
    label = dialog.error_label
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))  # the whole message shows


def test_the_messages_of_access_and_case_work_are_german() -> None:
    until = utcnow() + dt.timedelta(seconds=30)
    samples = {
        AccessRevoked("anna"): REVOKED,
        AccountLocked("anna", until): "Uhr gesperrt",
        NotClaimed("2026-000001"): "Bitte übernehmen Sie ihn zuerst (Strg+U)",
        CaseNotWorkable("2026-000001", CaseStatus.CLOSED.value, "payment"): (
            "Vorgang 2026-000001 ist „Abgeschlossen“, daher kann keine Zahlung mehr gebucht werden."
        ),
        CaseNotWorkable("2026-000001", CaseStatus.CLOSED.value, "release"): "nicht mehr an die Arbeitsliste",
        AmountBeyondOpenFee(700, 200): "Der Betrag von 7,00 € ist mehr als die noch offene Gebühr (2,00 €)",
        InvalidInput("password", "too_short"): "mindestens 10 Zeichen",
        InvalidInput("password", "common"): "häufigsten Passwörtern",
        InvalidInput("password", "contains_username"): "Benutzername",
        InvalidInput("password", "one_character"): "einzigen, wiederholten Zeichen",
        InvalidInput("old_password", "wrong"): "Das bisherige Passwort ist falsch",
        InvalidInput("username", "last_admin"): "letzte aktive IT-Administration",
        InvalidInput("reprint_reason", "not_a_sentence"): "in ein paar Worten den Grund für den Nachdruck",
        InvalidInput("excess_reason", "not_a_sentence"): "mehr als die offene Gebühr",
    }
    for error, expected in samples.items():
        message = describe_error(error)
        assert message is not None
        assert expected in message.text, (error, message.text)
        assert expected in plain_user_message(error)
    assert f"bis {format_clock(until)} Uhr gesperrt" in plain_user_message(AccountLocked("anna", until))


def test_a_payment_on_a_case_not_taken_over_is_refused_in_german(db: Database, staff: Staff) -> None:
    case = new_case(db, staff.system, GENERIC_FEE_SERVICE)
    with pytest.raises(NotClaimed) as refused:
        record_payment(db, staff.clerk, case.id, 500, PaymentMethod.CASH)
    assert f"Vorgang {case.reference} ist Ihnen nicht zugewiesen" in plain_user_message(refused.value)
    claim_case(db, staff.clerk, case.id)
    record_payment(db, staff.clerk, case.id, 500, PaymentMethod.CASH)


def test_a_reprint_reason_of_a_dot_is_refused_in_german(db: Database, staff: Staff, tmp_path: Path) -> None:
    documents = queued_fee_notices(db, staff.system, ["Abel"])
    printed_to_file(db, staff.clerk, documents, tmp_path)
    with pytest.raises(InvalidInput) as refused:
        reprint_document(db, staff.clerk, documents[0].id, ".", lambda _items: pytest.fail("printed"))
    assert "Brief kam unzustellbar zurück" in plain_user_message(refused.value)
