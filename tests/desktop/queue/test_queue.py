from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QBrush
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.app.main_window import MainWindow
from desktop.core.colours import OVERDUE_COLOUR
from desktop.core.workspace import Workspace
from desktop.queue.model import Column, QueueModel
from models.case_status import CaseStatus
from models.db import Database
from models.operations.claims import claim_case
from models.operations.queue import AssigneeFilter, QueueFilter, SortKey
from models.operations.transitions import transition_case
from tests.conftest import Staff
from tests.desktop.gui_helpers import open_main_window
from tests.support.factories import GENERIC_FEE_SERVICE, new_case

FAMILY_NAMES = ["Bauer", "Yilmaz", "Albers", "Kowalski", "Meier"]


def _cases(db: Database, staff: Staff) -> None:
    for number, name in enumerate(FAMILY_NAMES):
        new_case(db, staff.system, GENERIC_FEE_SERVICE if number % 2 else "bulky_waste_pickup", family_name=name)


def test_pages_are_fetched_lazily(qtbot: QtBot, db: Database, staff: Staff, workspace: Workspace) -> None:
    _cases(db, staff)
    model = QueueModel(workspace, page_size=2)
    with qtbot.waitSignal(model.reloaded):
        model.reload()
    assert (model.rowCount(), model.total) == (2, 5)
    assert model.canFetchMore()
    with qtbot.waitSignal(model.page_loaded):
        model.fetchMore()
        assert not model.canFetchMore()  # nothing is asked twice while a page is on its way
    assert model.rowCount() == 4
    with qtbot.waitSignal(model.page_loaded):
        model.fetchMore()
    assert model.rowCount() == 5
    assert not model.canFetchMore()
    assert len({model.row_at(n).id for n in range(5)}) == 5  # type: ignore[union-attr]


def test_columns_are_german_and_overdue_deadlines_are_marked(
    qtbot: QtBot, db: Database, staff: Staff, workspace: Workspace
) -> None:
    new_case(db, staff.system, family_name="Früh", received_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=60))
    new_case(db, staff.system, family_name="Spät")
    window = open_main_window(qtbot, workspace)
    model = window.queue.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["Aktenzeichen", "Leistung", "Antragsteller/in", "Status", "Bearbeiter/in", "Eingang", "Frist"]
    assert model.rowCount() == 2
    late = model.index(0, Column.DUE)  # sorted by deadline: the overdue case first
    assert "Früh" in model.index(0, Column.APPLICANT).data()
    assert model.index(0, Column.STATUS).data() == "Eingegangen"
    foreground = late.data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(foreground, QBrush)
    assert foreground.color() == OVERDUE_COLOUR
    assert late.data(Qt.ItemDataRole.ToolTipRole) == "Frist überschritten"
    assert model.index(1, Column.DUE).data(Qt.ItemDataRole.ForegroundRole) is None
    assert window.count_label.text() == "2 Vorgänge"


def test_search_filters_in_sql_after_typing_stops(qtbot: QtBot, db: Database, staff: Staff, window: MainWindow) -> None:
    _cases(db, staff)
    with qtbot.waitSignal(window.queue.model.reloaded):
        window.refresh_action.trigger()
    assert window.queue.model.rowCount() == 5
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.queue.filter_bar.search.hasFocus()
    with qtbot.waitSignal(window.queue.model.reloaded, timeout=3000):
        qtbot.keyClicks(window.queue.filter_bar.search, "yilm")
    model = window.queue.model
    assert model.queue_filter.text == "yilm"
    assert [model.row_at(n).applicant_name for n in range(model.rowCount())] == ["Dr. Łukasz Yilmaz"]  # type: ignore[union-attr]


def test_search_finds_names_whatever_the_letters(qtbot: QtBot, db: Database, staff: Staff, window: MainWindow) -> None:
    for given, family in (("Ayşe", "Öztürk"), ("Mehmet", "Öztürk"), ("Kemal", "Özdemir"), ("Jürgen", "Groß")):
        new_case(db, staff.system, given_names=given, family_name=family, title=None)
    with qtbot.waitSignal(window.queue.model.reloaded):
        window.refresh_action.trigger()
    search = window.queue.filter_bar.search
    model = window.queue.model
    for typed in ("Öztürk", "ztürk", "OEZTUERK"):
        search.clear()
        with qtbot.waitSignal(model.reloaded, timeout=3000):
            for char in typed:  # key events with the typed text: QTest's keyClicks knows ASCII only
                QTest.sendKeyEvent(
                    QTest.KeyAction.Click, search, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier
                )
        assert model.queue_filter.text == typed
        names = {model.row_at(n).applicant_name for n in range(model.rowCount())}  # type: ignore[union-attr]
        assert names == {"Ayşe Öztürk", "Mehmet Öztürk"}, typed
    assert window.count_label.text() == "2 Vorgänge"


