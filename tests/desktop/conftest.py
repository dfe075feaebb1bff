"""Fixtures for the desktop tests: German translation, a task runner, a logged-in main window, no dangling threads."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app.main_window import MainWindow
from desktop.core.gui_thread_gc import GuiThreadCollector
from desktop.core.tasks import TaskRunner
from desktop.core.translations import install_translations, remove_translations
from desktop.core.workspace import Workspace
from desktop.widgets.error_dialogs import show_error_on_active_window
from models.db import Database
from tests.conftest import Staff
from tests.desktop.gui_helpers import open_main_window, open_window_without_queue
from tests.support.factories import RecordingRenderer
from tests.sync.sandbox.helpers import RunningSandbox, SandboxKeys, running_destination


@pytest.fixture(autouse=True)
def gc_on_the_gui_thread(qapp: QApplication) -> Iterator[None]:
    """As in the application: cycles are collected on the GUI thread only. Set up before and so torn down after
    qtbot, whose teardown closes the test's widgets: what they leave is collected here, not in the next test."""
    collector = GuiThreadCollector()
    yield
    collector.stop()


@pytest.fixture(autouse=True)
def german(qapp: QApplication) -> Iterator[None]:
    """The GUI in German, as users see it by default."""
    assert install_translations(qapp)
    yield
    remove_translations(qapp)


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    task_runner = TaskRunner(show_error_on_active_window)
    yield task_runner
    task_runner.shutdown()


@pytest.fixture
def renderer() -> RecordingRenderer:
    return RecordingRenderer()


@pytest.fixture
def workspace(db: Database, staff: Staff, runner: TaskRunner, renderer: RecordingRenderer) -> Workspace:
    return Workspace(db, staff.clerk, runner, renderer)


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace) -> MainWindow:
    return open_main_window(qtbot, workspace)


@pytest.fixture
def admin_window(qtbot: QtBot, workspace: Workspace, staff: Staff) -> MainWindow:
    """The main window for the admin (Eva Klein), without the work queue."""
    admin = Workspace(workspace.db, staff.admin, workspace.runner, workspace.render_letter)
    return open_window_without_queue(qtbot, admin)


@pytest.fixture(scope="session")
def sandbox_keys() -> SandboxKeys:
    """RSA keys for the local delivery service, made once (key generation takes a while)."""
    return SandboxKeys.generate()


@pytest.fixture
def sandbox(sandbox_keys: SandboxKeys) -> Iterator[RunningSandbox]:
    """A real local delivery service over HTTP with one destination (bulky waste, dog registration)."""
    with running_destination(sandbox_keys) as running:
        yield running
