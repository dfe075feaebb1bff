"""The notice over a case another workstation has just changed (Vorgang geändert): the clerk sees that the detail
is out of date, with a button to reload it, instead of a detail that silently shows a state that is gone. Steps
taken on it meanwhile are refused by the optimistic locking anyway (``expected_version``), with its own message.

The notice compares versions: it shows when a version newer than the one shown has been heard of (from the change
feed, or from the queue's refreshed row). This workstation's own steps raise the version too; their news is held
back while the task runner is still busy, because the window reloads the case after each of its own steps, and
the reloaded detail carries the new version — only what is still newer after that is another's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.tasks import TaskRunner
from desktop.core.translations import translate
from desktop.core.user_message import UserMessage
from desktop.widgets.notice_bar import NoticeBar
from models.change_feed import CaseChange
from models.operations.rows import CaseDetail

SETTLE_MS = 150  # a look again after the window's own work, until it is done
PATIENCE_MS = 1500  # the longest the notice waits for the runner (a long sync pass keeps it busy for minutes)


def stale_message() -> UserMessage:
    return UserMessage(
        translate("CaseChangeNotice", "This case has just been changed at another workstation"),
        translate(
            "CaseChangeNotice",
            "What you see is no longer its current state, and a step taken on it would be refused. Reload it to "
            "see the changes.",
        ),
    )


class CaseChangeNotice(QObject):
    reload_requested = Signal(int)  # the case id: the clerk wants the current state

    def __init__(
        self,
        bar: NoticeBar,
        runner: TaskRunner,
        shown: Callable[[], CaseDetail | None],
        parent: QObject | None = None,
        *,
        own_step_running: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(parent)
        self.bar = bar
        self._runner = runner
        self._shown = shown
        self._own_step_running = own_step_running  # a step of this workstation's clerk: wait for it, however long
        self._case_id: int | None = None  # the case whose newer version was heard of
        self._newest = 0
        self._waited_ms = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self._check)

    @property
    def showing(self) -> bool:
        return self.bar.isVisible()

    def cases_changed(self, changes: Iterable[CaseChange]) -> None:
        for change in changes:
            if change.version is not None:
                self.heard(change.case_id, change.version)

    def heard(self, case_id: int, version: int) -> None:
        """Case ``case_id`` is at ``version`` now (somewhere): a notice if it is the one shown, at an older one."""
        detail = self._shown()
        if detail is None or detail.case.id != case_id or version <= detail.case.version:
            return
        if case_id != self._case_id:
            self._case_id, self._newest = case_id, 0
        if version > self._newest:
            self._newest = version
            self._waited_ms = 0
            self._timer.start()

    def detail_shown(self, detail: CaseDetail) -> None:
        """The panel shows ``detail`` (reloaded, or another case): the notice goes if that is at least as new."""
        if detail.case.id != self._case_id or detail.case.version >= self._newest:
            self._case_id, self._newest = None, 0
            self._timer.stop()
            self.bar.hide()

    def clear(self) -> None:
        self._case_id, self._newest = None, 0
        self._timer.stop()
        self.bar.hide()

    def _check(self) -> None:
        if self._own_step_running() or (self._runner.busy and self._waited_ms < PATIENCE_MS):
            self._waited_ms += SETTLE_MS
            self._timer.start()  # maybe our own step and the reload after it: look again when they are done
            return
        detail = self._shown()
        if detail is None or detail.case.id != self._case_id or detail.case.version >= self._newest:
            return
        case_id = detail.case.id
        self.bar.show_notice(
            stale_message(),
            # F5 does the same from the keyboard (every Alt+letter of the window is taken: "&Nächsten übernehmen")
            action=(translate("CaseChangeNotice", "Reload (F5)"), lambda: self.reload_requested.emit(case_id)),
        )
