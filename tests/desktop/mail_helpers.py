"""Letters in the print queue and the outgoing-mail book, made through the real operations (for the mail tests)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.app.main_window import MainWindow
from desktop.core.tasks import TaskRunner
from desktop.mail.mail_book import MailBookDialog
from desktop.mail.print_queue import PrintQueueDialog
from desktop.widgets.printer_choice import PrinterChoice
from models.actors import Actor
from models.db import Database
from models.operations.correspondence import issue_fee_notice
from models.operations.mail_rows import PrintBatchResult
from models.operations.outgoing_mail import print_documents
from models.operations.rows import DocumentRow
from printing.batch import file_delivery
from printing.letter import render_letter
from tests.support.factories import GENERIC_FEE_SERVICE, new_case


def queued_fee_notices(db: Database, actor: Actor, names: list[str]) -> list[DocumentRow]:
    """One residence-certificate case per family name, each with a fee notice waiting in the print queue."""
    documents = []
    for name in names:
        case = new_case(db, actor, GENERIC_FEE_SERVICE, family_name=name, given_names="Zoë")
        documents.append(issue_fee_notice(db, actor, case.id, render_letter))
    return documents


def printed_to_file(db: Database, actor: Actor, documents: list[DocumentRow], folder: Path) -> PrintBatchResult:
    """Print the letters into a PDF file (quick: no printer), so they are in the outgoing-mail book."""
    deliver = file_delivery(folder / "stapel.pdf")
    return print_documents(db, actor, deliver, [document.id for document in documents])


def choose_printer(qtbot: QtBot, choice: PrinterChoice, runner: TaskRunner, name: str) -> None:
    """Wait for the list of printers (and the duplex check of the preselected one), then choose ``name``."""
    qtbot.waitUntil(lambda: choice.printer.count() > 0)
    qtbot.waitUntil(lambda: not runner.busy)
    choice.set_printer(name)
    qtbot.waitUntil(lambda: not runner.busy)


def open_print_queue(qtbot: QtBot, window: MainWindow) -> PrintQueueDialog:
    action = window.mail.print_queue_action
    assert action.isEnabled()
    action.trigger()
    dialog = window.mail.print_queue
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0 or dialog.empty.isVisible())
    return dialog


def open_mail_book(qtbot: QtBot, window: MainWindow) -> MailBookDialog:
    action = window.mail.mail_book_action
    assert action.isEnabled()
    action.trigger()
    dialog = window.mail.mail_book
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.count.text() != "")  # the first load has arrived
    return dialog
