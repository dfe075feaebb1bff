"""The print queue window (Post → Postausgang): printing letters through the real CUPS queue "PDF" (cups-pdf)."""

from __future__ import annotations

import io
import time

import pdfplumber
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app.main_window import MainWindow
from desktop.mail.print_queue import PrintQueueDialog
from models import settings
from models.db import Database
from models.operations.mail_book import mail_book
from models.operations.mail_rows import PrintBatchResult
from models.operations.outgoing_mail import print_queue
from tests.conftest import Staff
from tests.desktop.gui_helpers import close_all_messages, wait_for_message
from tests.desktop.mail_helpers import choose_printer, open_print_queue, queued_fee_notices
from tests.support.cups_pdf import PRINTER, require_cups_queue, wait_for_cups_pdf

NAMES = ["Abel", "Brandt", "Czerny"]


def test_the_queue_lists_the_letters_and_previews_the_selected_one(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow
) -> None:
    documents = queued_fee_notices(db, staff.system, NAMES)
    dialog = open_print_queue(qtbot, window)
    assert dialog.windowTitle() == "Postausgang – zu druckende Schreiben"
    assert not dialog.isModal()
    model = dialog.model
    headers = [model.headerData(n, Qt.Orientation.Horizontal) for n in range(model.columnCount())]
    assert headers == ["Aktenzeichen", "Art", "Titel", "Empfänger", "Seiten", "Erstellt"]
    assert [model.row_at(n).id for n in range(model.rowCount())] == [d.id for d in documents]  # type: ignore[union-attr]
    assert model.index(0, 1).data() == "Gebührenbescheid"
    assert "Abel" in model.index(0, 3).data()
    qtbot.waitUntil(lambda: dialog.preview.page_count >= 1)  # the first letter is selected and shown
    assert "Gebührenbescheid" in dialog.preview.info.text()

    with qtbot.waitSignal(dialog.preview_shown, check_params_cb=lambda doc_id: doc_id == documents[2].id):
        dialog.table.setFocus()
        qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    assert dialog.selected_ids() == [documents[2].id]
    assert dialog.print_all.text() == "A&lle drucken"
    dialog.close()


@pytest.mark.cups
def test_selected_letters_are_printed_on_the_pdf_queue_and_entered_in_the_book(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow
) -> None:
    require_cups_queue()
    documents = queued_fee_notices(db, staff.system, NAMES)
    dialog = open_print_queue(qtbot, window)
    choose_printer(qtbot, dialog.printers, window.workspace.runner, PRINTER)
    dialog.select_documents([documents[0].id, documents[2].id])
    assert dialog.selected_ids() == [documents[0].id, documents[2].id]
    assert dialog.print_selected.isEnabled()

    submitted_at = time.time()
    with qtbot.waitSignal(dialog.printed, timeout=60_000) as printed:
        qtbot.mouseClick(dialog.print_selected, Qt.MouseButton.LeftButton)
    result: PrintBatchResult = printed.args[0]
    pages = documents[0].pages + documents[2].pages
    assert dialog.status.text() == f"2 Schreiben ({pages} Seiten) auf {PRINTER} gedruckt."
    assert window.statusBar().currentMessage() == dialog.status.text()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.model.row_at(0).id == documents[1].id  # type: ignore[union-attr]

    assert [d.id for d in print_queue(db, staff.clerk)] == [documents[1].id]
    book = mail_book(db, staff.clerk)
    assert sorted(entry.document_id for entry in book) == [documents[0].id, documents[2].id]
    assert {entry.printer for entry in book} == {PRINTER}
    assert {entry.printed_by for entry in book} == {"anna"}
    assert result.receipt.job_id is not None
    assert settings.load().printers.letters == PRINTER  # preselected next time on this workstation

    written = wait_for_cups_pdf(result.receipt.job_id, submitted_at)  # one job with both letters
    try:
        with pdfplumber.open(io.BytesIO(written.read_bytes())) as pdf:
            text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    finally:
        written.unlink()
    assert documents[0].case_reference in text
    assert documents[2].case_reference in text
    assert documents[1].case_reference not in text
    dialog.close()


@pytest.mark.cups
def test_a_printer_that_does_not_exist_leaves_every_letter_queued(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow
) -> None:
    require_cups_queue()
    documents = queued_fee_notices(db, staff.system, NAMES)
    dialog = open_print_queue(qtbot, window)
    missing = f"{PRINTER}-gibt-es-nicht"
    choose_printer(qtbot, dialog.printers, window.workspace.runner, missing)
    assert not dialog.printers.duplex.isEnabled()  # unknown printer: no duplex offered

    with qtbot.waitSignal(dialog.print_failed, timeout=60_000):
        qtbot.mouseClick(dialog.print_all, Qt.MouseButton.LeftButton)
    message = wait_for_message(qtbot)
    assert message.windowTitle() == "Drucker nicht gefunden"
    assert f"Der Drucker „{missing}“ wurde nicht gefunden" in message.text()
    assert message.parent() is dialog
    close_all_messages()
    qtbot.waitUntil(lambda: not window.workspace.runner.busy)
    assert dialog.model.rowCount() == len(documents)
    assert dialog.status.text() == ""
    assert len(print_queue(db, staff.clerk)) == len(documents)
    assert mail_book(db, staff.clerk) == ()
    assert dialog.print_all.isEnabled()  # the clerk may choose another printer and try again
    dialog.close()


def test_an_empty_queue_says_so(qtbot: QtBot, window: MainWindow) -> None:
    dialog: PrintQueueDialog = open_print_queue(qtbot, window)
    assert dialog.empty.isVisible()
    assert dialog.empty.text() == "Kein Schreiben wartet auf den Druck."
    assert not dialog.print_all.isEnabled()
    assert not dialog.print_selected.isEnabled()
    dialog.close()
