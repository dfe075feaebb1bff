"""What a clerk sees at first glance: the queue's share of the window, columns that show their contents, windows that
fit their tables."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHeaderView, QSplitter, QTableView, QTreeView
from pytestqt.qtbot import QtBot

from desktop.app.main_window import MainWindow
from desktop.core.workspace import Workspace
from models.case_status import CaseStatus
from models.db import Database
from models.operations.claims import claim_case
from models.operations.transitions import transition_case
from printing.letter import render_letter
from tests.conftest import Staff
from tests.desktop.gui_helpers import show_case
from tests.desktop.mail_helpers import open_mail_book, printed_to_file, queued_fee_notices
from tests.support.factories import GENERIC_FEE_SERVICE, new_case


def _cut_columns(view: QTableView | QTreeView, header: QHeaderView, fitted: list[int]) -> list[str]:
    """Columns narrower than their contents, and a table reaching past the right edge of its view."""
    problems = [
        f"column {column}: {header.sectionSize(column)} < {needed}"
        for column in fitted
        if header.sectionSize(column) < (needed := max(view.sizeHintForColumn(column), header.sectionSizeHint(column)))
    ]
    if header.length() > view.viewport().width():
        problems.append(f"the columns take {header.length()} of {view.viewport().width()} pixels")
    return problems


def test_queue_and_case_share_the_window_from_the_first_show(qtbot: QtBot, workspace: Workspace) -> None:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.resize(1280, 720)  # a laptop's screen (the test screen is smaller)
    with qtbot.waitSignal(window.queue.model.reloaded):
        window.show()

    splitter = window.queue.parentWidget()
    assert isinstance(splitter, QSplitter)

    def queue_share() -> float:
        queue, detail = splitter.sizes()
        return queue / (queue + detail)

    assert 0.45 <= queue_share() <= 0.55
    window.resize(window.width(), window.height() + 150)  # a larger window: the queue grows too
    qtbot.waitUntil(lambda: 0.45 <= queue_share() <= 0.55)


def test_the_letters_of_a_case_show_kind_date_and_status_in_full(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow
) -> None:
    case = new_case(db, staff.system, GENERIC_FEE_SERVICE)
    claimed = claim_case(db, staff.clerk, case.id)
    transition_case(  # the longest kind of letter: "Nachforderung von Unterlagen"
        db,
        staff.clerk,
        case.id,
        CaseStatus.WAITING_FOR_CITIZEN,
        expected_version=claimed.version,
        comment="Personalausweis",
        render_letter=render_letter,
    )
    window.resize(1280, 800)  # an office monitor of 1280 × 1024
    show_case(qtbot, window, case)
    assert window.width() == 1280  # the window is not wider than such a screen (filters, buttons, the case's lists)
    documents = window.detail_panel.documents
    header = documents.header()
    qtbot.waitUntil(lambda: _cut_columns(documents, header, [1, 2, 3]) == [])
    assert documents.topLevelItem(0).text(3) == "Druckbereit"  # type: ignore[union-attr]
    assert header.sectionSize(0) >= 120  # the title, elided, but readable


def test_the_outgoing_mail_book_fits_its_table_whatever_the_printer_is_called(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow, tmp_path: Path
) -> None:
    documents = queued_fee_notices(db, staff.system, ["Abel", "Brandt"])
    printed_to_file(db, staff.clerk, documents, tmp_path)  # the printer: "PDF-Datei /tmp/…/stapel.pdf"
    book = open_mail_book(qtbot, window)
    table, header = book.table, book.table.horizontalHeader()
    fitted = [0, 3, 4, 5, 6]  # date, case, pages, postage, printed by
    qtbot.waitUntil(lambda: _cut_columns(table, header, fitted) == [])
    screen = book.screen().availableGeometry()
    assert book.width() <= max(screen.width(), book.minimumSizeHint().width())
    for column in (1, 2, 7, 8):  # recipient, title, printer, reason share the rest
        assert header.sectionSize(column) >= 80
    book.close()
