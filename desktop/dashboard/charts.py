"""The dashboard's two charts (QtCharts): the open cases by age as stacked bars, one bar per department or service,
and the weekly inflow, outflow and backlog of the last twelve weeks as lines.

A click on a bar's segment reports the group and the age bucket, so the work queue can open on exactly those cases;
hovering a segment shows its figure in a tooltip.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QPainter, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from desktop.core.colours import OVERDUE_COLOUR
from models.operations.backlog import AGE_LABELS, AgeRow, WeekFlow

#: From fresh to old: green over amber to the overdue red for more than 20 working days.
BUCKET_COLOURS = ("#5b9b4a", "#a9c25d", "#f0c24b", "#e2843a", OVERDUE_COLOUR.name())
INFLOW_COLOUR = QColor("#2f6db5")
OUTFLOW_COLOUR = QColor("#3f8f3f")
BACKLOG_COLOUR = QColor("#6b6b6b")
BAR_ROW_HEIGHT = 34  # pixels per bar, so that a long service name stays readable


@dataclass(frozen=True)
class AgeGroup:
    """One bar: a department (all its services) or one service."""

    label: str
    service_keys: frozenset[str]
    counts: tuple[int, ...]


def age_groups(ages: tuple[AgeRow, ...], *, by_service: bool) -> tuple[AgeGroup, ...]:
    """The bars in the report's order (department, then service name)."""
    if by_service:
        return tuple(AgeGroup(row.service_name, frozenset({row.service_key}), row.counts) for row in ages)
    groups: dict[str, tuple[set[str], list[int]]] = {}
    for row in ages:
        keys, counts = groups.setdefault(row.department, (set(), [0] * len(AGE_LABELS)))
        keys.add(row.service_key)
        for n, count in enumerate(row.counts):
            counts[n] += count
    return tuple(AgeGroup(name, frozenset(keys), tuple(counts)) for name, (keys, counts) in groups.items())


def _chart() -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


class AgeChart(QChartView):
    """Stacked horizontal bars: one per group, a segment per age bucket (legend at the bottom)."""

    segment_clicked = Signal(object, int)  # AgeGroup, bucket

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ageChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setChart(_chart())
        self.groups: tuple[AgeGroup, ...] = ()
        self.bar_sets: list[QBarSet] = []

    def show_groups(self, groups: tuple[AgeGroup, ...]) -> None:
        self.groups = groups
        chart = _chart()
        series = QHorizontalStackedBarSeries()
        series.setBarWidth(0.7)
        self.bar_sets = []
        for bucket, label in enumerate(AGE_LABELS):
            bar_set = QBarSet(label)
            bar_set.setColor(QColor(BUCKET_COLOURS[bucket]))
            bar_set.setBorderColor(QColor("white"))
            bar_set.append([float(group.counts[bucket]) for group in groups])
            bar_set.clicked.connect(lambda index, bucket=bucket: self._clicked(bucket, index))
            bar_set.hovered.connect(lambda status, index, bucket=bucket: self._hovered(status, bucket, index))
            series.append(bar_set)
            self.bar_sets.append(bar_set)
        chart.addSeries(series)
        if not groups:
            chart.setTitle(self.tr("No open cases"))
        categories = QBarCategoryAxis()
        categories.append([group.label for group in groups] or [""])
        categories.setReverse(True)  # the first department on top, as in the tables
        categories.setGridLineVisible(False)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        counts = QValueAxis()
        counts.setLabelFormat("%d")
        counts.setRange(0, _nice_maximum(max((sum(group.counts) for group in groups), default=0)))
        counts.setTickCount(6)
        counts.setTitleText(self.tr("Open cases"))
        chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(counts)
        self.setChart(chart)  # the old chart is deleted with it
        self.setMinimumHeight(120 + BAR_ROW_HEIGHT * max(len(groups), 2))

    def _clicked(self, bucket: int, index: int) -> None:
        if 0 <= index < len(self.groups):
            self.segment_clicked.emit(self.groups[index], bucket)

    def _hovered(self, status: bool, bucket: int, index: int) -> None:
        if not status or not 0 <= index < len(self.groups):
            QToolTip.hideText()
            return
        group = self.groups[index]
        text = self.tr("{group}, {days} working days: %n open case(s) – click to list them", "", group.counts[bucket])
        QToolTip.showText(QCursor.pos(), text.format(group=group.label, days=AGE_LABELS[bucket]), self)


class FlowChart(QChartView):
    """Inflow and outflow per calendar week (left axis) and the backlog at the end of each week (right axis)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flowChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setChart(_chart())
        self.setMinimumHeight(260)

    def show_weeks(self, weeks: tuple[WeekFlow, ...]) -> None:
        chart = _chart()
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
        per_week = _count_axis(self.tr("Cases per week"), max((max(w.inflow, w.outflow) for w in weeks), default=0))
        chart.addAxis(per_week, Qt.AlignmentFlag.AlignLeft)
        open_axis = _count_axis(self.tr("Backlog"), max((w.backlog_at_end for w in weeks), default=0))
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


def _count_axis(title: str, maximum: int) -> QValueAxis:
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    axis.setRange(0, _nice_maximum(maximum))
    axis.setTickCount(6)
    axis.setTitleText(title)
    font = QFont(axis.titleFont())
    font.setBold(False)
    axis.setTitleFont(font)
    return axis


def _nice_maximum(value: int) -> int:
    """An axis end at or above ``value`` that five ticks divide into whole numbers (5, 10, 25, 50, 100, …)."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000):
        if value <= step * 5:
            return step * 5
    return ((value + 49999) // 50000) * 50000
