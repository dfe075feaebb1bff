"""The dashboard's chart of the weekly flow (QtCharts): inflow, outflow and backlog of the last 12 weeks as lines."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QChartView, QLineSeries
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from desktop.dashboard.chart_basics import count_axis, new_chart
from models.operations.backlog import WeekFlow

INFLOW_COLOUR = QColor("#2f6db5")
OUTFLOW_COLOUR = QColor("#3f8f3f")
BACKLOG_COLOUR = QColor("#6b6b6b")


class FlowChart(QChartView):
    """Inflow and outflow per calendar week (left axis) and the backlog at the end of each week (right axis)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flowChart")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # nothing to choose in it; the trend and forecast say it in words
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setChart(new_chart())
        self.setMinimumHeight(260)

    def show_weeks(self, weeks: tuple[WeekFlow, ...]) -> None:
        chart = new_chart()
        inflow = self._line(self.tr("Received"), INFLOW_COLOUR, [w.inflow for w in weeks])
        outflow = self._line(self.tr("Decided"), OUTFLOW_COLOUR, [w.outflow for w in weeks])
        backlog = self._line(
            self.tr("Backlog at the end of the week"), BACKLOG_COLOUR, [w.backlog_at_end for w in weeks]
        )
        pen = backlog.pen()
        pen.setStyle(Qt.PenStyle.DashLine)
        backlog.setPen(pen)
        for series in (inflow, outflow, backlog):
            chart.addSeries(series)
        calendar_weeks = QBarCategoryAxis()
        calendar_weeks.append([str(w.week_start.isocalendar().week) for w in weeks])
        calendar_weeks.setTitleText(self.tr("Calendar week"))
        calendar_weeks.setGridLineVisible(False)
        chart.addAxis(calendar_weeks, Qt.AlignmentFlag.AlignBottom)
        per_week = count_axis(self.tr("Cases per week"), max((max(w.inflow, w.outflow) for w in weeks), default=0))
        chart.addAxis(per_week, Qt.AlignmentFlag.AlignLeft)
        open_axis = count_axis(self.tr("Backlog"), max((w.backlog_at_end for w in weeks), default=0))
        open_axis.setLinePenColor(BACKLOG_COLOUR)
        open_axis.setGridLineVisible(False)
        chart.addAxis(open_axis, Qt.AlignmentFlag.AlignRight)
        for series in (inflow, outflow, backlog):
            series.attachAxis(calendar_weeks)
        inflow.attachAxis(per_week)
        outflow.attachAxis(per_week)
        backlog.attachAxis(open_axis)
        self.setChart(chart)

    @staticmethod
    def _line(name: str, colour: QColor, values: list[int]) -> QLineSeries:
        series = QLineSeries()
        series.setName(name)
        pen = QPen(colour)
        pen.setWidth(3)
        series.setPen(pen)
        series.setPointsVisible(True)
        for n, value in enumerate(values):
            series.append(float(n), float(value))
        return series
