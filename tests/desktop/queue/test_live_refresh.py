"""Refreshing the queue in place (after another workstation's change): the rows become what a reload would show,
by removals, moves, insertions and changed cells — the current row and the selection follow their case, and the
clerk's current case stays even when the filter no longer matches it."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QItemSelectionModel, QPersistentModelIndex
from pytestqt.qtbot import QtBot

from desktop.core.workspace import Workspace
from desktop.queue.model import QueueModel
from desktop.queue.row_merge import Block, inserted_blocks, removed_blocks, with_kept
from desktop.queue.view import QueueView
from models.db import Database
from models.operations.claims import claim_case
from models.operations.queue import AssigneeFilter, QueueFilter
from tests.conftest import Staff
from tests.support.factories import muster_name, new_case


@dataclass(frozen=True)
class Row:
    id: int


def test_the_blocks_of_removed_and_inserted_rows() -> None:
    assert removed_blocks([1, 2, 3, 4, 5], [1, 4]) == [Block(4, 4), Block(1, 2)]  # bottom up
    assert inserted_blocks([1, 4], [7, 1, 8, 9, 4, 6]) == [Block(0, 0), Block(2, 3), Block(5, 5)]


def test_the_current_case_stays_where_it_was() -> None:
    old = [Row(1), Row(2), Row(3)]
    assert with_kept(old, [Row(1), Row(3)], keep=2) == [Row(1), Row(2), Row(3)]
    assert with_kept(old, [Row(3)], keep=None) == [Row(3)]
    assert with_kept(old, [], keep=3) == [Row(3)]


def ids(model: QueueModel) -> list[int]:
    return [row.id for row in (model.row_at(n) for n in range(model.rowCount())) if row is not None]


@pytest.fixture
def model(qtbot: QtBot, workspace: Workspace) -> QueueModel:
    queue = QueueModel(workspace, queue_filter=QueueFilter(assignee=AssigneeFilter.UNASSIGNED), page_size=5)
    with qtbot.waitSignal(queue.reloaded):
        queue.reload()
    return queue


def test_a_refresh_turns_the_rows_into_a_reloads_and_the_selection_follows_its_case(
    qtbot: QtBot, db: Database, staff: Staff, model: QueueModel
) -> None:
    cases = [new_case(db, staff.system, family_name=muster_name(n)) for n in range(6)]
    with qtbot.waitSignal(model.reloaded):
        model.reload()
    assert ids(model) == [case.id for case in cases[:5]]
    current = QPersistentModelIndex(model.index(3, 0))  # as the view's current index and selection are
    claim_case(db, staff.clerk2, cases[0].id)  # leaves the "unassigned" filter
    claim_case(db, staff.clerk2, cases[1].id)
    with qtbot.waitSignal(model.refreshed):
        model.refresh(keep=cases[3].id)
    assert ids(model) == [cases[2].id, cases[3].id, cases[4].id, cases[5].id]
    assert current.row() == 1  # still on case 3
    assert model.total == 4

    claim_case(db, staff.clerk2, cases[3].id)  # the current case itself: it stays until the next reload
    added = new_case(db, staff.system, family_name=muster_name(7))
    with qtbot.waitSignal(model.refreshed):
        model.refresh(keep=cases[3].id)
    assert ids(model) == [cases[2].id, cases[3].id, cases[4].id, cases[5].id, added.id]
    assert current.row() == 1
    row = model.row_at(1)
    assert row is not None
    assert row.assignee_username is None  # not read again: the case is not in the filter any more


def test_a_refresh_asked_for_while_loading_follows_the_load(
    qtbot: QtBot, db: Database, staff: Staff, model: QueueModel
) -> None:
    model.reload()
    new_case(db, staff.system)
    with qtbot.waitSignals([model.reloaded, model.refreshed], order="strict"):
        model.refresh()
    assert model.rowCount() == 1


def test_a_refresh_keeps_the_view_selection(qtbot: QtBot, db: Database, staff: Staff, workspace: Workspace) -> None:
    cases = [new_case(db, staff.system, family_name=muster_name(n)) for n in range(4)]
    view = QueueView(workspace, [])
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.model.reloaded):
        view.model.reload()
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    view.table.selectionModel().setCurrentIndex(view.model.index(2, 0), flags)
    changes: list[object] = []
    view.selected_case_changed.connect(changes.append)
    new_case(db, staff.system, family_name="Neu")  # a row more at the end
    claim_case(db, staff.clerk2, cases[0].id)  # a row changed above the current one
    with qtbot.waitSignal(view.model.refreshed):
        view.refresh_visible()
    assert view.selected_case_id() == cases[2].id
    assert [index.row() for index in view.table.selectionModel().selectedRows()] == [view.table.currentIndex().row()]
    assert changes in ([], [cases[2].id])  # the current case did not change
