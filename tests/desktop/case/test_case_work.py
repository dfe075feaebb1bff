"""Working cases through the real main window, checked in the database through the operations."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.app.main_window import MainWindow
from desktop.case.actions import CaseAction
from desktop.widgets.comment_dialog import CommentDialog
from desktop.widgets.pdf_preview import PdfPreviewDialog
from models.case_status import CaseStatus
from models.cases import EventKind, PaymentMethod
from models.db import Database
from models.documents import DocumentKind
from models.german_format import today as german_today
from models.operations.case_detail import case_detail
from models.operations.claims import claim_case
from models.operations.payments import record_payment
from models.operations.rows import CaseDetail, EventRow
from tests.conftest import Staff
from tests.desktop.gui_helpers import (
    close_all_messages,
    show_case,
    visible_windows,
    wait_for_message,
    wait_for_window,
)
from tests.support.factories import GENERIC_FEE_SERVICE, RecordingRenderer, new_case


def click(qtbot: QtBot, window: MainWindow, action: CaseAction) -> None:
    button = window.buttons[action]
    assert button.isEnabled(), f"{button.text()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_claim_with_the_button(qtbot: QtBot, db: Database, staff: Staff, window: MainWindow) -> None:
    case = new_case(db, staff.system)
    show_case(qtbot, window, case)
    assert window.detail_panel.reference.text() == case.reference
    assert "noch niemand" in window.detail_panel.assignee.text()
    with qtbot.waitSignal(window.detail_shown, check_params_cb=lambda d: d.case.assignee_username == "anna"):
        click(qtbot, window, CaseAction.CLAIM)
    stored = case_detail(db, staff.clerk, case.id).case
    assert (stored.assignee_username, stored.status) == ("anna", CaseStatus.IN_PROGRESS)
    assert "Anna Schmitz" in window.detail_panel.assignee.text()
    assert "In Bearbeitung" in window.detail_panel.status.text()
    row = window.queue.model.row_of_case(case.id)
    assert row is not None
    assert window.queue.model.row_at(row) == stored  # the queue row is refreshed too
    assert not window.buttons[CaseAction.CLAIM].isEnabled()
    assert window.buttons[CaseAction.RELEASE].isEnabled()
    assert window.user_label.text() == "Angemeldet: Anna Schmitz (Sachbearbeitung)"


def test_claim_next_with_the_shortcut(qtbot: QtBot, db: Database, staff: Staff, window: MainWindow) -> None:
    new_case(db, staff.system, GENERIC_FEE_SERVICE)
    urgent = new_case(db, staff.system, GENERIC_FEE_SERVICE, received_at=_days_ago(30))
    with qtbot.waitSignal(window.detail_shown, check_params_cb=lambda d: d.case.id == urgent.id):
        qtbot.keyClick(window.queue.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert case_detail(db, staff.clerk, urgent.id).case.assignee_username == "anna"
    qtbot.waitUntil(lambda: window.queue.selected_case_id() == urgent.id)  # the queue follows
    assert "übernommen" in window.statusBar().currentMessage()


def test_approve_stores_the_confirmation_letter_and_shows_it(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow, renderer: RecordingRenderer
) -> None:
    case = new_case(db, staff.system, "bulky_waste_pickup")
    claim_case(db, staff.clerk, case.id)
    show_case(qtbot, window, case)
    with qtbot.waitSignal(window.detail_shown, check_params_cb=lambda d: d.case.status == CaseStatus.APPROVED):
        qtbot.keyClick(window.queue.table, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    stored = case_detail(db, staff.clerk, case.id)
    assert stored.case.status == CaseStatus.APPROVED
    assert [d.kind for d in stored.documents] == [DocumentKind.CONFIRMATION_LETTER]
    assert len(renderer.letters) == 1
    assert stored.pickup_date is not None
    assert "Abholung" in window.detail_panel.pickup.text()
    documents = window.detail_panel.documents
    assert documents.topLevelItemCount() == 1
    assert documents.topLevelItem(0).text(1) == "Bestätigungsschreiben"  # type: ignore[union-attr]
    assert window.buttons[CaseAction.CLOSE].isEnabled()
    assert not window.buttons[CaseAction.APPROVE].isEnabled()

    qtbot.mouseClick(window.detail_panel.open_document, Qt.MouseButton.LeftButton)
    preview = wait_for_window(qtbot, PdfPreviewDialog)
    qtbot.waitUntil(lambda: preview.page_count >= 1)
    assert stored.case.reference in preview.windowTitle()
    preview.close()


def test_reject_needs_a_reason(qtbot: QtBot, db: Database, staff: Staff, window: MainWindow) -> None:
    case = new_case(db, staff.system, GENERIC_FEE_SERVICE)
    claim_case(db, staff.clerk, case.id)
    show_case(qtbot, window, case)
    click(qtbot, window, CaseAction.REJECT)
    dialog = wait_for_window(qtbot, CommentDialog)
    assert not dialog.confirm_button.isEnabled()
    qtbot.keyClicks(dialog.editor, "   ")
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.hint.text() == "Ein Text ist erforderlich."
    assert not window.workspace.runner.busy  # nothing was sent

    reason = "Der Antrag betrifft keine Adresse in unserer Stadt."
    dialog.editor.clear()
    qtbot.keyClicks(dialog.editor, reason)
    with qtbot.waitSignal(window.detail_shown, check_params_cb=lambda d: d.case.status == CaseStatus.REJECTED):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert visible_windows(CommentDialog) == []
    assert window.workflow.dialog is None
    stored = case_detail(db, staff.clerk, case.id)
    assert stored.case.status == CaseStatus.REJECTED
    assert _last_transition(stored).comment == reason
    assert [d.kind for d in stored.documents] == [DocumentKind.REJECTION_LETTER]  # the notice with the reason
    tree = window.detail_panel.history
    items = [tree.topLevelItem(n) for n in range(tree.topLevelItemCount())]
    history = next(item for item in items if item is not None and item.text(2) == "Abgelehnt")
    assert history.child(0).text(2) == reason


def test_ask_the_citizen_and_resume(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow, renderer: RecordingRenderer
) -> None:
    case = new_case(db, staff.system, GENERIC_FEE_SERVICE)
    claim_case(db, staff.clerk, case.id)
    show_case(qtbot, window, case)
    qtbot.keyClick(window.queue.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = wait_for_window(qtbot, CommentDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.editor.hasFocus()
    assert "je Zeile eine Unterlage" in dialog.findChild(QLabel).text()  # type: ignore[union-attr]
    assert dialog.date == german_today() + dt.timedelta(days=14)  # the proposed reply deadline
    reply_by = german_today() + dt.timedelta(days=21)
    assert dialog.date_edit is not None
    dialog.date_edit.setDate(QDate(reply_by.year, reply_by.month, reply_by.day))
    qtbot.keyClicks(dialog.editor, "Kopie des Mietvertrags")
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.editor, "Meldebescheinigung des Vormieters")
    waiting = CaseStatus.WAITING_FOR_CITIZEN
    with qtbot.waitSignal(window.detail_shown, check_params_cb=lambda d: d.case.status == waiting):
        qtbot.keyClick(dialog.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "Wartet auf Bürger/in" in window.detail_panel.status.text()
    letter = renderer.letters[-1]  # the request for documents, one item per line, with the chosen deadline
    assert letter.kind == DocumentKind.DOCUMENT_REQUEST
    text = "\n".join(letter.paragraphs)
    assert "– Kopie des Mietvertrags\n– Meldebescheinigung des Vormieters" in text
    assert f"bis zum {reply_by:%d.%m.%Y}" in text
    assert window.detail_panel.documents.topLevelItem(0).text(3) == "Druckbereit"  # type: ignore[union-attr]
    with qtbot.waitSignal(window.detail_shown, check_params_cb=lambda d: d.case.status == CaseStatus.IN_PROGRESS):
        click(qtbot, window, CaseAction.RESUME)
    kinds = [e.kind for e in case_detail(db, staff.clerk, case.id).events]
    assert kinds.count(EventKind.TRANSITION) == 3


def test_a_fee_notice_for_the_outstanding_fee(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow, renderer: RecordingRenderer
) -> None:
    case = new_case(db, staff.system, GENERIC_FEE_SERVICE)
    claim_case(db, staff.clerk, case.id)
    show_case(qtbot, window, case)
    button = window.buttons[CaseAction.FEE_NOTICE]
    assert button.text() == "Gebü&hrenbescheid erstellen"
    with qtbot.waitSignal(window.detail_shown, check_params_cb=lambda d: len(d.documents) == 1):
        click(qtbot, window, CaseAction.FEE_NOTICE)
    stored = case_detail(db, staff.clerk, case.id)
    assert [d.kind for d in stored.documents] == [DocumentKind.FEE_NOTICE]
    assert renderer.letters[-1].payment is not None
    assert renderer.letters[-1].payment.amount_cents == stored.fee_cents
    item = window.detail_panel.documents.topLevelItem(0)
    assert item is not None
    assert (item.text(1), item.text(3)) == ("Gebührenbescheid", "Druckbereit")
    assert "wartet im Postausgang" in window.statusBar().currentMessage()

    record_payment(db, staff.clerk, case.id, stored.fee_cents, PaymentMethod.CASH)
    with qtbot.waitSignal(window.detail_shown, check_params_cb=lambda d: d.paid_cents == d.fee_cents):
        window.refresh_action.trigger()
    assert not button.isEnabled()  # nothing left to pay


def test_a_case_changed_behind_the_clerks_back_is_reloaded_with_a_german_message(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow
) -> None:
    case = new_case(db, staff.system, GENERIC_FEE_SERVICE)
    show_case(qtbot, window, case)
    claim_case(db, staff.clerk2, case.id)  # Ben, at the next desk, was quicker
    with qtbot.waitSignal(window.detail_shown, check_params_cb=lambda d: d.case.assignee_username == "ben"):
        click(qtbot, window, CaseAction.CLAIM)
    message = wait_for_message(qtbot)
    assert "inzwischen von jemand anderem geändert" in message.text()
    assert case.reference in message.text()
    assert "Ben Yılmaz" in window.detail_panel.assignee.text()
    assert not window.buttons[CaseAction.CLAIM].isEnabled()
    assert not window.buttons[CaseAction.APPROVE].isEnabled()  # Ben's case now
    assert case_detail(db, staff.clerk, case.id).case.assignee_username == "ben"
    close_all_messages()


def test_the_rejection_reason_survives_a_conflict(qtbot: QtBot, db: Database, staff: Staff, window: MainWindow) -> None:
    case = new_case(db, staff.system, GENERIC_FEE_SERVICE)
    claim_case(db, staff.clerk, case.id)
    show_case(qtbot, window, case)
    click(qtbot, window, CaseAction.REJECT)
    dialog = wait_for_window(qtbot, CommentDialog)
    reason = "Eine Meldebescheinigung wird nur der gemeldeten Person selbst erteilt."
    qtbot.keyClicks(dialog.editor, reason)
    record_payment(db, staff.clerk, case.id, 500, PaymentMethod.CASH)  # changes the case (new version)
    with qtbot.waitSignal(window.detail_shown, check_params_cb=lambda d: len(d.payments) == 1):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    message = wait_for_message(qtbot)
    assert "von jemand anderem geändert" in message.text()
    assert message.parent() is dialog
    assert dialog.isVisible()
    assert dialog.editor.toPlainText() == reason  # nothing typed is lost
    message.done(0)
    qtbot.waitUntil(dialog.confirm_button.isEnabled)
    with qtbot.waitSignal(window.detail_shown, check_params_cb=lambda d: d.case.status == CaseStatus.REJECTED):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert _last_transition(case_detail(db, staff.clerk, case.id)).comment == reason


def _last_transition(detail: CaseDetail) -> EventRow:
    return [event for event in detail.events if event.kind == EventKind.TRANSITION][-1]


def test_someone_elses_case_offers_no_steps(qtbot: QtBot, db: Database, staff: Staff, window: MainWindow) -> None:
    case = new_case(db, staff.system, GENERIC_FEE_SERVICE)
    claim_case(db, staff.clerk2, case.id)
    show_case(qtbot, window, case)
    enabled = {action for action, button in window.buttons.items() if button.isEnabled()}
    assert enabled == set()
    assert window.case_actions[CaseAction.CLAIM_NEXT].isEnabled()


def test_german_mnemonics_are_unique_in_the_main_window(window: MainWindow) -> None:
    """Alt+letter reaches every button, field and menu of the window, and each letter means one thing."""
    texts = [b.text() for b in window.findChildren(QAbstractButton) if b.text()]
    texts += [label.text() for label in window.findChildren(QLabel) if label.buddy() is not None]
    texts += [action.text() for action in window.menuBar().actions()]
    assert all("&" in text for text in texts), texts
    letters = [text[text.index("&") + 1].lower() for text in texts]
    taken = " ".join(sorted(f"{letter}={text}" for letter, text in zip(letters, texts, strict=True)))
    assert len(letters) == len(set(letters)), taken
    assert "&Übernehmen" in texts


def _days_ago(days: int) -> dt.datetime:
    return dt.datetime.now(dt.UTC) - dt.timedelta(days=days)


def test_tab_walks_from_the_search_through_the_queue_to_the_steps(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow
) -> None:
    case = new_case(db, staff.system, GENERIC_FEE_SERVICE)
    show_case(qtbot, window, case)
    window.queue.filter_bar.search.setFocus()
    expected = [
        "queueSearch",
        "statusFilter",
        "serviceFilter",
        "assigneeFilter",
        "button_claim_next",
        "button_refresh",
        "button_sync",
        "queueTable",
        "button_claim",  # the only step possible for a new case (disabled buttons are skipped)
        "formFields",
        "documents",  # "open document" is disabled: no letter yet
        "attachments",
    ]
    visited = []
    for _ in expected:
        focused = QApplication.focusWidget()
        assert focused is not None
        visited.append(focused.objectName())
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert visited == expected
