"""The work queue's window timed in a process of its own (``python -m bench.queue_window_child URL``, offscreen).

Run by :mod:`bench.queue_bench` on a database it built; prints one JSON object per figure: ``name``, ``ours`` and
``baseline`` (seconds, medians of the runs) or, for memory, ``ours`` and ``baseline`` in bytes. Ours is the real
thing: a :class:`QueueView` with its :class:`QueueModel` and filter bar on the task runner, timed from the change
(reload started, combo box changed, header clicked, key typed) to the end of the table's first paint with the new
rows. Baseline, in the same process and run: the bare SQL of the same page — the count and one ``SELECT … ORDER BY
… LIMIT 100`` with the same conditions, no ORM, no rows made, nothing painted.
"""

from __future__ import annotations

import ctypes
import json
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bench.case_builder import BENCH_PASSWORD
from bench.queue_bare_sql import BarePage
from desktop.app.application import render_letter
from desktop.app.login_dialog import LoginDialog
from desktop.app.main_window import MainWindow
from desktop.app.startup import StartupFlow
from desktop.core.gui_thread_gc import GuiThreadCollector
from desktop.core.tasks import TaskRunner
from desktop.core.workspace import Workspace
from desktop.queue import operations as queue_operations
from desktop.queue.model import SORT_KEYS, Column
from desktop.queue.view import QueueView
from desktop.widgets.error_dialogs import show_error_on_active_window
from models.actors import Actor
from models.case_status import OPEN_STATES
from models.db import Database
from models.operations.catalogue import ServiceRow
from models.operations.queue import QueueFilter
from models.operations.users import authenticate

RUNS = 7
#: Typed into the search field letter by letter (one in 80 applicants is an Öztürk or an Öztürk…-…).
TYPED = "Öztürk"
SCROLLED_PAGES = 100  # pages of 100 loaded by scrolling before the memory is read
_TIMEOUT_MS = 30_000


def _keep_none_alive() -> None:
    """PySide6 6.12.0 on CPython 3.11 drops a reference to ``None`` with each call of a C++ method that returns
    nothing (``update()``, ``setEnabled()``, ``currentData()`` of a ``None`` item, …): after some thousand calls the
    interpreter aborts with "none_dealloc: deallocating None". From CPython 3.12 on ``None`` is immortal and nothing
    happens. This process makes thousands of such calls, so it gives ``None`` references to spare first."""
    if sys.version_info < (3, 12) and sys.implementation.name == "cpython":
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


def _rss_bytes() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def _emit(name: str, ours: float, baseline: float, **extra: object) -> None:
    print(json.dumps({"name": name, "ours": ours, "baseline": baseline, **extra}), flush=True)


class PaintWatch(QObject):
    """Ends a wait at the end of the first paint of ``viewport`` after :meth:`arm` once ``ready()`` holds."""

    def __init__(self, viewport: QObject, ready: Callable[[], bool]) -> None:
        super().__init__()
        self._ready = ready
        self._loop = QEventLoop()
        self._armed = False
        self._done = False
        self.painted_at = 0.0
        viewport.installEventFilter(self)

    def arm(self) -> None:
        self._armed = True
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._armed and event.type() == QEvent.Type.Paint and self._ready():
            self._armed = False
            QTimer.singleShot(0, self._painted)  # runs once this paint event has been handled
        return False

    def _painted(self) -> None:
        self.painted_at = time.perf_counter()
        self._done = True
        self._loop.quit()

    def wait(self) -> float:
        """The moment (``time.perf_counter()``) the paint ended; waits for it after :meth:`arm` (or before it,
        for the ``reloaded`` signal that arms it)."""
        if not self._done:
            QTimer.singleShot(_TIMEOUT_MS, self._loop.quit)
            self._loop.exec()
        if not self._done:
            raise RuntimeError("the queue was not painted in time")
        return self.painted_at


