"""The main window kept live (issue 14): what the change watcher hears of other workstations reaches the queue,
the case shown and the status bar.

* claims, transitions and new cases anywhere: the queue reads its loaded rows again in place (selection, current
  row and scroll position stay), within :data:`~desktop.core.change_watcher.COALESCE_MS` of the first change;
* the case shown changed elsewhere: the notice over the detail (:mod:`desktop.case.change_notice`), with *Neu laden*;
* another workstation's sync pass brought new cases: the status bar says so ("… 12 neue Vorgänge");
* the database connection of the watcher is lost: the status bar says that live updates are interrupted, until
  it is back; then the queue and the case are compared afresh, so nothing changed meanwhile is missed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.case.change_notice import CaseChangeNotice
from desktop.core.change_watcher import ChangeWatcher
from desktop.core.plain_text import plain_label
from desktop.core.translations import translate
from models.change_feed import CaseChange
from models.permissions import Action

if TYPE_CHECKING:
    from desktop.app.main_window import MainWindow

INTERRUPTED_COLOUR = "#a4000f"


class LiveUpdates(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._with_queue = window.workspace.actor.may(Action.VIEW_CASES)
        self.watcher = ChangeWatcher(window.workspace.db, self)
        panel = window.detail_panel
        self._own_step = False  # a step of the workflow runs (its reload follows before it ends)
        self.case_notice = CaseChangeNotice(
            panel.change_notice,
            window.workspace.runner,
            lambda: panel.detail,
            self,
            own_step_running=lambda: self._own_step,
        )
        self.label = plain_label(object_name="liveUpdates")
        self.label.setContentsMargins(8, 0, 8, 0)
        self.label.setStyleSheet(f"color: {INTERRUPTED_COLOUR};")
        self.label.hide()
        window.statusBar().insertPermanentWidget(0, self.label)

        self.watcher.cases_changed.connect(self._cases_changed)
        self.watcher.resync_needed.connect(self._resync)
        self.watcher.new_cases_announced.connect(window.sync_status.announced)
        self.watcher.connection_changed.connect(self._connection_changed)
        self.case_notice.reload_requested.connect(window.load_detail)
        window.detail_shown.connect(self.case_notice.detail_shown)
        window.workflow.started.connect(lambda _action: setattr(self, "_own_step", True))
        window.workflow.succeeded.connect(lambda _action, _row: setattr(self, "_own_step", False))
        window.workflow.failed.connect(lambda _action, _case, _error: setattr(self, "_own_step", False))
        window.queue.model.refreshed.connect(self._queue_refreshed)
        window.queue.model.reloaded.connect(self._queue_refreshed)

    def start(self) -> None:
        self.watcher.start()

    def stop(self) -> None:
        self.watcher.stop()

    def _cases_changed(self, changes: tuple[CaseChange, ...]) -> None:
        self.case_notice.cases_changed(changes)
        if self._with_queue:
            self.window.queue.refresh_visible()
            self.window.overview.cases_changed()

    def _resync(self) -> None:
        if self._with_queue:
            self.window.queue.refresh_visible()  # the refreshed row of the case shown tells its version
            self.window.overview.cases_changed()

    def _queue_refreshed(self) -> None:
        """The queue's row of the case shown may be newer than the detail (a change the feed did not name)."""
        detail = self.window.detail_panel.detail
        if detail is None:
            return
        model = self.window.queue.model
        number = model.row_of_case(detail.case.id)
        row = model.row_at(number) if number is not None else None
        if row is not None:
            self.case_notice.heard(row.id, row.version)

    def _connection_changed(self, connected: bool) -> None:
        self.label.setVisible(not connected)
        if connected:
            self.label.clear()
            self.label.setToolTip("")
            return
        self.label.setText(translate("LiveUpdates", "Live updates interrupted"))
        self.label.setToolTip(
            translate(
                "LiveUpdates",
                "The connection that reports other workstations' changes is lost; Amtsstube keeps trying to "
                "reconnect and then reloads the work queue. Until then, F5 shows the current state.",
            )
        )
