"""The outgoing-mail book window (Post → Postausgangsbuch): filters, CSV export, reprint with a reason."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app.main_window import MainWindow
from desktop.core.workspace import Workspace
from desktop.messages.error_messages import describe_error
from desktop.widgets.comment_dialog import CommentDialog
from models.base import utcnow
from models.db import Database
from models.documents import DocumentKind
from models.errors import InvalidInput
from models.german_format import local_date
from models.operations.mail_book import mail_book
from models.operations.mail_rows import MailBookFilter
from models.operations.outgoing_mail import reprint_document
from tests.conftest import Staff
from tests.desktop.gui_helpers import open_main_window, wait_for_window
from tests.desktop.mail_helpers import choose_printer, open_mail_book, printed_to_file, queued_fee_notices
from tests.support.cups_pdf import PRINTER, require_cups_queue

NAMES = ["Abel", "Brandt", "Czerny"]


@pytest.fixture
def printed(db: Database, staff: Staff, tmp_path: Path) -> list[int]:
    """Three fee notices, printed (into a file) by Anna: the book has three entries."""
    documents = queued_fee_notices(db, staff.system, NAMES)
    printed_to_file(db, staff.clerk, documents, tmp_path)
    return [document.id for document in documents]


def test_the_book_lists_what_was_printed_and_the_filters_narrow_it(
    qtbot: QtBot, window: MainWindow, printed: list[int]
) -> None:
    dialog = open_mail_book(qtbot, window)
    assert dialog.windowTitle() == "Postausgangsbuch"
    model = dialog.model
    headers = [model.headerData(n, Qt.Orientation.Horizontal) for n in range(model.columnCount())]
    assert headers == [
        "Datum",
        "Empfänger",
        "Schriftstück",
        "Aktenzeichen",
        "Seiten",
        "Versandart",
        "Gedruckt von",
        "Drucker",
        "Nachdruck-Grund",
    ]
    assert model.rowCount() == 3
    assert dialog.count.text() == "3 Einträge"
    assert model.index(0, 5).data() == "Standardbrief"
    assert model.index(0, 6).data() == "Anna Schmitz"
    assert model.index(0, 7).data().startswith("PDF-Datei ")

    filters = dialog.filters
    with qtbot.waitSignal(dialog.loaded):
        filters.text.setText("brandt")
    assert model.rowCount() == 1
    assert "Brandt" in model.index(0, 1).data()
    assert dialog.count.text() == "1 Eintrag"

    with qtbot.waitSignal(dialog.loaded):
        filters.text.clear()
    assert model.rowCount() == 3
    with qtbot.waitSignal(dialog.loaded):
        filters.kind.setCurrentIndex(filters.kind.findData(DocumentKind.CONFIRMATION_LETTER.value))
    assert model.rowCount() == 0
    with qtbot.waitSignal(dialog.loaded):
        filters.kind.setCurrentIndex(filters.kind.findData(DocumentKind.FEE_NOTICE.value))
    assert model.rowCount() == 3
    with qtbot.waitSignal(dialog.loaded):
        filters.reprints_only.setChecked(True)
    assert model.rowCount() == 0
    with qtbot.waitSignal(dialog.loaded):
        filters.reprints_only.setChecked(False)
    tomorrow = local_date(utcnow()) + dt.timedelta(days=1)  # days in Germany, as the book counts them
    with qtbot.waitSignal(dialog.loaded):
        filters.set_period(tomorrow, tomorrow + dt.timedelta(days=7))
    assert model.rowCount() == 0
    dialog.close()


def test_the_export_writes_the_filtered_rows_as_csv(
    qtbot: QtBot, window: MainWindow, printed: list[int], tmp_path: Path
) -> None:
    dialog = open_mail_book(qtbot, window)
    with qtbot.waitSignal(dialog.loaded):
        dialog.filters.text.setText("Czerny")
    target = tmp_path / "export" / "postausgang.csv"
    target.parent.mkdir()
    with qtbot.waitSignal(dialog.exported, check_params_cb=lambda path: path == target):
        dialog.export_csv(target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the byte-order mark spreadsheet programs need for the umlauts
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0] == (
        "Datum;Empfänger;Schriftstück;Aktenzeichen;Seiten;Blatt;Versandart;Gedruckt von;Drucker;Nachdruck-Grund"
    )
    assert len(lines) == 2
    assert "Czerny" in lines[1]
    assert "Anna Schmitz" in lines[1]
    assert str(target) in dialog.status.text()
    dialog.close()


@pytest.mark.cups
def test_a_reprint_needs_a_reason_and_goes_to_the_chosen_printer(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow, printed: list[int]
) -> None:
    require_cups_queue()
    dialog = open_mail_book(qtbot, window)
    assert dialog.printers is not None
    choose_printer(qtbot, dialog.printers, window.workspace.runner, PRINTER)
    entry = dialog.current_row()
    assert entry is not None
    assert dialog.reprint_button.text() == "Nachdr&ucken …"
    qtbot.mouseClick(dialog.reprint_button, Qt.MouseButton.LeftButton)
    reason_dialog = wait_for_window(qtbot, CommentDialog, "reprintReason")
    assert not reason_dialog.confirm_button.isEnabled()
    qtbot.keyClicks(reason_dialog.editor, "   ")
    assert not reason_dialog.confirm_button.isEnabled()  # blanks are no reason
    assert reason_dialog.hint.text() == "Ein Text ist erforderlich."
    assert not dialog.reprint_button.isEnabled()  # one reprint at a time

    reason = "Unzustellbar, Hausnummer fehlte"  # QTest types ASCII only
    reason_dialog.editor.clear()
    qtbot.keyClicks(reason_dialog.editor, reason)
    with qtbot.waitSignal(dialog.reprinted, timeout=60_000):
        qtbot.mouseClick(reason_dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == f"Das Schreiben wurde erneut auf {PRINTER} gedruckt."
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 4)
    reprints = mail_book(db, staff.clerk, MailBookFilter(reprints_only=True))
    assert [(r.document_id, r.reprint_reason, r.printer) for r in reprints] == [(entry.document_id, reason, PRINTER)]
    with qtbot.waitSignal(dialog.loaded):
        dialog.filters.reprints_only.setChecked(True)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 8).data() == reason
    dialog.close()


def test_the_operation_refuses_a_reprint_without_a_reason(db: Database, staff: Staff, printed: list[int]) -> None:
    def never(_items: object) -> object:
        raise AssertionError("nothing is printed without a reason")

    with pytest.raises(InvalidInput) as refused:
        reprint_document(db, staff.clerk, printed[0], "  \n ", never)  # type: ignore[arg-type]
    message = describe_error(refused.value)
    assert message is not None
    assert "Bitte geben Sie einen Grund für den Nachdruck an" in message.text
    assert "Postausgangsbuch" in message.text
    assert len(mail_book(db, staff.clerk)) == 3


def test_a_supervisor_reads_the_book_but_neither_prints_nor_reprints(
    qtbot: QtBot, workspace: Workspace, staff: Staff, printed: list[int]
) -> None:
    supervisor = open_main_window(
        qtbot, Workspace(workspace.db, staff.supervisor, workspace.runner, workspace.render_letter)
    )
    assert not supervisor.mail.print_queue_action.isEnabled()
    dialog = open_mail_book(qtbot, supervisor)
    assert dialog.model.rowCount() == 3  # every service's letters
    assert dialog.printers is None
    assert not dialog.reprint_button.isVisible()
    assert dialog.export_button.isEnabled()
    dialog.close()
