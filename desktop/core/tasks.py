"""The one background task runner of the desktop (Hintergrundaufgaben), after Anki's ``aqt/taskman.py``.

Every user action is one :class:`Operation`: the work that runs off the GUI thread, and the handlers that get its
outcome (success, failure, progress) back on the GUI thread. Database work runs on one worker thread, network work
on another, each in submission order, so two database actions of the same user never overtake each other.

Results travel back through a queued Qt signal: the worker emits a closure, Qt delivers it in the GUI thread's
event loop. Nothing here blocks the GUI thread except :meth:`TaskRunner.shutdown`, which waits for the workers
when the application ends.
"""

from __future__ import annotations

import enum
import itertools
import logging
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal

from desktop.core import pyside_workarounds
from models.errors import AmtsstubeError

log = logging.getLogger(__name__)

pyside_workarounds.ensure_applied()  # before the first signal is emitted

T = TypeVar("T")

FailureHandler = Callable[[Exception], object]


class Lane(enum.Enum):
    """Which worker runs an operation: one for the database, one for the network (FIT-Connect, printers)."""

    DATABASE = "db"
    NETWORK = "net"


@dataclass(frozen=True)
class Progress:
    """A progress report from inside an operation; ``total`` is None when the amount of work is unknown."""

    text: str
    done: int | None = None
    total: int | None = None


@dataclass(frozen=True)
class Operation(Generic[T]):
    """One user action: ``work`` runs on a worker thread, the handlers on the GUI thread.

    ``on_failure`` gets every exception ``work`` raises; without it the runner's failure handler shows the
    message (expected errors) or the crash dialog (bugs). ``on_done`` runs after either outcome.
    """

    name: str  # for the log, e.g. "claim case 2026-000123"
    work: Callable[[], T]
    on_success: Callable[[T], object] | None = None
    on_failure: FailureHandler | None = None
    on_progress: Callable[[Progress], object] | None = None
    on_done: Callable[[], object] | None = None
    lane: Lane = Lane.DATABASE


_worker_state = threading.local()


def report_progress(text: str, done: int | None = None, total: int | None = None) -> None:
    """Called inside an operation's ``work``: hands a progress report to the operation's progress handler."""
    reporter: Callable[[Progress], None] | None = getattr(_worker_state, "reporter", None)
    if reporter is not None:
        reporter(Progress(text, done, total))


def progress_reporter() -> Callable[[str, int | None, int | None], None]:
    """Inside ``work``: a reporter for the running operation that may also be called from threads ``work`` starts."""
    reporter: Callable[[Progress], None] | None = getattr(_worker_state, "reporter", None)

    def report(text: str, done: int | None = None, total: int | None = None) -> None:
        if reporter is not None:
            reporter(Progress(text, done, total))

    return report


def while_alive(owner: QObject, handler: Callable[..., object]) -> Callable[..., None]:
    """A handler that does nothing once ``owner`` is gone (e.g. a dialog closed before its operation finished)."""

    def call(*args: Any) -> None:
        if shiboken6.isValid(owner):
            handler(*args)

    return call


def dialog_operation(
    parent: QObject,
    name: str,
    work: Callable[[], T],
    *,
    on_success: Callable[[T], object],
    on_failure: FailureHandler,
    on_done: Callable[[], object],
    lane: Lane = Lane.DATABASE,
) -> Operation[T]:
    """An operation started from a window whose handlers all run only while that window (``parent``) is open."""
    return Operation(
        name=name,
        work=work,
        on_success=while_alive(parent, on_success),
        on_failure=while_alive(parent, on_failure),
        on_done=while_alive(parent, on_done),
        lane=lane,
    )


class _Job:
    """What a worker gets of an operation: its ticket and its work, which the worker takes out (see ``_execute``)."""

    def __init__(self, ticket: int, work: Callable[[], object], *, reports_progress: bool) -> None:
        self.ticket = ticket
        self.reports_progress = reports_progress
        self._work: Callable[[], object] | None = work

    def take_work(self) -> Callable[[], object]:
        work, self._work = self._work, None
        assert work is not None, "a job runs once"
        return work