def test_only_mine_and_service_filters(qtbot: QtBot, db: Database, staff: Staff, window: MainWindow) -> None:
    _cases(db, staff)
    bulky = new_case(db, staff.system, family_name="Sperrig")
    claim_case(db, staff.clerk, bulky.id)
    bar, model = window.queue.filter_bar, window.queue.model
    bar.assignee.setFocus()
    with qtbot.waitSignal(model.reloaded):
        qtbot.keyClick(bar.assignee, Qt.Key.Key_Down)  # "Nur meine"
    assert bar.assignee.currentText() == "Nur meine"
    assert model.queue_filter.assignee == AssigneeFilter.MINE
    assert [model.row_at(n).id for n in range(model.rowCount())] == [bulky.id]  # type: ignore[union-attr]
    with qtbot.waitSignal(model.reloaded):
        qtbot.keyClick(bar.assignee, Qt.Key.Key_Down)  # "Unbearbeitet"
    assert model.rowCount() == 5
    qtbot.waitUntil(lambda: bar.service.count() > 30)  # the catalogue arrived
    with qtbot.waitSignal(model.reloaded):
        bar.service.setCurrentIndex(bar.service.findData(GENERIC_FEE_SERVICE))
    assert model.queue_filter == QueueFilter(
        statuses=model.queue_filter.statuses,
        service_keys=frozenset({GENERIC_FEE_SERVICE}),
        assignee=AssigneeFilter.UNASSIGNED,
    )
    assert model.rowCount() == 2


def test_clicking_a_header_sorts_in_sql(qtbot: QtBot, db: Database, staff: Staff, window: MainWindow) -> None:
    _cases(db, staff)
    with qtbot.waitSignal(window.queue.model.reloaded):
        window.refresh_action.trigger()
    header = window.queue.table.horizontalHeader()
    x = header.sectionViewportPosition(Column.APPLICANT) + header.sectionSize(Column.APPLICANT) // 2
    model = window.queue.model
    with qtbot.waitSignal(model.reloaded):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert model.queue_sort.key == SortKey.APPLICANT
    names = [model.row_at(n).applicant_name.split()[-1] for n in range(model.rowCount())]  # type: ignore[union-attr]
    assert names == sorted(FAMILY_NAMES, reverse=model.queue_sort.descending)
    with qtbot.waitSignal(model.reloaded):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    names_again = [model.row_at(n).applicant_name.split()[-1] for n in range(model.rowCount())]  # type: ignore[union-attr]
    assert names_again == list(reversed(names))


def test_the_queue_starts_with_the_open_cases(qtbot: QtBot, db: Database, staff: Staff, workspace: Workspace) -> None:
    open_case = new_case(db, staff.system, GENERIC_FEE_SERVICE)
    decided = new_case(db, staff.system, GENERIC_FEE_SERVICE)
    claimed = claim_case(db, staff.clerk, decided.id)
    transition_case(db, staff.clerk, decided.id, CaseStatus.APPROVED, expected_version=claimed.version)
    window = open_main_window(qtbot, workspace)
    bar, model = window.queue.filter_bar, window.queue.model
    assert bar.status.currentText() == "Offene Vorgänge"
    assert [model.row_at(n).id for n in range(model.rowCount())] == [open_case.id]  # type: ignore[union-attr]
    with qtbot.waitSignal(model.reloaded):
        bar.status.setCurrentIndex(bar.status.findText("Alle Vorgänge"))
    assert model.rowCount() == 2
    with qtbot.waitSignal(model.reloaded):
        bar.status.setCurrentIndex(bar.status.findText("Genehmigt"))
    assert [model.row_at(n).id for n in range(model.rowCount())] == [decided.id]  # type: ignore[union-attr]
