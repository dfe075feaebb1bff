"""Starting the desktop application: ``run_gui(argv, demo=...)`` is what ``amtsstube gui`` calls."""

from __future__ import annotations

import importlib
import logging
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from desktop.app.startup import StartupFlow
from desktop.core.gui_thread_gc import GuiThreadCollector
from desktop.core.logging_setup import configure_logging, shutdown_logging
from desktop.core.tasks import TaskRunner
from desktop.core.translations import install_translations, remove_translations
from desktop.messages.error_messages import describe_error
from desktop.widgets.error_dialogs import install_excepthook, show_error_on_active_window
from models import settings as settings_module
from models.db import Database
from models.errors import AmtsstubeError, InvalidInput
from models.letters import LetterContent, RenderedDocument

if TYPE_CHECKING:
    from desktop.sync.demo_delivery import DemoDeliveryService

log = logging.getLogger(__name__)

APP_NAME = "Amtsstube"
ORGANIZATION = "Stadtverwaltung"


def _application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setQuitOnLastWindowClosed(False)  # the start flow decides when the application ends
    return app


def _fatal(error: AmtsstubeError) -> int:
    """A problem that stops the start before any window exists (blocking dialog, then exit code 1)."""
    message = describe_error(error)
    assert message is not None  # every AmtsstubeError has a message
    box = QMessageBox(QMessageBox.Icon.Critical, message.title, message.text)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the message may name a path or a database address
    if message.details:
        box.setDetailedText(message.details)
    box.exec()
    return 1


def _open_database() -> Database:
    settings = settings_module.load()
    url = settings.effective_database_url()
    try:
        return Database(url)
    except (ArgumentError, NoSuchModuleError, ValueError) as error:
        raise InvalidInput("database_url", "invalid") from error


def render_letter(content: LetterContent) -> RenderedDocument:
    """:func:`printing.letter.render_letter`, with reportlab loaded at the first letter instead of at the start."""
    renderer = importlib.import_module("printing.letter").render_letter
    return renderer(content)


def _demo_delivery() -> DemoDeliveryService:
    """The demo's own FIT-Connect, loaded only for a demo start: a normal start imports neither it nor Flask."""
    from desktop.sync.demo_delivery import DemoDeliveryService  # noqa: PLC0415

    return DemoDeliveryService(seed=int(time.time()))


def run_gui(argv: list[str], *, demo: bool, verbose: bool = False) -> int:
    """Run the workstation until the user quits; returns the process exit code."""
    app = _application(argv)
    install_translations(app)
    try:
        log_path = configure_logging(verbose=verbose)
    except AmtsstubeError as error:  # a log folder that cannot be written: said in a window, as on the console
        code = _fatal(error)
        remove_translations(app)
        return code
    log.info("Amtsstube starting (demo=%s), log file %s", demo, log_path)
    previous_hook = install_excepthook()
    runner: TaskRunner | None = None
    db: Database | None = None
    collector = GuiThreadCollector()  # no collection on the task runner's threads
    # The demo's own FIT-Connect: other applicants in every fresh demo database (the seed is in the log).
    delivery = _demo_delivery() if demo else None
    try:
        try:
            db = _open_database()
        except AmtsstubeError as error:
            return _fatal(error)
        runner = TaskRunner(show_error_on_active_window)
        flow = StartupFlow(db, runner, demo=demo, render_letter=render_letter, demo_delivery=delivery)
        flow.finished.connect(app.exit)
        flow.start()
        code = app.exec()
        log.info("Amtsstube ends with code %s", code)
        return code
    finally:
        if runner is not None:
            runner.shutdown()  # waits for a running sync pass, which may still talk to the demo delivery service
        if delivery is not None:
            delivery.stop()
        if db is not None:
            db.dispose()
        collector.stop()
        sys.excepthook = previous_hook
        remove_translations(app)
        shutdown_logging()
