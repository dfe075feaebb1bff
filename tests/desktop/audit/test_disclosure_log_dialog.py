"""Extras → Protokoll der Melderegisterauskünfte for data protection: the answers with the data given, the CSV
export; no other role gets the menu entry."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app.main_window import MainWindow
from desktop.core.workspace import Workspace
from models.db import Database
from tests.conftest import Staff
from tests.desktop.gui_helpers import open_window_without_queue
from tests.support.register_streets import answered_request, streets  # noqa: F401 (a fixture)


@pytest.mark.usefixtures("streets")
def test_the_officer_reads_and_exports_the_answers(
    qtbot: QtBot, workspace: Workspace, db: Database, staff: Staff, tmp_path: Path
) -> None:
    case = answered_request(db, staff)

    officer = Workspace(workspace.db, staff.data_protection, workspace.runner, workspace.render_letter)
    window = open_window_without_queue(qtbot, officer)
    action = window.extras.disclosure_action
    assert action.isEnabled()
    action.trigger()
    dialog = window.extras.disclosure_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)  # the last days are read at once
    assert dialog.windowTitle() == "Protokoll der Melderegisterauskünfte (§ 40 BMG)"
    assert dialog.model.rowCount() == 1
    cells = [dialog.model.index(0, column).data() for column in range(dialog.model.columnCount())]
    assert case.reference in cells
    assert "Auskunft erteilt" in cells
    assert any("Mühlenbach 9, 59821 Lindenbrück" in str(cell) for cell in cells)
    assert dialog.status.text() == "1 Auskünfte."

    target = tmp_path / "auskuenfte.csv"
    with qtbot.waitSignal(dialog.exported):
        dialog.export_csv(target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert case.reference in target.read_text(encoding="utf-8-sig")
    with qtbot.waitSignal(dialog.loaded) as loaded:
        qtbot.mouseClick(dialog.search_button, Qt.MouseButton.LeftButton)
    assert len(loaded.args[0]) == 1
    dialog.close()


def test_other_roles_have_no_disclosure_log(window: MainWindow) -> None:
    assert not window.extras.disclosure_action.isEnabled()
