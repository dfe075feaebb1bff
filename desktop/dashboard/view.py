"""The backlog dashboard (Übersicht): open cases by age, the deadline figures, the weekly flow with trend and
forecast, the clerks' work and the share decided within the deadline — the figures of :func:`backlog_report`.

It loads on the task runner whenever it is shown again (and on *Aktualisieren*); a click on a bar segment, a big
number, a clerk or a service — or Enter on it — asks for the work queue on exactly those cases
(:attr:`DashboardView.drill_down`), which the main window shows. A clerk's dashboard shows the clerk's own part:
the operation counts only what they see.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.colours import OVERDUE_COLOUR
from desktop.core.plain_text import plain_label
from desktop.core.workspace import Workspace
from desktop.dashboard.age_chart import AgeChart, AgeGroup, age_groups
from desktop.dashboard.figures import FigureButton
from desktop.dashboard.flow_chart import FlowChart
from desktop.dashboard.operations import ExportFormat, export_backlog, load_backlog
from desktop.dashboard.tables import CLERK_COLUMNS, CONTEXT, KPI_COLUMNS, figures_table
from desktop.widgets.error_dialogs import show_error
from desktop.widgets.row_table_model import ROW_ROLE, RowTableModel
from models.case_status import OPEN_STATES
from models.german_format import format_date
from models.operations.backlog import (
    AGE_LABELS,
    WEEKS,
    BacklogReport,
    ClerkRow,
    DeadlineKpi,
    age_bounds,
    deadline_period,
)
from models.operations.backlog_periods import RATE_WEEKS
from models.operations.deadline_filters import DeadlineFilter
from models.operations.queue import QueueFilter

DUE_SOON_COLOUR = QColor("#9a5b00")
PAUSED_COLOUR = QColor("#4d5b6b")
OPEN_COLOUR = QColor("#1f3b5c")
FALLING_COLOUR = QColor("#2d6e2d")
MINIMUM_WIDTH = 1040


class DashboardView(QWidget):
    drill_down = Signal(object, str)  # QueueFilter, the caption the queue shows over the filtered cases
    loaded = Signal(object)  # BacklogReport, after every (re)load
    exported = Signal(object)  # Path of the file written

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self._workspace = workspace
        self.report: BacklogReport | None = None
        self.loading = False
        self.file_dialog: QFileDialog | None = None
        self._sees_all = workspace.actor.sees_all_cases

        self.title = plain_label(self.tr("Overview"), object_name="dashboardTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.state = plain_label(object_name="dashboardState")
        self.grouping = QComboBox()
        self.grouping.setObjectName("dashboardGrouping")
        self.grouping.addItem(self.tr("by department"), False)
        self.grouping.addItem(self.tr("by service"), True)
        self.grouping.currentIndexChanged.connect(lambda _index: self._show_ages())
        grouping_label = QLabel(self.tr("&Bars:"))
        grouping_label.setBuddy(self.grouping)
        self.refresh_button = QPushButton(self.tr("&Update"))
        self.refresh_button.setObjectName("dashboardRefresh")
        self.refresh_button.setToolTip(self.tr("Count the figures again"))
        self.refresh_button.clicked.connect(self.reload)
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setObjectName("dashboardExport")
        export_menu = QMenu(self.export_button)
        self.export_csv_action = export_menu.addAction(self.tr("As a &CSV file…"))
        self.export_csv_action.triggered.connect(lambda: self.ask_export(ExportFormat.CSV))
        self.export_xlsx_action = export_menu.addAction(self.tr("As an &Excel workbook (XLSX)…"))
        self.export_xlsx_action.triggered.connect(lambda: self.ask_export(ExportFormat.XLSX))
        self.export_button.setMenu(export_menu)
        self.export_button.setEnabled(False)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addSpacing(12)
        header.addWidget(self.state, 1)
        header.addWidget(grouping_label)
        header.addWidget(self.grouping)
        header.addSpacing(12)
        header.addWidget(self.refresh_button)
        header.addWidget(self.export_button)

        self.open_figure = FigureButton("figureOpen", self.tr("open cases"), OPEN_COLOUR)
        self.overdue_figure = FigureButton("figureOverdue", self.tr("overdue"), OVERDUE_COLOUR)
        self.due_soon_figure = FigureButton("figureDueSoon", self.tr("due within 2 working days"), DUE_SOON_COLOUR)
        self.paused_figure = FigureButton(
            "figurePaused", self.tr("deadline paused (waiting for the citizen)"), PAUSED_COLOUR
        )
        self.open_figure.clicked.connect(self._open_cases_clicked)
        self.overdue_figure.clicked.connect(lambda: self._deadline_clicked(DeadlineFilter.OVERDUE))
        self.due_soon_figure.clicked.connect(lambda: self._deadline_clicked(DeadlineFilter.DUE_SOON))
        self.paused_figure.clicked.connect(lambda: self._deadline_clicked(DeadlineFilter.PAUSED))
        figures = QHBoxLayout()
        figures.setSpacing(10)
        for figure in self.figure_buttons:
            figures.addWidget(figure)
            figure.setEnabled(False)

        self.age_chart = AgeChart()
        self.age_chart.segment_clicked.connect(self._segment_clicked)
        self.age_chart.segment_focused.connect(self._show_segment)
        ages_box = _box(
            self.tr("Open cases by age in working days since receipt"), self.age_chart, self.age_chart.readout
        )
        self.flow_chart = FlowChart()
        self.trend = plain_label(object_name="dashboardTrend")
        self.forecast = plain_label(object_name="dashboardForecast")
        for label in (self.trend, self.forecast):
            label.setWordWrap(True)
        flow_box = _box(
            self.tr("Received and decided per week (last %n weeks)", "", WEEKS), self.flow_chart, self.trend,
            self.forecast,
        )  # fmt: skip

        self.clerk_model: RowTableModel[ClerkRow] = RowTableModel(CONTEXT, CLERK_COLUMNS, self)
        self.clerk_table = figures_table("dashboardClerks", self.clerk_model, self)
        self.clerk_table.setToolTip(self.tr("Click a clerk (or press Enter) to list the open cases they hold"))
        self.clerk_table.clicked.connect(self._clerk_chosen)
        self.clerk_table.activated.connect(self._clerk_chosen)
        clerks_box = _box(self.tr("Clerks") if self._sees_all else self.tr("My work"), self.clerk_table)
        self.kpi_model: RowTableModel[DeadlineKpi] = RowTableModel(CONTEXT, KPI_COLUMNS, self)
        self.kpi_table = figures_table("dashboardKpis", self.kpi_model, self)
        self.kpi_table.setToolTip(self.tr("Click a service (or press Enter) to list its open cases"))
        self.kpi_table.clicked.connect(self._service_chosen)
        self.kpi_table.activated.connect(self._service_chosen)
        kpi_box = _box(self.tr("Decided within the deadline (last %n weeks)", "", WEEKS), self.kpi_table)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(12)
        grid.addWidget(ages_box, 0, 0)
        grid.addWidget(flow_box, 0, 1)
        grid.addWidget(clerks_box, 1, 0)
        grid.addWidget(kpi_box, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 2)

        content = QWidget()
        content.setObjectName("dashboardContent")
        content.setMinimumWidth(MINIMUM_WIDTH)  # narrower: the window scrolls instead of cutting names and weeks
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addLayout(figures)
        layout.addLayout(grid, 1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(content)
        self._content = content
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        self.setTabOrder(self.grouping, self.refresh_button)
        self.setTabOrder(self.refresh_button, self.export_button)
        self.setTabOrder(self.export_button, self.open_figure)
        self.setTabOrder(self.open_figure, self.overdue_figure)
        self.setTabOrder(self.overdue_figure, self.due_soon_figure)
        self.setTabOrder(self.due_soon_figure, self.paused_figure)
        self.setTabOrder(self.paused_figure, self.age_chart)
        self.setTabOrder(self.age_chart, self.clerk_table)
        self.setTabOrder(self.clerk_table, self.kpi_table)

    @property
    def figure_buttons(self) -> tuple[FigureButton, ...]:
        return self.open_figure, self.overdue_figure, self.due_soon_figure, self.paused_figure

    # -- loading -----------------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()  # shown again (its tab, its window): the figures as they are now

    def reload(self) -> None:
        if self.loading:
            return
        self.loading = True
        self.refresh_button.setEnabled(False)
        self.state.setText(self.tr("loading…"))
        self._workspace.runner.run(
            load_backlog(self._workspace, parent=self, on_success=self._loaded, on_failure=self._failed)
        )

    def _loaded(self, report: BacklogReport) -> None:
        self.loading = False
        self.refresh_button.setEnabled(True)
        self.report = report
        self.state.setText(self.tr("as of {date}").format(date=format_date(report.as_of)))
        deadlines = report.deadlines
        self.open_figure.set_value(report.open_cases, self.tr("List all open cases"))
        self.overdue_figure.set_value(deadlines.overdue, self.tr("List the overdue cases"))
        self.due_soon_figure.set_value(deadlines.due_soon, self.tr("List the cases due within 2 working days"))
        self.paused_figure.set_value(deadlines.paused, self.tr("List the cases waiting for the citizen"))
        for figure in self.figure_buttons:
            figure.setEnabled(True)
        self._show_ages()
        self.flow_chart.show_weeks(report.weeks)
        self.trend.setText(self._trend_text(report))
        colour = OVERDUE_COLOUR if report.trend > 0 else FALLING_COLOUR if report.trend < 0 else PAUSED_COLOUR
        self.trend.setStyleSheet(f"color: {colour.name()}; font-weight: bold;")
        self.forecast.setText(self.forecast_text(report))
        self.clerk_model.set_rows(report.clerks)
        self.kpi_model.set_rows(report.kpis)
        self.export_button.setEnabled(True)
        self.loaded.emit(report)

    def _failed(self, error: Exception) -> None:
        self.loading = False
        self.refresh_button.setEnabled(True)
        self.state.setText(self.tr("The figures could not be loaded."))
        show_error(self, error)

    def _show_ages(self) -> None:
        if self.report is not None:
            self.age_chart.show_groups(age_groups(self.report.ages, by_service=bool(self.grouping.currentData())))

    def _trend_text(self, report: BacklogReport) -> str:
        if report.trend == 0:
            return self.tr("Trend over %n weeks: the backlog is unchanged.", "", WEEKS)
        if report.trend > 0:
            return self.tr("Trend over {weeks} weeks: %n more open case(s).", "", report.trend).format(weeks=WEEKS)
        return self.tr("Trend over {weeks} weeks: %n open case(s) fewer.", "", -report.trend).format(weeks=WEEKS)

    def forecast_text(self, report: BacklogReport) -> str:
        days = report.forecast_working_days
        if days is None:
            return self.tr("Backlog cleared in: – (nothing decided in the last %n weeks)", "", RATE_WEEKS)
        if report.open_cases == 0:
            return self.tr("No backlog.")
        return self.tr(
            "Backlog cleared in about %n working day(s) at the pace of the last {weeks} weeks.", "", math.ceil(days)
        ).format(weeks=RATE_WEEKS)

    # -- drill-down --------------------------------------------------------------------------------------------

    def _segment_clicked(self, group: AgeGroup, bucket: int) -> None:
        if self.report is None:
            return
        received_from, received_before = age_bounds(bucket, self.report.as_of)
        queue_filter = QueueFilter(
            statuses=frozenset(OPEN_STATES),
            service_keys=group.service_keys,
            received_from=received_from,
            received_before=received_before,
        )
        caption = self.tr("open cases of {group}, {days} working days since receipt").format(
            group=group.label, days=AGE_LABELS[bucket]
        )
        self.drill_down.emit(queue_filter, caption)

    def _show_segment(self, rect: QRect) -> None:
        """The segment framed with the keyboard is scrolled into view (a long chart by service is taller), and the
        line that says what it holds where the window is high enough for both."""
        self.scroll_area.ensureWidgetVisible(self.age_chart.readout, 0, 10)
        centre = self.age_chart.mapTo(self._content, rect.center())
        self.scroll_area.ensureVisible(centre.x(), centre.y(), rect.width() // 2 + 20, rect.height() // 2 + 20)

    def _open_cases_clicked(self) -> None:
        self.drill_down.emit(QueueFilter(statuses=frozenset(OPEN_STATES)), self.tr("all open cases"))

    def _deadline_clicked(self, kind: DeadlineFilter) -> None:
        captions = {
            DeadlineFilter.OVERDUE: self.tr("overdue cases"),
            DeadlineFilter.DUE_SOON: self.tr("cases due within 2 working days"),
            DeadlineFilter.PAUSED: self.tr("cases waiting for the citizen (deadline paused)"),
        }
        self.drill_down.emit(QueueFilter(deadline=kind), captions[kind])

    def _clerk_chosen(self, index: QModelIndex) -> None:
        row = self.clerk_model.data(index, ROW_ROLE)
        if isinstance(row, ClerkRow):
            queue_filter = QueueFilter(statuses=frozenset(OPEN_STATES), assignee=row.username)
            self.drill_down.emit(queue_filter, self.tr("open cases held by {name}").format(name=row.display_name))

    def _service_chosen(self, index: QModelIndex) -> None:
        row = self.kpi_model.data(index, ROW_ROLE)
        if isinstance(row, DeadlineKpi) and self.report is not None:
            first, end = deadline_period(self.report.as_of)
            queue_filter = QueueFilter(
                service_keys=frozenset({row.service_key}), decided_from=first, decided_before=end
            )
            caption = self.tr("cases of {service} decided in the last %n weeks", "", WEEKS)
            self.drill_down.emit(queue_filter, caption.format(service=row.service_name))

    # -- export ------------------------------------------------------------------------------------------------

    def ask_export(self, kind: ExportFormat) -> QFileDialog:
        if kind == ExportFormat.CSV:
            title, name_filter = self.tr("Export the overview as CSV"), self.tr("CSV files (*.csv)")
        else:
            title, name_filter = (
                self.tr("Export the overview as an Excel workbook"),
                self.tr("Excel workbooks (*.xlsx)"),
            )
        day = self.report.as_of if self.report is not None else None
        stem = self.tr("Backlog") + (f" {day.isoformat()}" if day is not None else "")
        dialog = QFileDialog(self, title)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(name_filter)
        dialog.setDefaultSuffix(kind.value)
        dialog.selectFile(f"{stem}.{kind.value}")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.export_to(Path(name), kind))
        dialog.destroyed.connect(lambda: setattr(self, "file_dialog", None))
        dialog.open()
        self.file_dialog = dialog
        return dialog

    def export_to(self, path: Path, kind: ExportFormat) -> None:
        self.export_button.setEnabled(False)
        self.state.setText(self.tr("exporting…"))
        self._workspace.runner.run(
            export_backlog(
                self._workspace, path, kind, parent=self, on_success=self._exported, on_done=self._export_ended
            )
        )

    def _exported(self, path: Path) -> None:
        self.state.setText(self.tr("Saved as {path}.").format(path=path))
        self.exported.emit(path)

    def _export_ended(self) -> None:
        self.export_button.setEnabled(self.report is not None)
        if self.state.text() == self.tr("exporting…") and self.report is not None:
            self.state.setText(self.tr("as of {date}").format(date=format_date(self.report.as_of)))


def _box(title: str, *widgets: QWidget) -> QFrame:
    """A section of the dashboard: a bold heading over its chart or table."""
    box = QFrame()
    box.setObjectName("dashboardSection")
    heading = plain_label(title, object_name="sectionTitle")
    font = heading.font()
    font.setBold(True)
    heading.setFont(font)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    layout.addWidget(heading)
    for widget in widgets:
        layout.addWidget(widget, 1 if isinstance(widget, AgeChart | FlowChart | QTableView) else 0)
    return box
