"""Synchronising from the main window against a real local delivery service: result, queue, responsiveness, failures."""

from __future__ import annotations

import re
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app.main_window import MainWindow
from desktop.core.workspace import Workspace
from desktop.sync.controller import SyncSchedule, Trigger
from sync.sandbox.local_setup import credentials_of
from sync.sync_pass import BOOKING_BATCH, PREFETCH
from tests.desktop.gui_helpers import open_main_window, visible_windows
from tests.desktop.sync_helpers import open_synced_window, send_invalid, send_valid
from tests.sync.sandbox.helpers import RunningSandbox

RESULT = re.compile(r"^Synchronisiert um \d\d:\d\d: (?P<result>.*)$")


def _sync_button(window: MainWindow) -> object:
    return next(button for button in window.queue.action_buttons if button.objectName() == "button_sync")


def _result(window: MainWindow) -> str:
    match = RESULT.match(window.sync_status.label.text())
    assert match, window.sync_status.label.text()
    return match["result"]


def _no_modal_dialog() -> bool:
    return QApplication.activeModalWidget() is None and not visible_windows(QMessageBox)


def test_sync_now_brings_the_new_cases_into_the_queue_and_says_how_many(
    qtbot: QtBot, workspace: Workspace, sandbox: RunningSandbox
) -> None:
    send_valid(sandbox, 3)
    send_invalid(sandbox, 1)
    window = open_synced_window(qtbot, workspace, sandbox)
    assert window.queue.model.rowCount() == 0
    button = _sync_button(window)
    assert button.text() == "&Jetzt synchronisieren"  # type: ignore[attr-defined]
    with qtbot.waitSignal(window.sync.finished, timeout=15_000), qtbot.waitSignal(window.queue.model.reloaded):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    assert _result(window) == "3 neue Vorgänge, 1 abgelehnt"
    assert window.queue.model.rowCount() == 3
    assert {window.queue.model.row_at(n).service_key for n in range(3)} <= {  # type: ignore[union-attr]
        "bulky_waste_pickup",
        "dog_registration",
    }
    assert not window.sync_status.progress.isVisible()
    assert "Abgeholt: 4" in window.sync_status.label.toolTip()

    send_valid(sandbox, 1, seed=8)
    with qtbot.waitSignal(window.sync.finished, timeout=15_000):
        qtbot.keyClick(window, Qt.Key.Key_F9)
    assert _result(window) == "1 neuer Vorgang"
    with qtbot.waitSignal(window.sync.finished, timeout=15_000):
        window.sync_action.trigger()
    assert _result(window) == "Keine neuen Anträge"
    assert _no_modal_dialog()


def test_the_window_stays_responsive_and_shows_progress_while_a_slow_pass_runs(
    qtbot: QtBot, workspace: Workspace, sandbox: RunningSandbox
) -> None:
    send_valid(sandbox, 3)
    window = open_synced_window(qtbot, workspace, sandbox)
    sandbox.state.faults.update(latency_seconds=0.15)  # every request of the pass waits on the server
    ticks: list[float] = []
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(time.monotonic()))
    ticker.start(10)
    progress: list[str] = []
    window.sync.progressed.connect(lambda _done, _total: progress.append(window.sync_status.label.text()))
    ignored: list[Trigger] = []
    window.sync.ignored.connect(ignored.append)
    started = time.monotonic()
    with qtbot.waitSignal(window.sync.finished, timeout=20_000):
        assert window.sync.sync_now()
        assert window.sync_status.label.text() == "Synchronisiere …"
        assert window.sync_status.progress.isVisible()
        assert not window.sync.sync_now()  # only one pass at a time
        assert "läuft bereits" in window.statusBar().currentMessage()
    ticker.stop()
    assert ignored == [Trigger.USER]
    # fetched / total as the pass books them (it may book several at once)
    numbers = [int(re.fullmatch(r"Synchronisiere … (\d) / 3", text)[1]) for text in progress]  # type: ignore[index]
    assert numbers == sorted(numbers)
    assert numbers[-1] == 3
    # The pass took a while (every request waited 150 ms), and the GUI thread ticked all along: a blocked GUI
    # thread would show a gap as long as the pass.
    gaps = [later - earlier for earlier, later in zip([started, *ticks], ticks, strict=False)]
    assert ticks[-1] - started >= 0.5
    assert max(gaps) < 0.3
    assert _result(window) == "3 neue Vorgänge"


