"""From start to the main window: prepare the database (in the background), log in, open the work queue.

A database that cannot be reached, or a SQLite file that cannot be used, is not a crash: the user reads what to do
(the same text the command line prints) and can try again or quit. In the
demo mode the local FIT-Connect delivery service starts at the same time on the network lane (with its own steps in
the same progress dialog); the login appears when both are ready.

A normal start loads only what the login needs: the main window's modules are imported once the login is on the
screen (while the user types), the demo's seed only for a demo start (:mod:`desktop.app.demo_start`), and Alembic
only when the database's structure is behind this program (:mod:`models.schema_revision`).
"""

from __future__ import annotations

import importlib
import logging
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from desktop.app.login_dialog import LoginDialog
from desktop.core.tasks import Lane, Operation, Progress, TaskRunner, report_progress
from desktop.core.translations import translate
from desktop.core.workspace import Workspace
from desktop.messages.error_messages import UserMessage, describe_error
from desktop.widgets.error_dialogs import show_crash, show_error
from models.actors import Actor
from models.database_errors import DatabaseFileUnusable
from models.db import Database
from models.errors import DatabaseUnavailable
from models.letters import LetterRenderer
from models.operations.catalogue import ensure_catalogue
from models.schema_revision import bring_up_to_date

if TYPE_CHECKING:  # loaded when needed: the demo's delivery service for a demo start, the main window after login
    from desktop.app.main_window import MainWindow
    from desktop.sync.demo_delivery import DemoDeliveryService

log = logging.getLogger(__name__)

STEPS = 4
PRELOAD_DELAY_MS = 300


def _demo_start() -> ModuleType:
    """The demo's seed and login hint: loaded for a demo start only."""
    return importlib.import_module("desktop.app.demo_start")


def _main_window_module() -> ModuleType:
    """The main window and, through it, every feature room: loaded after the login is painted."""
    return importlib.import_module("desktop.app.main_window")


def prepare_database(db: Database, *, demo: bool, render_letter: LetterRenderer) -> None:
    """Runs on the database worker: connection check, migrations, catalogue, demo data."""
    report_progress(translate("Startup", "Connecting to the database…"), 0, STEPS)
    db.check_connection()
    report_progress(translate("Startup", "Updating the database structure…"), 1, STEPS)
    bring_up_to_date(db)
    report_progress(translate("Startup", "Updating the service catalogue…"), 2, STEPS)
    ensure_catalogue(db)
    if demo:
        report_progress(translate("Startup", "Creating demo cases and the demo town's residents…"), 3, STEPS)
        _demo_start().seed_demo(db, render_letter)
    report_progress(translate("Startup", "Ready."), STEPS, STEPS)


