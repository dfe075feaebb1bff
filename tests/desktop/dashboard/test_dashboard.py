"""The backlog dashboard (Übersicht, issue 14, item 1) in the real main window: the supervisor starts on it and sees
the figures of backlog_report; a click on a bar segment, a big number, a clerk or a service lists exactly those
cases in the work queue, and "Filter aufheben" brings the queue back; a clerk opens their own part with
Ctrl+Shift+R and keeps the window they know; CSV and XLSX exports are written and read back, and an export into a
read-only folder gives the German message and no file."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop.app.main_window import MainWindow
from desktop.core.workspace import Workspace
from desktop.dashboard.age_chart import AgeChart
from desktop.dashboard.operations import ExportFormat
from desktop.dashboard.view import DashboardView
from models.db import Database
from models.german_format import format_date, today
from models.operations.backlog import AGE_BUCKETS, AGE_LABELS, backlog_report, deadline_period
from models.roles import Role
from tests.conftest import Staff
from tests.desktop.gui_helpers import close_all_messages, open_main_window, wait_for_message
from tests.support.backlog_cases import (
    GeneratedCase,
    add_absence,
    bucket_of,
    deadline_kinds,
    generate,
    is_open,
)
from tests.support.factories import GENERIC_FEE_SERVICE, new_case

HOLDERS = {Role.CLERK: ("anna", "ben"), Role.REGISTRY_OFFICER: ("clara",)}


@pytest.fixture
def cases(db: Database) -> list[GeneratedCase]:
    day = today()
    generated = generate(db, day, HOLDERS, count=140)
    add_absence(db, "ben", day - dt.timedelta(days=1), day + dt.timedelta(days=3))
    return generated


def _window_of(qtbot: QtBot, workspace: Workspace, actor_name: str, staff: Staff) -> MainWindow:
    actor = getattr(staff, actor_name)
    return open_main_window(qtbot, Workspace(workspace.db, actor, workspace.runner, workspace.render_letter))


def _loaded(qtbot: QtBot, dashboard: DashboardView | None) -> DashboardView:
    assert dashboard is not None
    qtbot.waitUntil(lambda: dashboard.report is not None and not dashboard.loading)
    return dashboard


def _listed_ids(qtbot: QtBot, window: MainWindow) -> set[int]:
    """Every case the queue lists (all pages)."""
    model = window.queue.model
    while model.canFetchMore():
        rows = model.rowCount()
        model.fetchMore()
        qtbot.waitUntil(lambda rows=rows: model.rowCount() > rows)
    return {row.id for row in (model.row_at(n) for n in range(model.rowCount())) if row is not None}


def _click_segment(qtbot: QtBot, view: AgeChart, number: int, bucket: int) -> None:
    """A mouse click in the middle of the segment of ``bucket`` in the bar of group ``number`` (the first on top:
    the axis counts from the bottom)."""
    chart = view.chart()
    counts = view.groups[number].counts
    middle = QPointF(sum(counts[:bucket]) + counts[bucket] / 2, len(view.groups) - 1 - number)
    point = view.mapFromScene(chart.mapToScene(chart.mapToPosition(middle, chart.series()[0])))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def _drill(qtbot: QtBot, window: MainWindow, click: object) -> set[int]:
    with qtbot.waitSignal(window.queue.model.reloaded):
        click()  # type: ignore[operator]
    return _listed_ids(qtbot, window)


def test_the_supervisor_starts_on_the_dashboard_with_the_reports_figures(
    qtbot: QtBot, db: Database, staff: Staff, workspace: Workspace, cases: list[GeneratedCase]
) -> None:
    window = _window_of(qtbot, workspace, "supervisor", staff)
    assert window.overview.tabs is not None
    assert window.overview.tabs.currentWidget() is window.overview.dashboard
    assert [window.overview.tabs.tabText(n) for n in range(2)] == ["Übersicht", "Arbeitsliste"]
    dashboard = _loaded(qtbot, window.overview.dashboard)
    report = backlog_report(db, staff.supervisor)
    assert dashboard.report == report

    assert dashboard.open_figure.value_text() == str(report.open_cases)
    assert dashboard.overdue_figure.value_text() == str(report.deadlines.overdue)
    assert dashboard.due_soon_figure.value_text() == str(report.deadlines.due_soon)
    assert dashboard.paused_figure.value_text() == str(report.deadlines.paused)
    assert dashboard.state.text() == f"Stand {format_date(report.as_of)}"
    by_department = {group.label: group.counts for group in dashboard.age_chart.groups}
    assert set(by_department) == {row.department for row in report.ages}
    for bucket, bar_set in enumerate(dashboard.age_chart.bar_sets):  # bottom up: the first department on top
        assert [int(bar_set.at(n)) for n in range(bar_set.count())] == [
            counts[bucket] for counts in reversed(by_department.values())
        ]
    (categories,) = dashboard.age_chart.chart().axes(Qt.Orientation.Vertical)
    assert categories.categories()[::-1] == list(by_department)  # type: ignore[attr-defined]
    assert sum(sum(counts) for counts in by_department.values()) == report.open_cases
    dashboard.grouping.setCurrentIndex(1)  # by service
    assert [(g.label, g.counts) for g in dashboard.age_chart.groups] == [
        (r.service_name, r.counts) for r in report.ages
    ]

    clerks = dashboard.clerk_model
    assert [clerks.index(n, 0).data() for n in range(clerks.rowCount())] == [r.display_name for r in report.clerks]
    assert [clerks.index(n, 1).data() for n in range(clerks.rowCount())] == [str(r.held) for r in report.clerks]
    absent = {clerks.index(n, 0).data(): clerks.index(n, 4).data() for n in range(clerks.rowCount())}
    assert absent["Ben Yılmaz"] == "abwesend"
    kpis = dashboard.kpi_model
    assert kpis.rowCount() == len(report.kpis)
    for n, kpi in enumerate(report.kpis):
        assert kpis.index(n, 1).data() == str(kpi.decided)
        assert kpi.share is not None
        assert kpis.index(n, 3).data() == f"{kpi.share * 100:.1f} %".replace(".", ",")
    assert "Kalenderwoche" in [axis.titleText() for axis in dashboard.flow_chart.chart().axes()]
    if report.forecast_working_days is None:
        assert dashboard.forecast.text().startswith("Rückstand abgebaut in: –")
    else:
        assert dashboard.forecast.text().startswith("Rückstand abgebaut in ca. ")
        assert dashboard.forecast.text().endswith("beim Tempo der letzten 4 Wochen.")


@pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)")  # offscreen: the segment's tooltip
def test_a_click_on_a_figure_lists_exactly_its_cases_and_the_filter_can_be_removed(
    qtbot: QtBot, db: Database, staff: Staff, workspace: Workspace, cases: list[GeneratedCase]
) -> None:
    window = _window_of(qtbot, workspace, "supervisor", staff)
    dashboard = _loaded(qtbot, window.overview.dashboard)
    tabs = window.overview.tabs
    assert tabs is not None
    day = dashboard.report.as_of if dashboard.report else today()
    everything = _listed_ids(qtbot, window)
    open_ids = {c.id for c in cases if is_open(c)}

    number, group = next((n, g) for n, g in enumerate(dashboard.age_chart.groups) if any(g.counts))
    bucket = max(n for n, count in enumerate(group.counts) if count)
    listed = _drill(qtbot, window, lambda: _click_segment(qtbot, dashboard.age_chart, number, bucket))
    expected = {c.id for c in open_ids_of(cases) if c.department == group.label and bucket_of(c, day) == bucket}
    assert listed == expected
    assert len(listed) == group.counts[bucket]
    assert tabs.currentIndex() == 1  # the queue in front
    caption = window.queue.shown_filter_text.text()
    assert caption.startswith(f"Gefiltert: offene Vorgänge von {group.label}, ")
    assert window.count_label.text() == (f"{len(listed)} Vorgänge" if len(listed) != 1 else "1 Vorgang")

    for figure, kind in (
        (dashboard.overdue_figure, "overdue"),
        (dashboard.due_soon_figure, "due_soon"),
        (dashboard.paused_figure, "paused"),
    ):
        tabs.setCurrentIndex(0)
        qtbot.waitUntil(lambda: not dashboard.loading)
        figure.setFocus()
        listed = _drill(qtbot, window, lambda figure=figure: qtbot.keyClick(figure, Qt.Key.Key_Space))
        assert listed == {c.id for c in cases if is_open(c) and kind in deadline_kinds(c, day)}, kind
        assert str(len(listed)) == figure.value_text()

    tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: not dashboard.loading)
    table = dashboard.clerk_table
    row = next(
        n for n in range(dashboard.clerk_model.rowCount()) if dashboard.clerk_model.index(n, 0).data() == "Anna Schmitz"
    )
    listed = _drill(qtbot, window, lambda: table.clicked.emit(dashboard.clerk_model.index(row, 0)))
    assert listed == {c.id for c in cases if is_open(c) and c.assignee == "anna"}
    assert window.queue.shown_filter.isVisible()

    tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: not dashboard.loading)
    kpi = dashboard.kpi_model.rows[0]
    listed = _drill(qtbot, window, lambda: dashboard.kpi_table.clicked.emit(dashboard.kpi_model.index(0, 0)))
    start, end = deadline_period(dashboard.report.as_of)
    decided = {c.id for c in cases if c.service_key == kpi.service_key and c.decided_at and start <= c.decided_at < end}
    assert listed == decided
    assert len(listed) == kpi.decided
    caption = f"Gefiltert: in den letzten 12 Wochen entschiedene Vorgänge: {kpi.service_name}"
    assert window.queue.shown_filter_text.text() == caption

    with qtbot.waitSignal(window.queue.model.reloaded):
        window.queue.clear_filter_link.linkActivated.emit("clear")
    assert not window.queue.shown_filter.isVisible()
    assert _listed_ids(qtbot, window) == everything == open_ids
    assert window.queue.model.queue_filter == window.queue.filter_bar.current_filter()


def open_ids_of(cases: list[GeneratedCase]) -> list[GeneratedCase]:
    return [c for c in cases if is_open(c)]


@pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)")  # offscreen: the segment's tooltip
def test_enter_on_a_segment_chosen_by_keyboard_lists_what_a_click_on_it_lists(
    qtbot: QtBot, staff: Staff, workspace: Workspace, cases: list[GeneratedCase]
) -> None:
    window = _window_of(qtbot, workspace, "supervisor", staff)
    dashboard = _loaded(qtbot, window.overview.dashboard)
    tabs = window.overview.tabs
    assert tabs is not None
    chart = dashboard.age_chart
    dashboard.paused_figure.setFocus()
    qtbot.keyClick(dashboard.paused_figure, Qt.Key.Key_Tab)  # the bars come after the big numbers
    assert chart.hasFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    qtbot.keyClick(chart, Qt.Key.Key_End)
    assert chart.current is not None
    number, bucket = chart.current
    group = chart.groups[number]
    assert len(chart.groups) >= 2  # the Bürgerbüro's bar and the registry office's
    assert (number, bucket) == (1, max(n for n, count in enumerate(group.counts) if count))  # the second's oldest
    said = f"{group.label}, {AGE_LABELS[bucket]} Arbeitstage: {group.counts[bucket]} offene"
    assert chart.readout.text().startswith(said)
    assert chart.accessibleName() == chart.readout.text()

    with qtbot.waitSignal(dashboard.drill_down) as by_key:
        listed = _drill(qtbot, window, lambda: qtbot.keyClick(chart, Qt.Key.Key_Return))
    assert tabs.currentIndex() == 1
    assert len(listed) == group.counts[bucket]
    tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: not dashboard.loading)
    assert chart.current == (number, bucket)  # counted again, the same segment
    with qtbot.waitSignal(dashboard.drill_down) as by_click:
        assert _drill(qtbot, window, lambda: _click_segment(qtbot, chart, number, bucket)) == listed
    assert by_key.args == by_click.args  # the same filter and caption


@pytest.mark.qt_log_ignore(
    r"This plugin does not support raise\(\)", r"This plugin does not support propagateSizeHints\(\)"
)  # offscreen: the windows come to the front, sized
def test_a_clerk_keeps_the_window_and_opens_their_own_part(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow, cases: list[GeneratedCase]
) -> None:
    assert window.overview.tabs is None
    assert window.overview.dashboard is None  # not built until asked for
    window.activateWindow()
    qtbot.keyClick(
        window.queue.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dashboard = _loaded(qtbot, window.overview.dashboard)
    report = backlog_report(db, staff.clerk)
    assert dashboard.report == report
    assert [row.username for row in report.clerks] == ["anna"]
    assert dashboard.clerk_model.rowCount() == 1
    clerk_services = {c.service_key for c in cases if c.handling_role == Role.CLERK}
    assert {row.service_key for row in report.ages} <= clerk_services
    assert dashboard.open_figure.value_text() == str(
        sum(1 for c in cases if is_open(c) and c.service_key in clerk_services)
    )

    listed = _drill(qtbot, window, dashboard.open_figure.click)
    assert listed == {c.id for c in cases if is_open(c) and c.handling_role == Role.CLERK}
    assert window.overview.dashboard_window is not None
    assert window.overview.dashboard_window.windowTitle() == "Amtsstube – Übersicht"
    assert window.queue.shown_filter_text.text() == "Gefiltert: alle offenen Vorgänge"


@pytest.fixture
def read_only_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "schreibgeschuetzt"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    if os.geteuid() == 0:  # root may write anywhere: the folder is read-only for the check as for a user
        real_access = os.access
        monkeypatch.setattr(
            os, "access", lambda path, mode, **kw: False if Path(path) == folder else real_access(path, mode, **kw)
        )
    yield folder
    folder.chmod(stat.S_IRWXU)


def _export(qtbot: QtBot, dashboard: DashboardView, kind: ExportFormat, target: Path) -> None:
    dialog = dashboard.ask_export(kind)
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    assert isinstance(name, QLineEdit)
    name.setText(str(target))
    qtbot.keyClick(name, Qt.Key.Key_Return)


def test_the_overview_is_exported_as_csv_and_xlsx(
    qtbot: QtBot, db: Database, staff: Staff, workspace: Workspace, cases: list[GeneratedCase], tmp_path: Path
) -> None:
    window = _window_of(qtbot, workspace, "supervisor", staff)
    dashboard = _loaded(qtbot, window.overview.dashboard)
    report = backlog_report(db, staff.supervisor)
    target = tmp_path / "Rückstand.csv"
    with qtbot.waitSignal(dashboard.exported, check_params_cb=lambda path: path == target):
        _export(qtbot, dashboard, ExportFormat.CSV, target)
    assert dashboard.state.text() == f"Gespeichert als {target}."
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    rows = list(csv.reader(io.StringIO(target.read_text("utf-8-sig")), delimiter=";"))
    assert ["Offene Vorgänge", str(report.open_cases)] in rows
    assert ["Überfällig", str(report.deadlines.overdue)] in rows

    from openpyxl import load_workbook  # noqa: PLC0415

    workbook_path = tmp_path / "Rückstand.xlsx"
    with qtbot.waitSignal(dashboard.exported, check_params_cb=lambda path: path == workbook_path):
        _export(qtbot, dashboard, ExportFormat.XLSX, workbook_path)
    workbook = load_workbook(workbook_path)
    assert workbook.sheetnames == ["Übersicht", "Alter", "Fristen", "Wochen", "Sachbearbeitung", "Fristquote"]
    ages = workbook["Alter"]
    assert ages.max_row == 1 + len(report.ages)
    assert [cell.value for cell in ages[2]][-1] == report.ages[0].total
    assert len(AGE_BUCKETS) + 4 == ages.max_column


def test_an_export_into_a_read_only_folder_gives_the_german_message_and_no_file(
    qtbot: QtBot, staff: Staff, workspace: Workspace, read_only_folder: Path
) -> None:
    window = _window_of(qtbot, workspace, "supervisor", staff)
    dashboard = _loaded(qtbot, window.overview.dashboard)
    _export(qtbot, dashboard, ExportFormat.XLSX, read_only_folder / "Rückstand.xlsx")
    box = wait_for_message(qtbot)
    assert f"Im Ordner {read_only_folder} fehlt die Schreibberechtigung" in box.text()
    close_all_messages()
    assert list(read_only_folder.iterdir()) == []
    qtbot.waitUntil(dashboard.export_button.isEnabled)


def test_the_dashboard_counts_again_when_shown_again_and_the_shortcuts_switch_tabs(
    qtbot: QtBot, db: Database, staff: Staff, workspace: Workspace
) -> None:
    window = _window_of(qtbot, workspace, "supervisor", staff)
    dashboard = _loaded(qtbot, window.overview.dashboard)
    tabs = window.overview.tabs
    assert tabs is not None
    assert dashboard.open_figure.value_text() == "0"
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(window, Qt.Key.Key_1, ctrl)  # Zur Arbeitsliste
    assert tabs.currentIndex() == 1
    new_case(db, staff.system, GENERIC_FEE_SERVICE)

    with qtbot.waitSignal(dashboard.loaded, check_params_cb=lambda report: report.open_cases == 1):
        qtbot.keyClick(window, Qt.Key.Key_R, ctrl | Qt.KeyboardModifier.ShiftModifier)  # Übersicht
    assert tabs.currentIndex() == 0
    assert dashboard.open_figure.value_text() == "1"
    assert dashboard.state.text().startswith("Stand ")

    new_case(db, staff.system, GENERIC_FEE_SERVICE)
    with qtbot.waitSignal(dashboard.loaded, check_params_cb=lambda report: report.open_cases == 2):
        dashboard.refresh_button.click()
        assert dashboard.state.text() == "wird geladen…"
        assert not dashboard.refresh_button.isEnabled()
    assert dashboard.refresh_button.isEnabled()
