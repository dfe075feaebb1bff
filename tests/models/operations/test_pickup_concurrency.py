"""No pickup day is ever overbooked: 200 approvals at the same moment from two processes (two workstations, each
with its own engine and several connections) on one PostgreSQL database."""

from __future__ import annotations

import datetime as dt
import multiprocessing
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.synchronize import Event

from sqlalchemy import func, select

from models.actors import Actor
from models.case_status import CaseStatus
from models.db import Database
from models.operations.claims import claim_case
from models.operations.transitions import transition_case
from models.pickups import BulkyWastePickup, PickupDistrict
from tests.conftest import Staff
from tests.support.factories import new_case

APPROVALS = 200
CAPACITY = 7  # per day of the district: 200 pickups need 29 of its days
TODAY = dt.date(2026, 11, 25)


def _approve_all(url: str, actor: Actor, case_ids: list[int], start: Event) -> list[str]:
    """One workstation: four threads approving their share of the cases as fast as they can (no letters)."""
    db = Database(url)
    start.wait()

    def approve(case_id: int) -> str:
        try:
            transition_case(db, actor, case_id, CaseStatus.APPROVED, expected_version=None, today=TODAY)
        except Exception as error:  # noqa: BLE001 (reported to the test, which fails on any)
            return f"{case_id}: {error!r}"
        return ""

    try:
        with ThreadPoolExecutor(max_workers=4) as pool:
            return [failure for failure in pool.map(approve, case_ids) if failure]
    finally:
        db.dispose()


def test_two_workstations_approving_at_once_never_overbook_a_day(postgres_db: Database, postgres_staff: Staff) -> None:
    db, clerk = postgres_db, postgres_staff.clerk
    with db.write() as session:
        district = session.get(PickupDistrict, "Mitte")
        assert district is not None
        district.daily_capacity, district.daily_volume_litres = CAPACITY, None
    case_ids = []
    for _ in range(APPROVALS):
        case = new_case(db, postgres_staff.system)
        claim_case(db, clerk, case.id)
        case_ids.append(case.id)
    url = db.engine.url.render_as_string(hide_password=False)
    context = multiprocessing.get_context("spawn")
    start = context.Manager().Event()
    with context.Pool(2) as pool:
        halves = [pool.apply_async(_approve_all, (url, clerk, case_ids[n::2], start)) for n in range(2)]
        start.set()
        failures = [failure for half in halves for failure in half.get(timeout=300)]
    assert failures == []
    with db.read() as session:
        per_day = dict(
            session.execute(
                select(BulkyWastePickup.pickup_date, func.count())
                .where(BulkyWastePickup.district == "Mitte")
                .group_by(BulkyWastePickup.pickup_date)
            ).all()
        )
        booked = set(session.scalars(select(BulkyWastePickup.case_id)))
    assert booked == set(case_ids)  # every approval got a date
    assert max(per_day.values()) <= CAPACITY
    assert sum(per_day.values()) == APPROVALS
    assert len(per_day) == -(-APPROVALS // CAPACITY)  # the days filled up one after another, none left half empty
    assert all(day.isoweekday() in (2, 4) for day in per_day)