class StartupFlow(QObject):
    """Drives the windows of the start; :attr:`finished` carries the exit code when the user is done."""

    finished = Signal(int)
    main_window_shown = Signal(object)  # MainWindow

    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        *,
        demo: bool,
        render_letter: LetterRenderer,
        demo_delivery: DemoDeliveryService | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.demo = demo
        self.render_letter = render_letter
        self.demo_delivery = demo_delivery
        self._delivery_steps = demo_delivery.steps if demo_delivery is not None else 0
        self._delivery_state = "none" if demo_delivery is None else "waiting"  # → "starting" → "ready"
        self._steps_done = {Lane.DATABASE: 0, Lane.NETWORK: 0}
        self._database_ready = False
        self.progress: QProgressDialog | None = None
        self.unavailable_box: QMessageBox | None = None
        self.login: LoginDialog | None = None
        self.window: MainWindow | None = None
        self._logging_out = False  # the main window closes for the login of the next user, not to quit

    def start(self) -> None:
        self._show_progress()
        db, demo, render = self.db, self.demo, self.render_letter
        self._steps_done[Lane.DATABASE] = 0
        self.runner.run(
            Operation(
                name="prepare database",
                work=lambda: prepare_database(db, demo=demo, render_letter=render),
                on_success=lambda _none: self._database_prepared(),
                on_failure=self._preparation_failed,
                on_progress=lambda progress: self._progress(progress, Lane.DATABASE),
            )
        )
        if self.demo_delivery is not None and self._delivery_state == "waiting":
            self._delivery_state = "starting"
            self.runner.run(
                Operation(
                    name="start the demo delivery service",
                    work=self.demo_delivery.start,
                    on_success=lambda _setup: self._delivery_ready(),
                    on_failure=lambda _error: self._delivery_ready(),  # logged; the first sync names the problem
                    on_progress=lambda progress: self._progress(progress, Lane.NETWORK),
                    lane=Lane.NETWORK,
                )
            )

    def _total_steps(self) -> int:
        return STEPS + self._delivery_steps

    def _database_prepared(self) -> None:
        self._database_ready = True
        self._show_login_when_ready()

    def _delivery_ready(self) -> None:
        self._delivery_state = "ready"
        self._steps_done[Lane.NETWORK] = self._delivery_steps
        self._show_login_when_ready()

    def _show_login_when_ready(self) -> None:
        if self._database_ready and self._delivery_state in ("none", "ready"):
            self._show_login()

    def _show_progress(self) -> None:
        dialog = QProgressDialog(translate("Startup", "Starting Amtsstube…"), "", 0, self._total_steps())
        dialog.setWindowTitle(translate("Startup", "Amtsstube"))
        dialog.setCancelButton(None)
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(380)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setValue(sum(self._steps_done.values()))
        dialog.show()
        self.progress = dialog

    def _progress(self, progress: Progress, lane: Lane) -> None:
        if progress.done is not None:
            self._steps_done[lane] = progress.done
        if self.progress is not None:
            # One lane's "done" must not cover what the other one is still doing.
            finished = progress.done is not None and progress.done == progress.total
            other_busy = self._steps_done[Lane.DATABASE] < STEPS if lane is Lane.NETWORK else self._delivery_busy()
            if not (finished and other_busy):
                self.progress.setLabelText(progress.text)
            self.progress.setValue(sum(self._steps_done.values()))

    def _delivery_busy(self) -> bool:
        return self.demo_delivery is not None and self._steps_done[Lane.NETWORK] < self._delivery_steps

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _preparation_failed(self, error: Exception) -> None:
        message = describe_error(error)
        if isinstance(error, DatabaseUnavailable | DatabaseFileUnusable) and message is not None:
            self._ask_retry(message)  # the server may come back, the IT may fix the file's permissions
            return
        self._close_progress()
        box = show_error(None, error) if message is not None else show_crash(None, error)
        box.finished.connect(lambda _result: self.finished.emit(1))

    def _ask_retry(self, message: UserMessage) -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, message.title, message.text, parent=self.progress)
        box.setObjectName("databaseUnavailable")
        box.setTextFormat(Qt.TextFormat.PlainText)  # the message and the address name files and servers
        box.setInformativeText(
            translate("Startup", "Database: {database}").format(
                database=self.db.engine.url.render_as_string(hide_password=True)
            )
        )
        if message.details:
            box.setDetailedText(message.details)
        retry = box.addButton(translate("Startup", "&Try again"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("Startup", "&Quit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(retry)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(_result: int) -> None:
            self.unavailable_box = None
            if box.clickedButton() is retry:
                self._close_progress()
                self.start()
            else:
                self._close_progress()
                self.finished.emit(1)

        box.finished.connect(answered)
        self.unavailable_box = box
        box.open()

    def _show_login(self) -> None:
        hint = _demo_start().demo_hint_text() if self.demo else None
        login = LoginDialog(self.db, self.runner, demo_hint=hint)
        login.logged_in.connect(self._show_main_window)
        login.rejected.connect(lambda: self.finished.emit(0))
        login.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.login = login
        login.show()  # shown before the progress dialog closes: the application never has no window
        self._close_progress()
        # After the login's first paint, while the user types (keys pressed meanwhile wait in the event queue).
        QTimer.singleShot(PRELOAD_DELAY_MS, _main_window_module)

    def _show_main_window(self, actor: Actor) -> None:
        workspace = Workspace(self.db, actor, self.runner, self.render_letter)
        source = self.demo_delivery.source(self.db) if self.demo_delivery is not None else None
        window = _main_window_module().MainWindow(workspace, sync_source=source)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.closed.connect(self._window_closed)
        window.session.log_out_requested.connect(self._log_out)
        self.window = window
        self.login = None
        window.show()
        window.activateWindow()  # the keyboard goes to the work queue, also where no window manager hands it on
        self.main_window_shown.emit(window)

    def _log_out(self) -> None:
        """Abmelden / Benutzer wechseln: the window closes (and its dialogs with it), the login appears again.

        The program goes on, and so may operations the window started: it is deleted once they are done (their
        handlers would find it gone)."""
        window = self.window
        if window is None:
            return
        self._logging_out = True
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        window.close()
        if not self.runner.busy:
            window.deleteLater()
            return

        def delete() -> None:
            self.runner.idle.disconnect(delete)
            window.deleteLater()

        self.runner.idle.connect(delete)

    def _window_closed(self) -> None:
        if not self._logging_out:
            self.finished.emit(0)
            return
        self._logging_out = False
        log.info("logged out; the login appears again")
        self.window = None
        self._show_login()
