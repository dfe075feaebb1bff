"""The letter preview of a case (Vorgang → Dokument öffnen): it follows the case on screen and prints."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app.main_window import MainWindow
from desktop.case.document_preview import DocumentPreviewDialog
from desktop.widgets.comment_dialog import CommentDialog
from models.db import Database
from models.documents import DocumentStatus
from models.operations.mail_book import mail_book
from models.operations.mail_rows import MailBookFilter
from models.operations.outgoing_mail import print_queue
from tests.conftest import Staff
from tests.desktop.gui_helpers import show_case, wait_for_window
from tests.desktop.mail_helpers import choose_printer, queued_fee_notices
from tests.support.cups_pdf import PRINTER, require_cups_queue
from tests.support.factories import GENERIC_FEE_SERVICE, new_case


def _open_preview(qtbot: QtBot, window: MainWindow) -> DocumentPreviewDialog:
    assert window.detail_panel.open_document.isEnabled()
    qtbot.mouseClick(window.detail_panel.open_document, Qt.MouseButton.LeftButton)
    preview = wait_for_window(qtbot, DocumentPreviewDialog)
    qtbot.waitUntil(lambda: preview.page_count >= 1)
    return preview


def test_the_preview_follows_the_case_on_screen(qtbot: QtBot, db: Database, staff: Staff, window: MainWindow) -> None:
    first, other = queued_fee_notices(db, staff.system, ["Abel", "Czerny"])
    without_letters = new_case(db, staff.system, GENERIC_FEE_SERVICE, family_name="Brandt")
    show_case(qtbot, window, first.case_id)
    preview = _open_preview(qtbot, window)
    assert first.case_reference in preview.windowTitle()

    show_case(qtbot, window, without_letters)  # a case without letters: the preview shows none
    qtbot.waitUntil(lambda: without_letters.reference in preview.windowTitle())
    assert preview.page_count == 0
    assert not preview.view.isVisible()  # not the empty page of the previous letter
    assert preview.pane.info.text() == f"Vorgang {without_letters.reference} hat noch keine Schreiben."
    assert not preview.print_button.isEnabled()

    show_case(qtbot, window, other.case_id)  # its newest letter
    qtbot.waitUntil(lambda: other.case_reference in preview.windowTitle() and preview.page_count >= 1)
    assert preview.row is not None
    assert preview.row.id == other.id
    assert preview.view.isVisible()
    assert "Gebührenbescheid" in preview.pane.info.text()
    preview.close()


@pytest.mark.cups
def test_the_preview_prints_the_letter_into_the_book_and_again_with_a_reason(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow
) -> None:
    require_cups_queue()
    (letter,) = queued_fee_notices(db, staff.system, ["Abel"])
    show_case(qtbot, window, letter.case_id)
    preview = _open_preview(qtbot, window)
    assert preview.printers is not None
    choose_printer(qtbot, preview.printers, window.workspace.runner, PRINTER)
    assert preview.print_button.text() == "Dr&ucken"
    assert preview.status.text() == "Status: Druckbereit"

    with qtbot.waitSignal(preview.printed, timeout=60_000):
        qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    assert preview.status.text() == f"1 Schreiben (1 Seite) auf {PRINTER} gedruckt."
    assert print_queue(db, staff.clerk) == ()
    assert [entry.document_id for entry in mail_book(db, staff.clerk)] == [letter.id]
    documents = window.detail_panel.documents  # the case detail follows: the letter is printed now
    qtbot.waitUntil(lambda: documents.topLevelItem(0).text(3) == "Gedruckt")  # type: ignore[union-attr]
    assert preview.row is not None
    assert preview.row.status == DocumentStatus.PRINTED

    assert preview.print_button.text() == "Erneut dr&ucken …"
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    reason_dialog = wait_for_window(qtbot, CommentDialog, "reprintReason")
    assert not preview.print_button.isEnabled()  # one reprint at a time
    qtbot.keyClicks(reason_dialog.editor, "Beim Kunden nicht angekommen")
    with qtbot.waitSignal(preview.printed, timeout=60_000):
        qtbot.mouseClick(reason_dialog.confirm_button, Qt.MouseButton.LeftButton)
    reprints = mail_book(db, staff.clerk, MailBookFilter(reprints_only=True))
    assert [(r.document_id, r.reprint_reason, r.printer) for r in reprints] == [
        (letter.id, "Beim Kunden nicht angekommen", PRINTER)
    ]
    preview.close()
