"""The dashboard's chart of the open cases by age (QtCharts): stacked bars, one bar per department or service.

A click on a bar's segment reports the group and the age bucket, so the work queue can open on exactly those cases;
hovering a segment shows its figure in a tooltip. The keyboard does the same: Tab into the bars, the arrow keys move
a frame from segment to segment (up and down between the bars, left and right between the ages), the line under the
chart (and the screen reader) says what the framed segment holds, and Enter or Space lists its cases.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFocusEvent, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from desktop.core.colours import OVERDUE_COLOUR
from desktop.core.plain_text import plain_label
from desktop.dashboard import segments
from desktop.dashboard.chart_basics import new_chart, nice_maximum
from desktop.dashboard.segments import Segment
from models.operations.backlog import AGE_LABELS, AgeRow

#: From fresh to old: green over amber to the overdue red for more than 20 working days.
BUCKET_COLOURS = ("#5b9b4a", "#a9c25d", "#f0c24b", "#e2843a", OVERDUE_COLOUR.name())
BAR_ROW_HEIGHT = 34  # pixels per bar, so that a long service name stays readable
BAR_WIDTH = 0.7  # of a bar's row


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


class AgeChart(QChartView):
    """Stacked horizontal bars: one per group, a segment per age bucket (legend at the bottom)."""

    segment_clicked = Signal(object, int)  # AgeGroup, bucket
    segment_focused = Signal(object)  # QRect of the framed segment in the view's coordinates, to scroll it into view

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ageChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setChart(new_chart())
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.groups: tuple[AgeGroup, ...] = ()
        self.bar_sets: list[QBarSet] = []
        self.current: Segment | None = None  # the framed segment (the keyboard's), kept while the chart has no focus
        self._column = 0  # the age bucket chosen last: up and down keep it where the bar has cases there
        self.readout = plain_label(object_name="ageChartReadout")  # the view puts it under the chart
        self.readout.setWordWrap(True)
        self.readout.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # Two lines always (a long service name takes them): the dashboard does not jump when the focus comes or goes.
        self.readout.setMinimumHeight(2 * self.readout.fontMetrics().lineSpacing())
        self.setAccessibleName(self.tr("Open cases by age"))
        self.setAccessibleDescription(
            self.tr("Arrow keys: choose a segment; Enter or Space: list its cases in the work queue.")
        )

    def show_groups(self, groups: tuple[AgeGroup, ...]) -> None:
        self.current = segments.kept_segment(
            [g.label for g in self.groups], self.current, [g.label for g in groups], [g.counts for g in groups]
        )
        self.groups = groups
        chart = new_chart()
        series = QHorizontalStackedBarSeries()
        series.setBarWidth(BAR_WIDTH)
        self.bar_sets = []
        for bucket, label in enumerate(AGE_LABELS):
            bar_set = QBarSet(label)
            bar_set.setColor(QColor(BUCKET_COLOURS[bucket]))
            bar_set.setBorderColor(QColor("white"))
            bar_set.append([float(group.counts[bucket]) for group in reversed(groups)])
            bar_set.clicked.connect(lambda index, bucket=bucket: self.open_segment((self._bar_at(index), bucket)))
            bar_set.hovered.connect(
                lambda status, index, bucket=bucket: self._hovered(status, bucket, self._bar_at(index))
            )
            series.append(bar_set)
            self.bar_sets.append(bar_set)
        chart.addSeries(series)
        if not groups:
            chart.setTitle(self.tr("No open cases"))
        categories = QBarCategoryAxis()
        # The first department on top, as in the tables: the axis counts from the bottom, and its setReverse has
        # no effect on these bars (Qt 6.12), so the bars are given bottom up.
        categories.append([group.label for group in reversed(groups)] or [""])
        categories.setGridLineVisible(False)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        counts = QValueAxis()
        counts.setLabelFormat("%d")
        counts.setRange(0, nice_maximum(max((sum(group.counts) for group in groups), default=0)))
        counts.setTickCount(6)
        counts.setTitleText(self.tr("Open cases"))
        chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(counts)
        self.setChart(chart)  # the old chart is deleted with it
        self.setMinimumHeight(120 + BAR_ROW_HEIGHT * max(len(groups), 2))
        self._describe()

    def _bar_at(self, position: int) -> int:
        """The group of the bar at ``position`` on the axis (0 at the bottom), and the other way round."""
        return len(self.groups) - 1 - position

    def open_segment(self, segment: Segment) -> None:
        """A click on a segment, or Enter or Space on the framed one: its cases in the work queue."""
        index, bucket = segment
        if 0 <= index < len(self.groups):
            self._move_to(segment, scroll=False)  # in view: under the mouse, or framed already
            self.segment_clicked.emit(self.groups[index], bucket)

    # -- the keyboard --------------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, ctrl = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        bars = [group.counts for group in self.groups]
        current = self.current
        if current is None or key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            super().keyPressEvent(event)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.open_segment(current)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._move_to(segments.next_bucket(bars, current, 1 if key == Qt.Key.Key_Right else -1))
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = 1 if key == Qt.Key.Key_Down else -1
            self._move_to(segments.next_bar(bars, current, step, column=self._column), column=self._column)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End) and ctrl:
            last = key == Qt.Key.Key_End
            self._move_to(segments.edge_bar(bars, current, last=last, column=self._column), column=self._column)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self._move_to(segments.edge_bucket(bars, current, last=key == Qt.Key.Key_End))
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.current is None:
            self.current = segments.first_segment([group.counts for group in self.groups])
        # Not scrolled on a click: the content would move away under the mouse before the click lands.
        self._move_to(self.current, scroll=event.reason() != Qt.FocusReason.MouseFocusReason)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._describe()
        self.viewport().update()  # the frame goes with the focus

    def _move_to(self, segment: Segment | None, *, scroll: bool = True, column: int | None = None) -> None:
        """Frame ``segment``; up and down keep ``column``, the age chosen last (left, right, Home, End, a click)."""
        self.current = segment
        if column is None and segment is not None:
            self._column = segment[1]
        self._describe()
        self.viewport().update()
        frame = self.segment_rect()
        if frame is not None and scroll:
            self.segment_focused.emit(self.mapFromScene(frame).boundingRect())

    def segment_text(self, segment: Segment) -> str:
        group, bucket = self.groups[segment[0]], segment[1]
        text = self.tr("{group}, {days} working days: %n open case(s) – Enter lists them", "", group.counts[bucket])
        return text.format(group=group.label, days=AGE_LABELS[bucket])

    def _describe(self) -> None:
        """The line under the chart and the accessible name: the framed segment, or how to get there."""
        if self.current is None:  # no bar with cases: the chart's title says so
            self.readout.clear()
            self.setAccessibleName(self.tr("Open cases by age"))
        elif self.hasFocus():
            self.readout.setText(self.segment_text(self.current))
            self.setAccessibleName(self.segment_text(self.current))
        else:
            self.readout.setText(
                self.tr("Click a segment – or choose one with the arrow keys and press Enter – to list its cases.")
            )
            self.setAccessibleName(self.tr("Open cases by age"))

    # -- the frame around the current segment ----------------------------------------------------------------------

    def segment_rect(self) -> QRectF | None:
        """The framed segment in scene coordinates (None: no segment, or the chart has no series yet)."""
        chart = self.chart()
        if self.current is None or not chart.series() or self.current[0] >= len(self.groups):
            return None
        index, bucket = self.current
        counts, half, position = self.groups[index].counts, BAR_WIDTH / 2, self._bar_at(index)
        start, end = float(sum(counts[:bucket])), float(sum(counts[: bucket + 1]))
        series = chart.series()[0]
        ends = ((start, position - half), (end, position + half))
        corners = (chart.mapToPosition(QPointF(x, y), series) for x, y in ends)
        first, second = (chart.mapToScene(point) for point in corners)
        return QRectF(first, second).normalized()

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        super().drawForeground(painter, rect)
        frame = self.segment_rect() if self.hasFocus() else None
        if frame is None:
            return
        painter.save()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor("black"), 3))
        painter.drawRect(frame.adjusted(-2, -2, 2, 2))
        painter.setPen(QPen(QColor("white"), 1.5))
        painter.drawRect(frame.adjusted(0.5, 0.5, -0.5, -0.5))
        painter.restore()

    def _hovered(self, status: bool, bucket: int, index: int) -> None:
        if not status or not 0 <= index < len(self.groups):
            QToolTip.hideText()
            return
        group = self.groups[index]
        text = self.tr("{group}, {days} working days: %n open case(s) – click to list them", "", group.counts[bucket])
        QToolTip.showText(QCursor.pos(), text.format(group=group.label, days=AGE_LABELS[bucket]), self)
