from __future__ import annotations

import threading
from collections.abc import Iterator
from functools import partial

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.core.tasks import Lane, Operation, Progress, TaskRunner, report_progress
from models.errors import NothingToClaim


@pytest.fixture
def failures() -> list[Exception]:
    return []


@pytest.fixture
def quiet_runner(qtbot: QtBot, failures: list[Exception]) -> Iterator[TaskRunner]:
    runner = TaskRunner(failures.append)
    yield runner
    runner.shutdown()


def test_work_runs_on_the_lane_thread_and_the_result_comes_back_on_the_gui_thread(
    qtbot: QtBot, quiet_runner: TaskRunner
) -> None:
    seen: dict[str, str] = {}

    def work() -> int:
        seen["work"] = threading.current_thread().name
        return 42

    results: list[int] = []

    def success(value: int) -> None:
        results.append(value)
        seen["success"] = threading.current_thread().name

    with qtbot.waitSignal(quiet_runner.idle):
        quiet_runner.run(Operation("answer", work, on_success=success))
    assert results == [42]
    assert seen["work"].startswith("amtsstube-db")
    assert seen["success"] == threading.main_thread().name


def test_database_and_network_work_run_on_different_threads_each_in_order(
    qtbot: QtBot, quiet_runner: TaskRunner
) -> None:
    threads: dict[Lane, set[str]] = {Lane.DATABASE: set(), Lane.NETWORK: set()}
    order: list[tuple[Lane, int]] = []

    def operation(lane: Lane, number: int) -> Operation[None]:
        return Operation(
            f"{lane} {number}",
            lambda: threads[lane].add(threading.current_thread().name),
            on_success=lambda _result: order.append((lane, number)),
            lane=lane,
        )

    with qtbot.waitSignal(quiet_runner.idle):
        for number in range(5):
            for lane in Lane:
                quiet_runner.run(operation(lane, number))
    assert len(threads[Lane.DATABASE]) == len(threads[Lane.NETWORK]) == 1
    assert threads[Lane.DATABASE] != threads[Lane.NETWORK]
    for lane in Lane:
        assert [number for which, number in order if which == lane] == list(range(5))


def test_failures_go_to_the_operation_or_else_to_the_runner(
    qtbot: QtBot, quiet_runner: TaskRunner, failures: list[Exception]
) -> None:
    def fail() -> None:
        raise NothingToClaim()

    own: list[Exception] = []
    done: list[str] = []
    with qtbot.waitSignal(quiet_runner.idle):
        quiet_runner.run(Operation("own handler", fail, on_failure=own.append, on_done=lambda: done.append("a")))
        quiet_runner.run(Operation("default handler", fail, on_success=lambda _r: done.append("never")))
    assert [type(e) for e in own] == [NothingToClaim]
    assert [type(e) for e in failures] == [NothingToClaim]
    assert done == ["a"]


def test_progress_reports_arrive_in_order_before_the_result(qtbot: QtBot, quiet_runner: TaskRunner) -> None:
    events: list[object] = []

    def work() -> str:
        for step in range(3):
            report_progress(f"step {step}", step, 3)
        return "done"

    with qtbot.waitSignal(quiet_runner.idle):
        quiet_runner.run(Operation("steps", work, on_success=events.append, on_progress=events.append))
    assert events == [Progress("step 0", 0, 3), Progress("step 1", 1, 3), Progress("step 2", 2, 3), "done"]


def test_busy_while_pending_and_idle_after_chained_operations(qtbot: QtBot, quiet_runner: TaskRunner) -> None:
    busy: list[bool] = []
    quiet_runner.busy_changed.connect(busy.append)
    with qtbot.waitSignal(quiet_runner.idle):
        quiet_runner.run(
            Operation("first", lambda: 1, on_success=lambda _r: quiet_runner.run(Operation("second", lambda: 2)))
        )
        assert quiet_runner.busy
    assert busy == [True, False]  # the chained operation kept the runner busy in between
    assert not quiet_runner.busy


def test_shutdown_drops_waiting_work_and_refuses_new_work(qtbot: QtBot, failures: list[Exception]) -> None:
    runner = TaskRunner(failures.append)
    gate = threading.Event()
    ran: list[int] = []
    results: list[object] = []
    runner.run(Operation("blocker", lambda: gate.wait(5), on_success=results.append))
    for number in range(3):
        runner.run(Operation(f"waiting {number}", partial(ran.append, number)))
    opener = threading.Timer(0.1, gate.set)  # lets the blocker finish while shutdown() waits for it
    opener.start()
    runner.shutdown()  # cancels what has not started, then waits for the blocker
    opener.join()
    QCoreApplication.processEvents()  # deliveries emitted before shutdown returned would arrive now
    assert ran == []  # cancelled before they started (the blocker was still running)
    assert results == []  # finished after shutdown: discarded
    with pytest.raises(RuntimeError):
        runner.run(Operation("too late", lambda: None))