def test_a_wrong_secret_is_reported_in_german_without_a_modal_dialog(
    qtbot: QtBot, workspace: Workspace, sandbox: RunningSandbox
) -> None:
    wrong = credentials_of(sandbox.setup)
    wrong = type(wrong)(wrong.client_id, "falsch", wrong.decryption_keys, wrong.signing_key)
    window = open_synced_window(qtbot, workspace, sandbox, credentials=wrong)
    with qtbot.waitSignal(window.sync.finished, timeout=15_000):
        qtbot.keyClick(window, Qt.Key.Key_F9)
    label = window.sync_status.label.text()
    assert re.match(r"^Synchronisierung um \d\d:\d\d fehlgeschlagen: Zugangsdaten abgelehnt$", label), label
    assert "Client-Secret" in window.sync_status.label.toolTip()
    notice = window.notice
    assert notice.isVisible()
    assert notice.title.text() == "Zugangsdaten abgelehnt"
    assert "Extras → FIT-Connect-Verbindung" in notice.text.text()
    assert not notice.action_button.isVisible()  # a clerk cannot change the connection
    assert _no_modal_dialog()
    assert "falsch" not in label + notice.text.text() + notice.details.text()


def test_failing_automatic_passes_explain_once_and_never_open_a_dialog(
    qtbot: QtBot, workspace: Workspace, sandbox: RunningSandbox
) -> None:
    sandbox.server.stop()  # the delivery service is down
    window = open_synced_window(qtbot, workspace, sandbox, schedule=SyncSchedule(on_start=True, interval_ms=30))
    failures: list[Exception] = []
    window.sync.failed.connect(lambda error, _trigger: failures.append(error))
    qtbot.waitUntil(lambda: len(failures) >= 1, timeout=15_000)
    assert window.notice.isVisible()
    assert window.notice.title.text() == "Zustelldienst nicht erreichbar"
    assert "Es ging nichts verloren" in window.notice.text.text()
    qtbot.mouseClick(window.notice.close_button, Qt.MouseButton.LeftButton)
    assert not window.notice.isVisible()
    qtbot.waitUntil(lambda: len(failures) >= 4, timeout=15_000)  # every 30 ms another automatic pass fails …
    assert not window.notice.isVisible()  # … and the notice stays closed: this kind was explained
    assert "fehlgeschlagen: Zustelldienst nicht erreichbar" in window.sync_status.label.text()
    assert _no_modal_dialog()
    window.sync.stop()
    qtbot.waitUntil(lambda: not window.sync.running)


def test_without_a_configured_connection_nothing_runs_by_itself_and_sync_now_says_why(
    qtbot: QtBot, workspace: Workspace
) -> None:
    window = open_main_window(qtbot, workspace)  # the workstation's settings: nothing configured
    assert not window.sync.timer.isActive()
    assert not window.sync.running
    with qtbot.waitSignal(window.sync.finished, timeout=15_000):
        qtbot.keyClick(window, Qt.Key.Key_F9)
    assert window.sync_status.label.text().endswith("fehlgeschlagen: FIT-Connect nicht eingerichtet")
    assert "Extras → FIT-Connect-Verbindung" in window.notice.text.text()
    assert _no_modal_dialog()


def test_closing_the_window_ends_a_running_pass_after_the_application_in_hand(
    qtbot: QtBot, workspace: Workspace, sandbox: RunningSandbox
) -> None:
    sent = PREFETCH + BOOKING_BATCH  # more than the pass prepares ahead, so the first booking cannot be the last
    send_valid(sandbox, sent)
    window = open_synced_window(qtbot, workspace, sandbox)
    sandbox.state.faults.update(latency_seconds=0.05)
    done: list[int] = []
    window.sync.progressed.connect(lambda number, _total: done.append(number))
    failures: list[Exception] = []
    window.sync.failed.connect(lambda error, _trigger: failures.append(error))
    with qtbot.waitSignal(window.sync.progressed, timeout=15_000):
        window.sync.sync_now()
    window.close()
    qtbot.waitUntil(lambda: not workspace.runner.busy, timeout=15_000)
    assert done
    assert max(done) < sent  # it did not go on to the end …
    assert failures == []  # … and stopping is no failure to report
    assert not window.sync.timer.isActive()
