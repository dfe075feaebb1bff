from __future__ import annotations

import datetime as dt

import pytest

from models.case_status import CaseStatus
from models.db import Database
from models.operations import queue_pages
from models.operations.claims import claim_case
from models.operations.queue import AssigneeFilter, QueueFilter, QueueSort, SortKey, list_queue
from models.operations.rows import CaseRow
from models.operations.transitions import transition_case
from models.search_form import search_form
from tests.conftest import Staff
from tests.support.factories import GENERIC_FEE_SERVICE, new_case

NAMES = ["Zander", "Albers", "Öztürk", "Meyer", "Becker", "Nowak", "Kaiser"]


def _fill(db: Database, staff: Staff) -> list[int]:
    ids = []
    for index, name in enumerate(NAMES):
        service = GENERIC_FEE_SERVICE if index % 2 else "bulky_waste_pickup"
        ids.append(new_case(db, staff.system, service, family_name=name, title=None).id)
    return ids


def test_paging_covers_every_row_once(db: Database, staff: Staff) -> None:
    ids = _fill(db, staff)
    seen: list[int] = []
    offset = 0
    while True:
        page = list_queue(db, staff.clerk, offset=offset, limit=3)
        assert page.total == len(ids)
        if not page.rows:
            break
        seen.extend(r.id for r in page.rows)
        offset += len(page.rows)
    assert sorted(seen) == sorted(ids)


def test_filters(db: Database, staff: Staff) -> None:
    ids = _fill(db, staff)
    claimed = claim_case(db, staff.clerk, ids[0])
    transition_case(db, staff.clerk, ids[0], CaseStatus.WAITING_FOR_CITIZEN, expected_version=claimed.version)
    claim_case(db, staff.clerk2, ids[1])

    def query(**kwargs: object) -> set[int]:
        return {r.id for r in list_queue(db, staff.clerk, QueueFilter(**kwargs)).rows}  # type: ignore[arg-type]

    assert query(statuses=frozenset({CaseStatus.WAITING_FOR_CITIZEN})) == {ids[0]}
    assert query(assignee=AssigneeFilter.MINE) == {ids[0]}
    assert query(assignee="ben") == {ids[1]}
    assert query(assignee=AssigneeFilter.UNASSIGNED) == set(ids[2:])
    assert query(service_keys=frozenset({GENERIC_FEE_SERVICE})) == {i for n, i in enumerate(ids) if n % 2}
    assert query(text="albers") == {ids[1]}
    for spelling in ("Öztürk", "ÖZTÜRK", "oeztuerk", "ztürk"):  # DIN 91379 search form, on both databases
        assert query(text=spelling) == {ids[2]}, spelling
    assert query(text=claimed.reference) == {ids[0]}
    assert query(text="100%_") == set()  # LIKE wildcards are literal
    far = dt.date.today() + dt.timedelta(days=400)
    assert query(due_on_or_before=far) == set(ids)
    assert query(due_on_or_before=dt.date.today() - dt.timedelta(days=1)) == set()


def test_sorting(db: Database, staff: Staff) -> None:
    _fill(db, staff)
    by_name = list_queue(db, staff.clerk, sort=QueueSort(SortKey.APPLICANT)).rows
    families = [r.applicant_name.split()[-1] for r in by_name]
    assert families == sorted(NAMES)  # code point order on both databases (PostgreSQL runs with locale C)
    refs = [r.reference for r in list_queue(db, staff.clerk, sort=QueueSort(SortKey.REFERENCE, True)).rows]
    assert refs == sorted(refs, reverse=True)
    due = [r.due_date for r in list_queue(db, staff.clerk, sort=QueueSort(SortKey.DUE_DATE)).rows]
    assert due == sorted(due)


