"""Extras → Protokoll for data protection: search by case, export, tamper check; the login check of admins."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app.main_window import MainWindow
from desktop.audit.log_dialog import AuditLogDialog
from desktop.core.workspace import Workspace
from models.db import Database
from models.migrations.append_only import append_only_statements
from models.operations.case_detail import case_detail
from tests.conftest import Staff
from tests.desktop.gui_helpers import open_window_without_queue
from tests.support.factories import new_case


def _window_of(qtbot: QtBot, workspace: Workspace, actor_name: str, staff: Staff) -> MainWindow:
    actor = {"frank": staff.data_protection, "eva": staff.admin}[actor_name]
    return open_window_without_queue(qtbot, Workspace(workspace.db, actor, workspace.runner, workspace.render_letter))


def _open(qtbot: QtBot, window: MainWindow) -> AuditLogDialog:
    action = window.extras.audit_action
    assert action.isEnabled()
    assert action.text() == "&Protokoll …"
    action.trigger()
    dialog = window.extras.audit_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.search_button.isEnabled)  # the last days are read at once
    assert dialog.model.rowCount() > 0
    return dialog


def test_the_officer_searches_by_case_exports_and_checks(
    qtbot: QtBot, workspace: Workspace, db: Database, staff: Staff, tmp_path: Path
) -> None:
    case, other = new_case(db, staff.system), new_case(db, staff.system)
    case_detail(db, staff.supervisor, case.id)
    case_detail(db, staff.supervisor, other.id)
    window = _window_of(qtbot, workspace, "frank", staff)
    dialog = _open(qtbot, window)
    assert dialog.windowTitle() == "Protokoll"
    qtbot.keyClicks(dialog.case, case.reference)
    with qtbot.waitSignal(dialog.loaded) as loaded:
        qtbot.keyClick(dialog.case, Qt.Key.Key_Return)
    rows = loaded.args[0]
    assert rows
    assert {r.object_id for r in rows} == {str(case.id)}
    assert dialog.model.rowCount() == len(rows)
    assert "Einträge" in dialog.status.text()

    target = tmp_path / "protokoll.csv"
    with qtbot.waitSignal(dialog.exported):
        dialog.export_csv(target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert case.reference in target.read_text(encoding="utf-8-sig")
    assert other.reference not in target.read_text(encoding="utf-8-sig")

    with qtbot.waitSignal(dialog.verified) as verified:
        qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    assert verified.args[0].intact
    assert dialog.status.text().startswith("Unverändert")
    dialog.close()


def test_other_roles_have_no_audit_log(window: MainWindow) -> None:
    assert not window.extras.audit_action.isEnabled()


@pytest.mark.both_databases
def test_an_admin_logging_in_is_told_of_tampering(
    qtbot: QtBot, workspace: Workspace, db: Database, staff: Staff
) -> None:
    case_detail(db, staff.supervisor, new_case(db, staff.system).id)
    with db.engine.begin() as connection:  # an UPDATE around the trigger, which is put back afterwards
        if db.is_postgresql:
            connection.exec_driver_sql("DROP TRIGGER audit_log_no_change ON audit_log")
            connection.exec_driver_sql("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2")
            connection.exec_driver_sql(append_only_statements("audit_log", "postgresql")[1])
        else:
            connection.exec_driver_sql("DROP TRIGGER audit_log_no_update")
            connection.exec_driver_sql("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2")
            connection.exec_driver_sql(append_only_statements("audit_log", "sqlite")[0])
    window = _window_of(qtbot, workspace, "eva", staff)
    qtbot.waitUntil(window.notice.isVisible)
    assert window.notice.title.text() == "Das Protokoll wurde manipuliert"
    assert "Protokoll, Eintrag Nr. 2 (id 2): der Eintrag wurde nachträglich geändert" in window.notice.text.text()