class TaskRunner(QObject):
    """Runs operations in the background and delivers their outcome on the GUI thread."""

    busy_changed = Signal(bool)  # True while at least one operation is pending
    idle = Signal()  # the last pending operation finished (handlers included)
    _deliver = Signal(object)  # a zero-argument callable to run on the GUI thread

    def __init__(self, failure_handler: FailureHandler, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._failure_handler = failure_handler
        self._executors = {
            lane: ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"amtsstube-{lane.value}") for lane in Lane
        }
        self._pending = 0
        self._tickets = itertools.count(1)
        self._running: dict[int, Operation[Any]] = {}  # by ticket, until the handlers have run
        self._closed = False
        # The runner lives in the GUI thread; an emit from a worker thread is therefore queued.
        self._deliver.connect(self._run_delivered)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    @property
    def closed(self) -> bool:
        return self._closed

    def set_failure_handler(self, handler: FailureHandler) -> None:
        self._failure_handler = handler

    def run(self, operation: Operation[Any]) -> Future[None]:
        """Start an operation; returns at once. Its handlers run later on the GUI thread."""
        if self._closed:
            raise RuntimeError("the task runner has been shut down")
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        log.debug("start %s", operation.name)
        ticket = next(self._tickets)
        self._running[ticket] = operation  # released here, on the GUI thread, once its handlers have run
        job = _Job(ticket, operation.work, reports_progress=operation.on_progress is not None)
        return self._executors[operation.lane].submit(self._execute, job)

    def shutdown(self) -> None:
        """Drop operations not yet started, wait for the running ones; their results are discarded."""
        if self._closed:
            return
        self._closed = True
        for executor in self._executors.values():
            executor.shutdown(wait=True, cancel_futures=True)
        log.debug("task runner shut down")

    # -- worker side -------------------------------------------------------------------------------------------

    def _execute(self, job: _Job) -> None:
        """The worker's part. It keeps no reference to the operation or its handlers once it reports back, so that
        no widget a handler or ``work`` holds is ever released (and destroyed) on this thread."""
        ticket, work = job.ticket, job.take_work()
        if job.reports_progress:
            _worker_state.reporter = lambda progress: self._deliver.emit(partial(self._progress, ticket, progress))
        try:
            outcome: tuple[bool, object] = (True, work())
        except Exception as error:  # noqa: BLE001 - every failure goes back to the GUI thread
            traceback.clear_frames(error.__traceback__)  # the frames' locals stay here; their lines stay readable
            outcome = (False, error)
        finally:
            _worker_state.reporter = None
            del work
        self._deliver.emit(partial(self._outcome, ticket, outcome))

    # -- GUI side ----------------------------------------------------------------------------------------------

    def _run_delivered(self, callback: Callable[[], None]) -> None:
        if not self._closed:
            callback()

    def _outcome(self, ticket: int, outcome: tuple[bool, object]) -> None:
        succeeded, value = outcome
        operation = self._running[ticket]
        try:
            if succeeded:
                self._succeeded(operation, value)
            else:
                assert isinstance(value, Exception)
                self._failed(operation, value)
        finally:
            del self._running[ticket]  # released here, after its handlers, on the GUI thread

    def _progress(self, ticket: int, progress: Progress) -> None:
        operation = self._running.get(ticket)
        if operation is not None and operation.on_progress is not None:
            operation.on_progress(progress)

    def _succeeded(self, operation: Operation[Any], result: object) -> None:
        log.debug("done %s", operation.name)
        try:
            if operation.on_success is not None:
                operation.on_success(result)
        finally:
            self._finish(operation)

    def _failed(self, operation: Operation[Any], error: Exception) -> None:
        if isinstance(error, AmtsstubeError):
            log.info("%s failed: %s", operation.name, error)
        else:
            # The crash dialog logs the traceback together with the incident number it shows the user.
            log.warning("%s failed unexpectedly: %r", operation.name, error)
        try:
            (operation.on_failure or self._failure_handler)(error)
        finally:
            self._finish(operation)

    def _finish(self, operation: Operation[Any]) -> None:
        try:
            if operation.on_done is not None:
                operation.on_done()
        finally:
            self._pending -= 1
            if self._pending == 0:
                self.busy_changed.emit(False)
                self.idle.emit()