def test_sorting_by_service_and_assignee_follows_their_names(db: Database, staff: Staff) -> None:
    ids = _fill(db, staff)
    extra = [new_case(db, staff.system, key, family_name="Lenz").id for key in ("trade_registration", "street_defect")]
    claim_case(db, staff.clerk2, ids[0])  # Ben Yılmaz
    claim_case(db, staff.clerk, ids[1])  # Anna Schmitz
    claim_case(db, staff.clerk, extra[0])
    for descending in (False, True):
        rows = list_queue(db, staff.clerk, sort=QueueSort(SortKey.SERVICE, descending)).rows
        names = [row.service_name for row in rows]
        assert names == sorted(names, reverse=descending)
        assert len(set(names)) == 4
        by_assignee = list_queue(db, staff.clerk, sort=QueueSort(SortKey.ASSIGNEE, descending)).rows
        held = [row.assignee_name for row in by_assignee if row.assignee_name is not None]
        assert held == sorted(held, reverse=descending)
        assert held.count("Anna Schmitz") == 2
        assert len(by_assignee) == len(ids) + len(extra)  # the unassigned ones too


def _expected_order(rows: list[CaseRow], sort: QueueSort) -> list[int]:
    """The order the queue promises, computed in Python from the rows' own values: by the sort's value (unassigned
    cases after every clerk's), the cases of one value by id; descending is that order read backwards."""

    def value(row: CaseRow) -> tuple[object, ...]:
        return {
            SortKey.DUE_DATE: (row.due_date,),
            SortKey.RECEIVED_AT: (row.received_at,),
            SortKey.REFERENCE: (row.reference,),
            SortKey.STATUS: (row.status.value,),
            SortKey.SERVICE: (row.service_name,),
            SortKey.APPLICANT: (row.applicant_name.split()[-1],),
            SortKey.ASSIGNEE: (row.assignee_name is None, row.assignee_name or ""),
        }[sort.key]

    ordered = sorted(rows, key=lambda row: (*value(row), row.id))
    return [row.id for row in (reversed(ordered) if sort.descending else ordered)]


@pytest.mark.parametrize("walk_from", [1, 10**9], ids=["walking the names' index", "sorting the matches"])
def test_every_order_pages_like_the_whole_list_sorted(
    db: Database, staff: Staff, monkeypatch: pytest.MonkeyPatch, walk_from: int
) -> None:
    """Paged by 3 — pages that start and end inside one clerk's, service's or status's cases — every order and
    direction gives each case once, in the order computed in Python; also with a filter and a search."""
    monkeypatch.setattr(queue_pages, "WALK_FROM", walk_from)
    ids = _fill(db, staff)
    ids += [new_case(db, staff.system, "trade_registration", family_name=name).id for name in ("Albers", "Zander")]
    for number, case_id in enumerate(ids):
        if number % 3 == 0:
            claim_case(db, staff.clerk, case_id)
        elif number % 3 == 1:
            claim_case(db, staff.clerk2, case_id)
    every = list_queue(db, staff.clerk, limit=500).rows
    for queue_filter in (QueueFilter(), QueueFilter(assignee=AssigneeFilter.UNASSIGNED), QueueFilter(text="e")):
        matching = [row for row in every if _matches(row, queue_filter)]
        assert matching, queue_filter
        for key in SortKey:
            for descending in (False, True):
                sort = QueueSort(key, descending)
                seen: list[int] = []
                while page := list_queue(db, staff.clerk, queue_filter, sort, offset=len(seen), limit=3).rows:
                    seen += [row.id for row in page]
                assert seen == _expected_order(matching, sort), (queue_filter, sort)
                total = list_queue(db, staff.clerk, queue_filter, sort, offset=len(seen) + 5, limit=3)
                assert (total.total, total.rows) == (len(matching), ())


def _matches(row: CaseRow, queue_filter: QueueFilter) -> bool:
    if queue_filter.assignee == AssigneeFilter.UNASSIGNED:
        return row.assignee_name is None
    if queue_filter.text:
        term = search_form(queue_filter.text)
        return term in search_form(row.applicant_name) or term in row.reference
    return True
