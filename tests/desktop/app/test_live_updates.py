"""Two workstations on one database (issue 14, item 4): B's main window — real widgets — shows what A does without
anyone pressing F5: A's claim and A's new case in B's queue within 2 s, with B's selection and scroll position kept;
a notice over the case B is looking at when A changed it (B's step on the old state is refused as before); A's sync
pass's new cases on B's status bar; and on PostgreSQL a dropped LISTEN connection that comes back with the change
made while it was gone."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app.main_window import MainWindow
from desktop.case.actions import CaseAction
from desktop.core.tasks import TaskRunner
from desktop.core.workspace import Workspace
from desktop.queue.model import Column
from desktop.widgets.error_dialogs import show_error_on_active_window
from models.change_announcements import announce_new_cases
from models.change_feed import APPLICATION_NAME
from models.db import Database
from models.operations.claims import claim_case, release_case
from models.operations.rows import CaseRow
from tests.conftest import Staff
from tests.desktop.gui_helpers import open_main_window, show_case, wait_for_message
from tests.support.factories import RecordingRenderer, muster_name, new_case

pytestmark = pytest.mark.both_databases

LIMIT_MS = 2000  # from a change at workstation A to B's widgets


@pytest.fixture
def workstation_a(db: Database) -> Iterator[Database]:
    """Another workstation: its own Database object, its own connections."""
    other = Database(db.url)
    yield other
    other.dispose()


def queue_ids(window: MainWindow) -> list[int]:
    model = window.queue.model
    return [row.id for row in (model.row_at(n) for n in range(model.rowCount())) if row is not None]


def assignee_shown(window: MainWindow, case: CaseRow) -> str:
    number = window.queue.model.row_of_case(case.id)
    assert number is not None
    return str(window.queue.model.index(number, Column.ASSIGNEE).data())


def test_a_claim_at_another_workstation_shows_in_the_queue_within_2_s_keeping_selection_and_scroll(
    qtbot: QtBot, db: Database, staff: Staff, workstation_a: Database, window: MainWindow
) -> None:
    cases = [new_case(db, staff.system, family_name=muster_name(n)) for n in range(40)]
    show_case(qtbot, window, cases[30])
    table = window.queue.table
    table.scrollToBottom()
    scrolled = table.verticalScrollBar().value()
    assert scrolled > 0
    reloads: list[None] = []
    window.queue.model.reloaded.connect(lambda: reloads.append(None))
    claimed = cases[35]
    claim_case(workstation_a, staff.clerk2, claimed.id)
    with qtbot.waitSignal(window.queue.model.refreshed, timeout=LIMIT_MS):
        pass
    qtbot.waitUntil(lambda: assignee_shown(window, claimed) == "Ben Yılmaz", timeout=LIMIT_MS)
    assert window.queue.selected_case_id() == cases[30].id
    assert table.verticalScrollBar().value() == scrolled
    assert reloads == []  # changed in place, no reset of the table
    assert not window.detail_panel.change_notice.isVisible()  # the case shown was not changed


def test_a_new_case_at_another_workstation_appears_in_the_queue(
    qtbot: QtBot, db: Database, staff: Staff, workstation_a: Database, window: MainWindow
) -> None:
    first = new_case(db, staff.system, family_name="Alt")
    show_case(qtbot, window, first)
    started = time.monotonic()
    added = new_case(workstation_a, staff.system, family_name="Neu")
    qtbot.waitUntil(lambda: added.id in queue_ids(window), timeout=LIMIT_MS)
    assert time.monotonic() - started < LIMIT_MS / 1000
    assert window.count_label.text() == "2 Vorgänge"
    assert window.queue.selected_case_id() == first.id


def test_the_case_shown_changed_elsewhere_gets_a_notice_and_a_step_on_it_is_refused(
    qtbot: QtBot, db: Database, staff: Staff, workstation_a: Database, window: MainWindow
) -> None:
    case = new_case(db, staff.system)
    show_case(qtbot, window, case)
    shown = window.detail_panel.detail
    assert shown is not None
    notice = window.detail_panel.change_notice
    assert not notice.isVisible()
    claimed = claim_case(workstation_a, staff.clerk2, case.id)
    release_case(workstation_a, staff.clerk2, case.id, expected_version=claimed.version)  # it looks as before
    qtbot.waitUntil(notice.isVisible, timeout=LIMIT_MS)
    assert notice.title.text() == "Dieser Vorgang wurde soeben an einem anderen Arbeitsplatz geändert"
    assert notice.action_button.text() == "Neu laden (F5)"
    assert window.detail_panel.detail is shown  # not replaced behind the clerk's back

    qtbot.mouseClick(window.buttons[CaseAction.CLAIM], Qt.MouseButton.LeftButton)  # on the old state
    message = wait_for_message(qtbot)
    assert "von jemand anderem geändert" in message.text()
    message.done(0)
    qtbot.waitUntil(lambda: not notice.isVisible())  # the refused step reloaded the case
    assert window.detail_panel.detail is not None
    assert window.detail_panel.detail.case.version > shown.case.version


def test_the_notice_reloads_the_case(
    qtbot: QtBot, db: Database, staff: Staff, workstation_a: Database, window: MainWindow
) -> None:
    case = new_case(db, staff.system)
    show_case(qtbot, window, case)
    notice = window.detail_panel.change_notice
    claim_case(workstation_a, staff.clerk2, case.id)
    qtbot.waitUntil(notice.isVisible, timeout=LIMIT_MS)
    with qtbot.waitSignal(window.detail_shown, check_params_cb=lambda d: d.case.assignee_username == "ben"):
        qtbot.mouseClick(notice.action_button, Qt.MouseButton.LeftButton)
    assert not notice.isVisible()
    assert "Ben Yılmaz" in window.detail_panel.assignee.text()


def test_my_own_step_brings_no_notice(qtbot: QtBot, db: Database, staff: Staff, window: MainWindow) -> None:
    case = new_case(db, staff.system)
    show_case(qtbot, window, case)
    with qtbot.waitSignal(window.detail_shown, check_params_cb=lambda d: d.case.assignee_username == "anna"):
        qtbot.mouseClick(window.buttons[CaseAction.CLAIM], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.queue.model.refreshed, timeout=LIMIT_MS):
        pass  # the feed has reported our own claim
    qtbot.wait(400)
    assert not window.detail_panel.change_notice.isVisible()


def test_another_workstations_sync_shows_its_new_cases_on_the_status_bar(
    qtbot: QtBot, workstation_a: Database, window: MainWindow
) -> None:
    announce_new_cases(workstation_a, 12)
    label = window.sync_status.label
    qtbot.waitUntil(lambda: label.text().endswith(": 12 neue Vorgänge"), timeout=LIMIT_MS)
    assert "anderen Arbeitsplatz" in label.text()


def test_the_window_stops_its_watcher_when_it_closes(window: MainWindow) -> None:
    assert window.live.watcher.running
    window.close()
    assert not window.live.watcher.running


@pytest.fixture
def postgres_window(
    qtbot: QtBot, postgres_db: Database, postgres_staff: Staff, renderer: RecordingRenderer
) -> Iterator[MainWindow]:
    runner = TaskRunner(show_error_on_active_window)
    try:
        window = open_main_window(qtbot, Workspace(postgres_db, postgres_staff.clerk, runner, renderer))
        yield window
        window.close()
    finally:
        runner.shutdown()


def test_a_dropped_listen_connection_is_shown_and_comes_back_without_losing_a_change(
    qtbot: QtBot, postgres_db: Database, postgres_staff: Staff, postgres_window: MainWindow
) -> None:
    window = postgres_window
    label = window.live.label
    qtbot.waitUntil(lambda: _listening(postgres_db) == 1)
    with postgres_db.engine.connect() as connection:
        connection.exec_driver_sql(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            f"WHERE application_name = '{APPLICATION_NAME}' AND datname = current_database()"
        )
    added = new_case(postgres_db, postgres_staff.system, family_name="Zwischendurch")  # while nobody listens
    qtbot.waitUntil(lambda: added.id in queue_ids(window), timeout=5000)
    assert not label.isVisible()  # back (it may have shown "Live-Aktualisierung unterbrochen" for a moment)
    assert _listening(postgres_db) == 1


def test_the_interruption_is_shown_while_it_lasts(qtbot: QtBot, window: MainWindow) -> None:
    label = window.live.label
    window.live.watcher.connection_changed.emit(False)
    assert label.isVisible()
    assert label.text() == "Live-Aktualisierung unterbrochen"
    window.live.watcher.connection_changed.emit(True)
    assert not label.isVisible()


def _listening(db: Database) -> int:
    with db.engine.connect() as connection:
        return int(
            connection.exec_driver_sql(
                "SELECT count(*) FROM pg_stat_activity "
                f"WHERE application_name = '{APPLICATION_NAME}' AND datname = current_database()"
            ).scalar()
            or 0
        )


def test_the_supervisors_dashboard_counts_again_after_another_workstations_change(
    qtbot: QtBot, db: Database, staff: Staff, workstation_a: Database, workspace: Workspace
) -> None:
    new_case(db, staff.system, family_name="Erster")
    supervisor = Workspace(db, staff.supervisor, workspace.runner, workspace.render_letter)
    window = open_main_window(qtbot, supervisor)
    dashboard = window.overview.dashboard
    assert dashboard is not None
    qtbot.waitUntil(lambda: dashboard.report is not None and not dashboard.loading, timeout=10_000)
    assert dashboard.report is not None
    before = dashboard.report.open_cases
    new_case(workstation_a, staff.system, family_name="Zweiter")
    qtbot.waitUntil(
        lambda: dashboard.report is not None and dashboard.report.open_cases == before + 1, timeout=LIMIT_MS + 3000
    )  # the feed's batch, then at most one reload every 2 s
