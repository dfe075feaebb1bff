"""What the dashboard's charts share: a plain chart and a count axis with round ends."""

from __future__ import annotations

from PySide6.QtCharts import QChart, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QFont


def new_chart() -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def count_axis(title: str, maximum: int) -> QValueAxis:
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    axis.setRange(0, nice_maximum(maximum))
    axis.setTickCount(6)
    axis.setTitleText(title)
    font = QFont(axis.titleFont())
    font.setBold(False)
    axis.setTitleFont(font)
    return axis


def nice_maximum(value: int) -> int:
    """An axis end at or above ``value`` that five ticks divide into whole numbers (5, 10, 25, 50, 100, …)."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000):
        if value <= step * 5:
            return step * 5
    return ((value + 49999) // 50000) * 50000
