"""The demo mode's own delivery service: started with the application, twelve applications after the first sync.

Twelve into a fresh database, that is: a second start on the same database brings none (``make run`` twice).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import desktop.app.application
from desktop.app.login_dialog import LoginDialog
from desktop.app.main_window import MainWindow
from desktop.app.startup import StartupFlow
from desktop.core.tasks import TaskRunner
from desktop.messages.error_messages import describe_error
from desktop.sync.demo_delivery import DemoDeliveryService
from models.db import Database
from models.demo.seed import DEMO_PASSWORD
from printing.letter import render_letter
from sync.fitconnect.errors import DeliveryServiceUnreachable
from tests.desktop.gui_helpers import visible_windows
from tests.sync.sandbox.helpers import SandboxKeys


def _service(keys: SandboxKeys, seed: int) -> DemoDeliveryService:
    return DemoDeliveryService(seed=seed, keys=(keys.service, keys.encryption, keys.signing))


@pytest.fixture
def delivery(sandbox_keys: SandboxKeys) -> Iterator[DemoDeliveryService]:
    service = _service(sandbox_keys, 3)
    yield service
    service.stop()


def _start_and_log_in(qtbot: QtBot, db: Database, runner: TaskRunner, delivery: DemoDeliveryService) -> MainWindow:
    """``amtsstube gui --demo`` up to the end of the first sync after Anna's login."""
    flow = StartupFlow(db, runner, demo=True, render_letter=render_letter, demo_delivery=delivery)
    flow.start()
    assert flow.progress is not None
    assert flow.progress.maximum() == 6  # database steps and the delivery service's steps
    qtbot.waitUntil(lambda: flow.login is not None and flow.login.isVisible(), timeout=30_000)
    assert delivery.setup is not None  # the login waits for the delivery service
    login = flow.login
    assert isinstance(login, LoginDialog)
    login.username.setText("anna")
    login.password.setText(DEMO_PASSWORD)
    with qtbot.waitSignal(flow.main_window_shown) as shown:
        login.login_button.click()
    window = shown.args[0]
    assert isinstance(window, MainWindow)
    if window.sync.running:  # the demo syncs on start
        with qtbot.waitSignal(window.sync.finished, timeout=30_000):
            pass
    qtbot.waitUntil(lambda: not runner.busy)
    return window


def _close(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.closed):
        window.close()


def test_the_first_sync_after_login_brings_twelve_demo_applications_into_a_fresh_database_only(
    qtbot: QtBot, tmp_path: Path, runner: TaskRunner, delivery: DemoDeliveryService, sandbox_keys: SandboxKeys
) -> None:
    db = Database(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    try:
        window = _start_and_log_in(qtbot, db, runner, delivery)
        assert window.sync_status.label.text().endswith(": 12 neue Vorgänge")
        assert delivery.sent == 12
        assert window.sync.timer.isActive()  # and again every ten minutes
        online = window.queue.model.total
        assert online >= 12
        assert delivery.server is not None
        note = window.sync.source.description or ""
        assert note.startswith(
            f"Demomodus: Diese Sitzung holt Anträge beim lokalen Zustelldienst unter {delivery.server.base_url}"
        )
        _close(qtbot, window)

        again = _service(sandbox_keys, 4)  # the next ``make run``: a new delivery service, other applicants
        try:
            window = _start_and_log_in(qtbot, db, runner, again)
            assert window.sync_status.label.text().endswith(": Keine neuen Anträge")
            assert again.sent == 0
            assert window.queue.model.total == online
            _close(qtbot, window)
        finally:
            again.stop()
    finally:
        db.dispose()


def test_run_gui_stops_the_demo_delivery_service_at_the_end(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sandbox_keys: SandboxKeys
) -> None:
    monkeypatch.setenv("AMTSSTUBE_DATABASE_URL", f"sqlite:///{tmp_path / 'gui.sqlite3'}")
    started: list[DemoDeliveryService] = []

    def fast_service() -> DemoDeliveryService:
        keys = (sandbox_keys.service, sandbox_keys.encryption, sandbox_keys.signing)
        service = DemoDeliveryService(count=2, keys=keys, seed=2026)
        started.append(service)
        return service

    monkeypatch.setattr(desktop.app.application, "_demo_delivery", fast_service)  # loaded only for a demo start
    urls: list[str] = []

    def cancel_login() -> None:
        for dialog in visible_windows(LoginDialog):
            assert started[0].server is not None
            urls.append(started[0].server.base_url)
            dialog.reject()

    driver = QTimer()
    driver.timeout.connect(cancel_login)
    driver.start(20)
    try:
        assert desktop.app.application.run_gui(["amtsstube"], demo=True) == 0
    finally:
        driver.stop()
        qapp.setQuitOnLastWindowClosed(True)
    assert started[0].server is None
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{urls[0]}/.well-known/jwks.json", timeout=2)


def test_a_delivery_service_that_did_not_start_is_named_by_the_first_sync(
    tmp_path: Path, delivery: DemoDeliveryService
) -> None:
    delivery.failure = "OSError: address already in use"  # what start() leaves behind when it fails
    db = Database(f"sqlite:///{tmp_path / 'unused.sqlite3'}")
    try:
        with pytest.raises(DeliveryServiceUnreachable) as raised:
            delivery.source(db).make_runner()
    finally:
        db.dispose()
    message = describe_error(raised.value)
    assert message is not None
    assert message.title == "Zustelldienst nicht erreichbar"
    assert message.details == "OSError: address already in use"
