"""*Extras → Urkundenpapier*, in the registry officer's real main window: a box of sheets is recorded from the
keyboard, a spoiled sheet is logged with its reason, the stock shows it; a refusal (overlap, missing reason) is
shown under the fields, which keep what was typed. The Bürgerbüro's clerk has no such menu entry."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app.main_window import MainWindow
from desktop.core.workspace import Workspace
from models.db import Database
from models.operations.security_paper import paper_stock
from tests.conftest import Staff
from tests.desktop.gui_helpers import open_main_window


def test_the_officer_loads_paper_and_logs_a_spoiled_sheet(
    qtbot: QtBot, db: Database, staff: Staff, workspace: Workspace
) -> None:
    window = open_main_window(qtbot, Workspace(db, staff.registry, workspace.runner, workspace.render_letter))
    assert window.extras.paper_action.isVisible()
    window.extras.paper_action.trigger()
    dialog = window.extras.paper_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.workstation is not None, timeout=10_000)
    qtbot.keyClicks(dialog.first, "5001")
    qtbot.keyClicks(dialog.last, "5.250")
    qtbot.mouseClick(dialog.load_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stock.rowCount() == 1, timeout=10_000)
    assert dialog.first.text() == ""
    assert "250" in dialog.total.text()

    qtbot.keyClicks(dialog.first, "5100")
    qtbot.keyClicks(dialog.last, "5300")
    qtbot.mouseClick(dialog.load_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.problem.isVisible, timeout=10_000)
    assert "bereits erfasst" in dialog.problem.text()
    assert (dialog.first.text(), dialog.last.text()) == ("5100", "5300")  # kept for correcting

    qtbot.keyClicks(dialog.serial, "5001")
    qtbot.mouseClick(dialog.spoil_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Grund" in dialog.problem.text(), timeout=10_000)
    qtbot.keyClicks(dialog.reason, "Papierstau")
    qtbot.mouseClick(dialog.spoil_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.spoiled.rowCount() == 1, timeout=10_000)
    assert not dialog.problem.isVisible()
    row = dialog.stock.row_at(0)
    assert row is not None
    assert (row.spoiled, row.remaining) == (1, 249)
    (stock,) = paper_stock(db, staff.registry).ranges
    assert (stock.workstation, stock.first_serial, stock.last_serial) == (dialog.workstation, 5001, 5250)


def test_the_clerk_has_no_security_paper(window: MainWindow) -> None:
    assert not window.extras.paper_action.isVisible()
