"""The age bars by keyboard: Tab reaches the chart, the arrow keys (and Home, End) move the frame between the segments
that have cases — up and down between the bars, left and right between the ages —, the line under the chart and the
accessible name say what the framed segment holds, and Enter or Space reports it exactly as a click on it does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.dashboard.age_chart import AgeChart, AgeGroup
from desktop.dashboard.segments import Segment, kept_segment

GROUPS = (
    AgeGroup("Bürgerbüro", frozenset({"a", "b"}), (3, 0, 2, 0, 0)),
    AgeGroup("Ordnungsamt", frozenset({"c"}), (0, 0, 0, 0, 0)),
    AgeGroup("Standesamt", frozenset({"d"}), (0, 1, 0, 0, 4)),
)


class Page(QWidget):
    """A button before the chart, one after it, and the chart's line under it, as on the dashboard."""

    def __init__(self) -> None:
        super().__init__()
        self.before, self.after = QPushButton("Vorher"), QPushButton("Nachher")
        self.chart = AgeChart()
        layout = QVBoxLayout(self)
        for widget in (self.before, self.chart, self.chart.readout, self.after):
            layout.addWidget(widget)
        self.resize(700, 420)


@pytest.fixture
def page(qtbot: QtBot) -> Page:
    page = Page()
    qtbot.addWidget(page)
    page.chart.show_groups(GROUPS)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.before.setFocus()
    return page


def _press(
    qtbot: QtBot, page: Page, *keys: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> Segment | None:
    for key in keys:
        qtbot.keyClick(page.chart, key, modifier)
    return page.chart.current


def test_tab_reaches_the_chart_and_the_arrows_move_between_segments_with_cases(qtbot: QtBot, page: Page) -> None:
    chart = page.chart
    assert "Pfeiltasten" in chart.readout.text()  # without the focus: how to choose a segment
    qtbot.keyClick(page.before, Qt.Key.Key_Tab)
    assert chart.hasFocus()
    assert chart.current == (0, 0)
    assert chart.readout.text() == "Bürgerbüro, 0–2 Arbeitstage: 3 offene Vorgänge – Eingabetaste, um sie aufzulisten"
    assert chart.accessibleName() == chart.readout.text()
    assert "Pfeiltasten" in chart.accessibleDescription()

    assert _press(qtbot, page, Qt.Key.Key_Right) == (0, 2)  # the empty 3–5 is skipped
    on_top = chart.segment_rect()
    assert _press(qtbot, page, Qt.Key.Key_Right) == (0, 2)  # the oldest with cases: it stays
    assert _press(qtbot, page, Qt.Key.Key_Down) == (2, 1)  # past the bar without cases, to the nearest age
    below = chart.segment_rect()
    assert on_top is not None
    assert below is not None
    assert below.top() > on_top.bottom()  # down is down: the first group's bar is on top
    assert below.right() < on_top.left()  # and 3–5 days left of 6–10
    assert chart.readout.text() == "Standesamt, 3–5 Arbeitstage: 1 offener Vorgang – Eingabetaste, um ihn aufzulisten"
    assert _press(qtbot, page, Qt.Key.Key_Down) == (2, 1)
    assert _press(qtbot, page, Qt.Key.Key_Up) == (0, 2)  # back in the age chosen with left and right
    assert _press(qtbot, page, Qt.Key.Key_Left) == (0, 0)
    assert _press(qtbot, page, Qt.Key.Key_End, modifier=Qt.KeyboardModifier.ControlModifier) == (2, 1)
    assert _press(qtbot, page, Qt.Key.Key_End) == (2, 4)
    assert _press(qtbot, page, Qt.Key.Key_Home) == (2, 1)
    assert _press(qtbot, page, Qt.Key.Key_Home, modifier=Qt.KeyboardModifier.ControlModifier) == (0, 0)
    frame = chart.segment_rect()
    assert frame is not None
    assert frame.width() > 0
    assert frame.height() > 0

    qtbot.keyClick(chart, Qt.Key.Key_Tab)
    assert page.after.hasFocus()
    assert "Pfeiltasten" in chart.readout.text()
    assert chart.current == (0, 0)  # kept for the way back
    qtbot.keyClick(page.after, Qt.Key.Key_Backtab)
    assert chart.hasFocus()
    assert chart.current == (0, 0)


@pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)")  # offscreen: the hovered segment's tooltip
@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space])
def test_enter_and_space_report_the_segment_as_a_click_does(qtbot: QtBot, page: Page, key: Qt.Key) -> None:
    chart = page.chart
    qtbot.keyClick(page.before, Qt.Key.Key_Tab)
    _press(qtbot, page, Qt.Key.Key_Down, Qt.Key.Key_End)
    with qtbot.waitSignal(chart.segment_clicked) as by_key:
        qtbot.keyClick(chart, key)
    assert (by_key.args[0].label, by_key.args[1]) == ("Standesamt", 4)

    series = chart.chart().series()[0]
    middle = chart.chart().mapToPosition(QPointF(1 + 4 / 2, 0), series)  # the lowest bar, its oldest segment
    with qtbot.waitSignal(chart.segment_clicked) as by_mouse:
        point = chart.mapFromScene(chart.chart().mapToScene(middle))
        qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert by_mouse.args == by_key.args


def test_counted_again_the_frame_stays_on_its_bar_and_age(qtbot: QtBot, page: Page) -> None:
    chart = page.chart
    qtbot.keyClick(page.before, Qt.Key.Key_Tab)
    _press(qtbot, page, Qt.Key.Key_Down, Qt.Key.Key_End)
    chart.show_groups((AgeGroup("Standesamt", frozenset({"d"}), (0, 1, 0, 3, 0)), GROUPS[0]))
    assert chart.current == (0, 3)  # the same bar, moved to the top; its oldest cases were decided: the nearest age
    assert chart.readout.text().startswith("Standesamt, 11–20 Arbeitstage: 3 offene")
    chart.show_groups(())
    assert chart.current is None
    assert chart.readout.text() == ""
    assert _press(qtbot, page, Qt.Key.Key_Down) is None


@pytest.mark.parametrize(
    ("labels", "segment", "new_labels", "new_bars", "kept"),
    [
        (["a", "b"], (1, 2), ["a", "b"], [(1, 0, 0), (0, 0, 5)], (1, 2)),
        (["a", "b"], (1, 2), ["b", "a"], [(0, 0, 5), (1, 0, 0)], (0, 2)),
        (["a", "b", "c"], (1, 0), ["a", "c"], [(1, 0, 0), (0, 2, 0)], (1, 1)),  # its place, taken by the next bar
        (["a", "b"], (1, 0), ["a", "b"], [(1, 0, 0), (0, 0, 0)], (0, 0)),  # no cases left below: the one above
        (["a"], (0, 0), ["a"], [(0, 0, 0)], None),
        (["a"], None, ["x", "y"], [(0, 0, 0), (0, 4, 0)], (1, 1)),
    ],
)
def test_the_segment_kept_after_counting_again(
    labels: list[str],
    segment: Segment | None,
    new_labels: list[str],
    new_bars: list[tuple[int, ...]],
    kept: Segment | None,
) -> None:
    assert kept_segment(labels, segment, new_labels, new_bars) == kept
