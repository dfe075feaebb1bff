"""The list of rejected online applications (Extras → Abgelehnte Anträge) for supervisors and admins."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app.main_window import MainWindow
from desktop.core.workspace import Workspace
from desktop.sync.rejected_submissions import Column, HeldColumn, RejectedSubmissionsDialog
from desktop.sync.status import summary_text
from models.operations.intake_book import SubmissionKey, record_fault
from sync.sync_pass import SyncSummary
from tests.conftest import Staff
from tests.desktop.sync_helpers import open_synced_window, send_invalid, send_valid
from tests.sync.sandbox.helpers import RunningSandbox


@pytest.fixture
def supervisor_workspace(workspace: Workspace, staff: Staff) -> Workspace:
    return Workspace(workspace.db, staff.supervisor, workspace.runner, workspace.render_letter)


def _sync(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.sync.finished, timeout=15_000):
        window.sync.sync_now()


def _open(qtbot: QtBot, window: MainWindow) -> RejectedSubmissionsDialog:
    assert window.extras.rejected_action.isEnabled()
    assert window.extras.rejected_action.text() == "A&bgelehnte Anträge …"
    window.extras.rejected_action.trigger()
    dialog = window.extras.rejected_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0 or dialog.empty.isVisible())
    return dialog


def test_rejected_applications_are_listed_with_service_id_and_why(
    qtbot: QtBot, supervisor_workspace: Workspace, sandbox: RunningSandbox
) -> None:
    invalid = send_invalid(sandbox, 2)
    send_valid(sandbox, 1)
    window = open_synced_window(qtbot, supervisor_workspace, sandbox)
    _sync(qtbot, window)
    dialog = _open(qtbot, window)
    assert dialog.windowTitle() == "Abgelehnte Online-Anträge"
    assert not dialog.isModal()
    model = dialog.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["Eingang", "Leistung", "Antrags-ID", "Ablehnungsgrund"]
    assert model.rowCount() == 2
    assert {model.index(n, Column.SUBMISSION).data() for n in range(2)} == {sent.submission_id for sent in invalid}
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", model.index(0, Column.RECEIVED).data())
    assert model.index(0, Column.SERVICE).data() == "Sperrmüllabholung anmelden"
    assert model.index(0, Column.PROBLEMS).data() == "Antragsdaten entsprechen nicht dem Schema"
    detail = dialog.detail.toPlainText()  # the first row is selected and shown in full
    assert model.index(0, Column.SUBMISSION).data() in detail
    assert "pickupAddress" in detail
    assert "Betrifft: die Antragsdaten" in detail
    assert "https://schema.fitko.de/fit-connect/events/problems/data-schema-violation" in detail

    send_invalid(sandbox, 1)  # a later pass rejects another one: the open list follows
    with qtbot.waitSignal(dialog.loaded, timeout=15_000):
        _sync(qtbot, window)
    assert model.rowCount() == 3


def test_an_empty_list_says_so_and_clerks_do_not_get_the_list(
    qtbot: QtBot, supervisor_workspace: Workspace, window: MainWindow, sandbox: RunningSandbox
) -> None:
    assert not window.extras.rejected_action.isEnabled()  # the clerk's window
    supervisor_window = open_synced_window(qtbot, supervisor_workspace, sandbox)
    dialog = _open(qtbot, supervisor_window)
    assert dialog.empty.isVisible()
    assert dialog.empty.text() == "Es wurde kein Antrag abgelehnt."
    dialog.close()


def test_applications_kept_aside_are_listed_above_the_rejected_ones(
    qtbot: QtBot, supervisor_workspace: Workspace, sandbox: RunningSandbox
) -> None:
    window = open_synced_window(qtbot, supervisor_workspace, sandbox)
    key = SubmissionKey(
        submission_id="5d9a3c1e-0000-4000-8000-0000000000aa",
        fitconnect_case_id="5d9a3c1e-0000-4000-8000-0000000000bb",
        destination_id=sandbox.setup.destination_id,
        service_identifier=None,
        service_name="Hund anmelden <b>fett</b>",
    )
    record_fault(supervisor_workspace.db, key, "TypeError: unsupported operand (at intake.py:12)")
    record_fault(supervisor_workspace.db, key, "TypeError: unsupported operand (at intake.py:12)")
    dialog = _open(qtbot, window)
    qtbot.waitUntil(lambda: dialog.held_model.rowCount() == 1)
    assert dialog.held_table.isVisible()
    assert dialog.held_intro.isVisible()
    assert "3 Versuchen" in dialog.held_intro.text()
    model = dialog.held_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in HeldColumn]
    assert headers == ["Fehlerhaft seit", "Leistung", "Antrags-ID", "Versuche", "Technischer Fehler"]
    assert model.index(0, HeldColumn.SUBMISSION).data() == key.submission_id
    assert model.index(0, HeldColumn.ATTEMPTS).data() == "2 / 3"
    assert model.index(0, HeldColumn.SERVICE).data() == "Hund anmelden <b>fett</b>"
    assert model.index(0, HeldColumn.ERROR).data().startswith("TypeError")
    dialog.held_table.selectRow(0)
    report = dialog.detail.toPlainText()
    assert key.submission_id in report
    assert "Versuch 2 von 3" in report
    assert "TypeError: unsupported operand (at intake.py:12)" in report
    assert "held" not in summary_text(SyncSummary(ran=True, held=1))
    assert summary_text(SyncSummary(ran=True, held=1)) == "1 nach technischem Fehler zurückgestellt"


def test_the_kept_aside_list_is_hidden_while_there_are_none(
    qtbot: QtBot, supervisor_workspace: Workspace, sandbox: RunningSandbox
) -> None:
    send_invalid(sandbox, 1)
    window = open_synced_window(qtbot, supervisor_workspace, sandbox)
    _sync(qtbot, window)
    dialog = _open(qtbot, window)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert not dialog.held_table.isVisible()
    assert not dialog.held_intro.isVisible()
