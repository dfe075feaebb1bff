"""FIT-Connect synchronisation from the desktop (Synchronisierung): passes on the network lane, one at a time.

A pass runs when the main window opens (if FIT-Connect is configured and "sync on start" is set), every N minutes
after the previous pass, and whenever the user asks ("Jetzt synchronisieren", F9). The controller only drives and
reports through signals; :mod:`desktop.sync.status` shows what it reports. Passes never run on the GUI thread, and a
request while a pass runs is ignored.

The :class:`SyncSource` says where runners come from: normally the workstation's settings and keyring
(:func:`settings_source`), in the demo mode the local delivery service started with the application.
"""

from __future__ import annotations

import dataclasses
import enum
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.tasks import Progress, TaskRunner, progress_reporter
from desktop.sync.operations import sync_pass
from models import settings as settings_module
from models.db import Database
from models.errors import AmtsstubeError
from sync.runner import SyncRunner
from sync.sync_pass import SyncSummary

log = logging.getLogger(__name__)

MINUTE_MS = 60_000


class Trigger(enum.Enum):
    START = "start"  # the window opened
    TIMER = "timer"  # every N minutes
    USER = "user"  # "Jetzt synchronisieren"


@dataclass(frozen=True)
class SyncSchedule:
    """When passes run by themselves; ``interval_ms`` 0 means only on request."""

    on_start: bool = False
    interval_ms: int = 0

    @classmethod
    def every(cls, minutes: int, *, on_start: bool) -> SyncSchedule:
        return cls(on_start=on_start, interval_ms=max(1, minutes) * MINUTE_MS)


@dataclass(frozen=True)
class SyncSource:
    """Where the runner of a pass comes from (called on the network lane) and when passes run by themselves."""

    make_runner: Callable[[], SyncRunner]
    schedule: Callable[[], SyncSchedule]
    description: str | None = None  # shown in the connection settings, e.g. the demo's local delivery service


def schedule_from_settings() -> SyncSchedule:
    """The workstation's schedule: nothing automatic until FIT-Connect is configured."""
    try:
        fitconnect = settings_module.load().fitconnect
    except AmtsstubeError as error:  # an unreadable settings file; a pass on request names the problem
        log.warning("settings unreadable, no automatic sync: %s", error)
        return SyncSchedule()
    if not fitconnect.configured:
        return SyncSchedule()
    return SyncSchedule.every(fitconnect.sync_interval_minutes, on_start=fitconnect.sync_on_start)


def settings_source(db: Database) -> SyncSource:
    """Passes with the settings and keyring of this workstation (read on the network lane, at each change)."""
    return SyncSource(make_runner=lambda: SyncRunner.from_settings(db), schedule=schedule_from_settings)


class _Stopped(Exception):
    """Raised between two submissions when the window closes, so the pass ends early (and cleanly)."""


class SyncController(QObject):
    started = Signal(object)  # Trigger
    progressed = Signal(int, int)  # submissions taken in so far, submissions listed
    succeeded = Signal(object, object)  # SyncSummary, Trigger
    failed = Signal(object, object)  # Exception, Trigger
    finished = Signal()  # after succeeded or failed
    ignored = Signal(object)  # Trigger of a request that came while a pass was running

    def __init__(self, runner: TaskRunner, source: SyncSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = runner
        self.source = source
        self.schedule = SyncSchedule()
        self._running: Trigger | None = None
        self._stopping = threading.Event()
        # Only touched on the network lane (or once no pass runs): the runner keeps its token between passes.
        self._sync_runner: SyncRunner | None = None
        self._runner_stale = False
        self._timer = QTimer(self)
        self._timer.setObjectName("syncTimer")
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self.sync(Trigger.TIMER))

    @property
    def running(self) -> bool:
        return self._running is not None

    @property
    def timer(self) -> QTimer:
        return self._timer

    def start(self) -> None:
        """The window is open: read the schedule, sync now if wanted, then every N minutes."""
        self.schedule = self.source.schedule()
        log.info("sync schedule: %s", self.schedule)
        if self.schedule.on_start:
            self.sync(Trigger.START)
        else:
            self._arm_timer()

    def reschedule(self, source: SyncSource | None = None) -> None:
        """The connection settings changed: the next pass builds a new runner, the timer follows the new interval."""
        if source is not None:
            self.source = source
        self._runner_stale = True
        self.schedule = self.source.schedule()
        if not self.running:
            self._arm_timer()

    def sync_now(self) -> bool:
        return self.sync(Trigger.USER)

    def sync(self, trigger: Trigger) -> bool:
        """Start a pass unless one is running (then the request is dropped); returns whether it started."""
        if self._stopping.is_set() or self._tasks.closed:
            return False
        if self._running is not None:
            log.info("sync requested (%s) while a pass runs: ignored", trigger.value)
            self.ignored.emit(trigger)
            return False
        self._timer.stop()
        self._running = trigger
        self.started.emit(trigger)
        self._tasks.run(
            sync_pass(
                trigger,
                self._pass,
                on_success=lambda summary: self.succeeded.emit(summary, trigger),
                on_failure=lambda error: self._failed(error, trigger),
                on_progress=self._progress,
                on_done=self._done,
            )
        )
        return True

    def stop(self) -> None:
        """The window closes: no more passes; a running one stops after the submission it is taking in."""
        self._stopping.set()
        self._timer.stop()
        if not self.running:
            self._close_runner()

    # -- network lane --------------------------------------------------------------------------------------------

    def _pass(self) -> SyncSummary:
        runner = self._current_runner()
        report = progress_reporter()

        def progress(done: int, total: int) -> None:
            if self._stopping.is_set():
                raise _Stopped()
            report("", done, total)

        try:
            return runner.run_once(progress)
        finally:
            if self._stopping.is_set():
                self._close_runner()

    def _current_runner(self) -> SyncRunner:
        if self._runner_stale:
            self._close_runner()
            self._runner_stale = False
        if self._sync_runner is None:
            self._sync_runner = self.source.make_runner()
        return self._sync_runner

    def _close_runner(self) -> None:
        runner, self._sync_runner = self._sync_runner, None
        if runner is not None:
            runner.close()

    # -- GUI thread ----------------------------------------------------------------------------------------------

    def _progress(self, progress: Progress) -> None:
        if progress.done is not None and progress.total is not None:
            self.progressed.emit(progress.done, progress.total)

    def _failed(self, error: Exception, trigger: Trigger) -> None:
        if isinstance(error, _Stopped):
            return
        self._runner_stale = True  # the next pass reads settings and keyring again: the cause may be fixed by then
        self.failed.emit(error, trigger)

    def _done(self) -> None:
        self._running = None
        self.finished.emit()
        if self._stopping.is_set():
            return
        self._arm_timer()

    def _arm_timer(self) -> None:
        self._timer.stop()
        if self.schedule.interval_ms > 0 and not self._stopping.is_set():
            self._timer.start(self.schedule.interval_ms)


def with_schedule(source: SyncSource, schedule: SyncSchedule) -> SyncSource:
    """The same runners on another schedule (tests, screenshots)."""
    return dataclasses.replace(source, schedule=lambda: schedule)
