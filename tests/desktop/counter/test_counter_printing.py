"""'Sofort erledigen' at the counter prints the citizen's papers through a real CUPS queue (cups-pdf): the
confirmation letter and the receipt, read back from the PDFs cups-pdf wrote."""

from __future__ import annotations

import io
import subprocess
import time
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app.main_window import MainWindow
from models.case_status import CaseStatus
from models.db import Database
from models.operations.case_detail import case_detail
from tests.conftest import Staff
from tests.desktop.counter.drivers import choose_service, open_counter_dialog, type_address, type_person
from tests.support.cups_pdf import PRINTER, cups_pdf_output_dir, require_cups_queue
from tests.support.factories import GENERIC_FEE_SERVICE

pytestmark = pytest.mark.cups


def _new_pdfs(since: float, count: int) -> list[Path]:
    """The PDFs cups-pdf wrote since ``since``, once ``count`` are there and the queue is empty (bounded)."""
    directory = cups_pdf_output_dir(PRINTER)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        written = sorted(
            (p for p in directory.glob("*.pdf") if p.stat().st_mtime >= since - 1), key=lambda p: p.stat().st_mtime
        )
        pending = subprocess.run(["lpstat", "-o", PRINTER], capture_output=True, text=True, check=False).stdout
        if len(written) >= count and not pending.strip():
            return written
        time.sleep(0.25)
    pytest.fail(f"cups-pdf wrote fewer than {count} files in {directory} within 60 s")


def test_complete_now_prints_the_confirmation_and_the_receipt_to_take_home(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow
) -> None:
    require_cups_queue()
    dialog = open_counter_dialog(qtbot, window)
    choose_service(qtbot, dialog, "ersatz-hundest", GENERIC_FEE_SERVICE)
    type_person(qtbot, dialog, "Schmitz", "Paula")
    assert dialog.form is not None
    dialog.form.set_value({"subject": "Arbeitgeber"})
    qtbot.mouseClick(dialog.complete_button, Qt.MouseButton.LeftButton)  # no address: no letter to take home
    qtbot.waitUntil(dialog.problem.isVisible, timeout=10_000)
    assert "Anschrift" in dialog.problem.text()
    assert dialog.person.edits["postcode"].hasFocus()
    type_address(qtbot, dialog)
    dialog.printers.set_printer(PRINTER)
    since = time.time()
    with qtbot.waitSignal(dialog.completed, timeout=30_000) as completed:
        qtbot.mouseClick(dialog.complete_button, Qt.MouseButton.LeftButton)
    done = completed.args[0]
    assert done.receipt is not None
    assert done.letter is not None
    qtbot.waitUntil(lambda: window.counter.dialog is None, timeout=60_000)  # printed: the dialog closes itself
    texts = []
    for written in _new_pdfs(since, 2)[:2]:
        try:
            with pdfplumber.open(io.BytesIO(written.read_bytes())) as document:
                texts.append("\n".join(page.extract_text() or "" for page in document.pages))
        finally:
            written.unlink()
    receipt = next(t for t in texts if done.receipt.number in t)
    assert done.case.reference in receipt
    assert "5,00" in receipt
    letter = next(t for t in texts if done.receipt.number not in t)
    assert done.case.reference in letter
    assert case_detail(db, staff.clerk, done.case.id).case.status is CaseStatus.APPROVED
