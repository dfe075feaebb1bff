from __future__ import annotations

import datetime as dt

from models.case_status import CaseStatus
from models.db import Database
from models.operations.claims import claim_case
from models.operations.queue import AssigneeFilter, QueueFilter, QueueSort, SortKey, list_queue
from models.operations.transitions import transition_case
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
