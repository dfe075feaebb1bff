"""The supervisor's decision on a register information held back by a conditional block (§ 52 BMG), in the real
main window: the actions are offered to the supervisor of a held case only, the reason is asked in a dialog, the
decision is in the case's history; the clerk is offered neither. On SQLite only (the operation's tests run on
both)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from desktop.app.main_window import MainWindow
from desktop.case.actions import CaseAction
from desktop.core.workspace import Workspace
from desktop.widgets.comment_dialog import CommentDialog
from models.cases import EventKind
from models.db import Database
from models.operations.case_detail import case_detail
from tests.conftest import Staff
from tests.desktop.gui_helpers import open_main_window, show_case
from tests.models.services.test_register_information import _held, _register  # noqa: F401 - helpers
from tests.support.register_streets import streets  # noqa: F401 - a fixture

pytestmark = [pytest.mark.parametrize("database_kind", ["sqlite"]), pytest.mark.usefixtures("streets")]


def test_the_supervisor_allows_a_held_information_with_a_reason(
    qtbot: QtBot, db: Database, staff: Staff, workspace: Workspace, window: MainWindow
) -> None:
    case_id = _held(db, staff)
    show_case(qtbot, window, case_id)  # the clerk's window: no decision offered
    assert not window.case_actions[CaseAction.ALLOW_INFORMATION].isEnabled()
    assert not window.case_actions[CaseAction.REFUSE_INFORMATION].isEnabled()
    assert window.buttons[CaseAction.ALLOW_INFORMATION].isHidden()  # the bar shows the decisions only when due

    boss = open_main_window(qtbot, Workspace(db, staff.supervisor, workspace.runner, workspace.render_letter))
    show_case(qtbot, boss, case_id)
    allow = boss.case_actions[CaseAction.ALLOW_INFORMATION]
    assert allow.isEnabled()
    assert boss.case_actions[CaseAction.REFUSE_INFORMATION].isEnabled()
    assert not boss.case_actions[CaseAction.APPROVE].isEnabled()  # the answer stays the clerk's
    button = boss.buttons[CaseAction.ALLOW_INFORMATION]  # beside the case, not only in the menu
    assert not button.isHidden()
    assert button.isEnabled()
    assert not boss.buttons[CaseAction.REFUSE_INFORMATION].isHidden()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(boss.workflow.dialog, CommentDialog))
    dialog = boss.workflow.dialog
    assert dialog is not None
    editor = dialog.findChild(QPlainTextEdit, "commentText")
    assert editor is not None
    qtbot.keyClicks(editor, "Betroffene angehoert: keine Gefahr")
    confirm = next(b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == "Zulassen")
    qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: boss.workflow.dialog is None, timeout=10_000)
    events = case_detail(db, staff.supervisor, case_id).events
    assert [(e.kind, e.comment) for e in events][-1] == (
        EventKind.INFORMATION_ALLOWED, "Betroffene angehoert: keine Gefahr"
    )  # fmt: skip
    qtbot.waitUntil(lambda: not allow.isEnabled(), timeout=10_000)  # decided once
    assert button.isHidden()