def main(url: str) -> None:
    _keep_none_alive()
    app = QApplication(["bench"])

    collector = GuiThreadCollector()  # as in the application: no collection on the task runner's threads
    db = Database(url)
    runner = TaskRunner(show_error_on_active_window)
    clerk = authenticate(db, "ines", BENCH_PASSWORD)
    workspace = Workspace(db, clerk, runner, render_letter)
    bare = BarePage(db)
    rss_before = _rss_bytes()
    try:
        _queue_figures(app, workspace, bare)
        rss_after = _rss_bytes()
        _emit("rss", rss_after, rss_before, unit="bytes")
        _login_figures(db, runner, bare)
    finally:
        runner.shutdown()
        db.dispose()
        collector.stop()
        sys.stdout.flush()
        os._exit(0)  # the figures are out; the windows' teardown is not measured


def _type(field: QObject, letter: str) -> None:
    """One key typed into ``field``, as the keyboard sends it (QTest knows only ASCII keys)."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(field, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, letter))


def _median(samples: Sequence[float]) -> float:
    return statistics.median(samples)


def _queue_figures(app: QApplication, workspace: Workspace, bare: BarePage) -> None:

    def new_view() -> tuple[QueueView, PaintWatch]:
        view = QueueView(workspace, [])
        view.resize(1400, 500)
        view.show()
        QTest.qWaitForWindowExposed(view)
        model = view.model
        view.filter_bar.filter_changed.connect(model.set_filter)  # as the main window connects them
        return view, PaintWatch(view.table.viewport(), lambda: model.rowCount() > 0 and not model.loading)

    def answered(view: QueueView, watch: PaintWatch, change: Callable[[], object]) -> float:
        """Seconds from ``change`` to the end of the paint that shows its first page."""
        reloaded: list[float] = []

        def arrived() -> None:
            reloaded.append(1.0)
            watch.arm()

        view.model.reloaded.connect(arrived)
        start = time.perf_counter()
        change()
        while not reloaded:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
            if time.perf_counter() - start > _TIMEOUT_MS / 1000:
                raise RuntimeError("the queue was not reloaded in time")
        view.model.reloaded.disconnect(arrived)
        return watch.wait() - start

    # Opening: a new view, its model's first reload (as the main window does), to the painted first page.
    opened = []
    for _ in range(RUNS + 1):
        view, watch = new_view()
        opened.append(answered(view, watch, view.model.reload))
        view.close()
        view.deleteLater()
    default = QueueFilter(statuses=view.filter_bar.current_filter().statuses)
    _emit("open: first page painted", _median(opened[1:]), bare.median(default))

    view, watch = new_view()
    answered(view, watch, view.model.reload)
    services: list[tuple[ServiceRow, ...]] = []
    runner = workspace.runner
    runner.run(queue_operations.list_services(workspace, on_success=services.append))
    while not services:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    view.filter_bar.set_services(services[0])
    bar = view.filter_bar

    # Status filter: every choice of the combo box, each timed RUNS times (with one change between).
    status_times: dict[int, list[float]] = {index: [] for index in range(bar.status.count())}
    for _ in range(RUNS):
        for index in status_times:
            if index == bar.status.currentIndex():
                continue
            status_times[index].append(answered(view, watch, lambda index=index: bar.status.setCurrentIndex(index)))
    for index, samples in status_times.items():
        statuses = bar.status.itemData(index)
        _emit(f"status: {bar.status.itemText(index)}", _median(samples), bare.median(QueueFilter(statuses=statuses)))
    if bar.status.currentIndex() != 0:
        answered(view, watch, lambda: bar.status.setCurrentIndex(0))

    # Service filter: the first, a middle and the last service of the list, and back to all.
    picks = sorted({1, bar.service.count() // 2, bar.service.count() - 1, 0})
    service_times: dict[int, list[float]] = {index: [] for index in picks}
    for _ in range(RUNS):
        for index in picks:
            if index == bar.service.currentIndex():
                continue
            service_times[index].append(answered(view, watch, lambda index=index: bar.service.setCurrentIndex(index)))
    open_states = bar.status.itemData(0)
    for index, samples in service_times.items():
        key = bar.service.itemData(index)
        keys = frozenset({key}) if key else None
        _emit(
            f"service: {bar.service.itemText(index)[:34]}",
            _median(samples),
            bare.median(QueueFilter(statuses=open_states, service_keys=keys)),
        )
    if bar.service.currentIndex() != 0:
        answered(view, watch, lambda: bar.service.setCurrentIndex(0))

    # Sort: a click on each column's header, ascending then descending, over all cases.
    answered(view, watch, lambda: bar.status.setCurrentIndex(1))
    header = view.table.horizontalHeader()
    for column in Column:
        samples = {Qt.SortOrder.AscendingOrder: [], Qt.SortOrder.DescendingOrder: []}
        for _ in range(RUNS):
            for order in samples:
                if header.sortIndicatorSection() == column and header.sortIndicatorOrder() == order:
                    continue
                samples[order].append(
                    answered(view, watch, lambda column=column, order=order: view.table.sortByColumn(column, order))
                )
        for order, times in samples.items():
            if times:
                descending = order == Qt.SortOrder.DescendingOrder
                label = f"sort: {column.name.lower()} {'desc' if descending else 'asc'}"
                _emit(label, _median(times), bare.median(QueueFilter(), SORT_KEYS[column], descending=descending))
    if (header.sortIndicatorSection(), header.sortIndicatorOrder()) != (Column.DUE, Qt.SortOrder.AscendingOrder):
        answered(view, watch, lambda: view.table.sortByColumn(Column.DUE, Qt.SortOrder.AscendingOrder))

    # Search: "Öztürk" typed letter by letter into the search field (all cases), each key timed to its answer:
    # from the key (through the filter bar's pause) and from the pause's end (the query and the paint).
    typed: dict[int, list[tuple[float, float]]] = {n: [] for n in range(1, len(TYPED) + 1)}
    emitted: list[float] = []

    def pause_ended(_filter: object) -> None:
        emitted.append(time.perf_counter())

    bar.filter_changed.connect(pause_ended)
    for _ in range(RUNS):
        if bar.search.text():
            bar.search.clear()
            answered(view, watch, bar._emit_now)
        for n, letter in enumerate(TYPED, start=1):
            emitted.clear()
            key_at = time.perf_counter()
            total = answered(view, watch, lambda letter=letter: _type(bar.search, letter))
            typed[n].append((total, key_at + total - emitted[0]))
    bar.filter_changed.disconnect(pause_ended)
    for n, samples in typed.items():
        text = TYPED[:n]
        from_key = _median([total for total, _after in samples])
        after_pause = _median([after for _total, after in samples])
        baseline = bare.median(QueueFilter(text=text))
        _emit(f'search "{text}" after the pause', after_pause, baseline, from_key=from_key)
    bar.search.clear()
    answered(view, watch, bar._emit_now)

    # Scrolling through all cases: pages fetched as the view reaches the end.
    for _ in range(SCROLLED_PAGES):
        view.table.scrollToBottom()
        if view.model.canFetchMore():
            view.model.fetchMore()
        while view.model.loading:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    app.processEvents()
    print(json.dumps({"name": "rows loaded", "rows": view.model.rowCount()}), flush=True)


def _login_figures(db: Database, runner: TaskRunner, bare: BarePage) -> None:
    """From the end of the password check (the login dialog's success handler) to the painted work queue."""

    checked: list[float] = []
    original = LoginDialog._succeeded

    def succeeded(dialog: LoginDialog, actor: Actor) -> None:
        checked.append(time.perf_counter())
        original(dialog, actor)

    LoginDialog._succeeded = succeeded  # type: ignore[method-assign]
    flow = StartupFlow(db, runner, demo=False, render_letter=render_letter)
    shown: list[MainWindow] = []
    flow.main_window_shown.connect(shown.append)
    flow._show_login()
    samples = []
    for run in range(RUNS + 1):
        login = flow.login
        assert login is not None
        QTest.qWaitForWindowExposed(login)
        login.username.setText("ines")
        login.password.setText(BENCH_PASSWORD)
        checked.clear()
        shown.clear()
        login.login_button.click()
        while not shown:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        window = shown[0]
        model = window.queue.model
        watch = PaintWatch(window.queue.table.viewport(), lambda model=model: model.rowCount() > 0)
        if model.rowCount() == 0 or model.loading:
            model.reloaded.connect(watch.arm)
        else:
            watch.arm()
            window.queue.table.viewport().update()
        painted = watch.wait()
        if run:
            samples.append(painted - checked[0])
        flow._log_out()
        while flow.login is None:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)

    _emit(
        "login: password checked to painted queue",
        _median(samples),
        bare.median(QueueFilter(statuses=frozenset(OPEN_STATES))),
    )


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main(sys.argv[1])
