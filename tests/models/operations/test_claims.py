from __future__ import annotations

import threading
from collections import Counter

import pytest
from sqlalchemy import select

from models.actors import Actor
from models.case_status import CaseStatus
from models.cases import CaseEvent, EventKind
from models.db import Database
from models.errors import NothingToClaim, PermissionDenied
from models.operations.claims import assign_case, claim_case, claim_next, release_case
from models.operations.queue import AssigneeFilter, QueueFilter, list_queue
from tests.conftest import Staff
from tests.support.factories import GENERIC_FEE_SERVICE, new_case


def test_claim_next_takes_the_most_urgent_case_of_my_role(db: Database, staff: Staff) -> None:
    new_case(db, staff.system, "birth_certificate")  # registry office's work, not the clerk's
    less_urgent = new_case(db, staff.system, "trade_registration")  # due in 5 working days
    urgent = new_case(db, staff.system, "residence_registration")  # due in 3 working days
    claimed = claim_next(db, staff.clerk)
    assert claimed.id == urgent.id  # earliest due date first, whatever the order of arrival
    assert claimed.status == CaseStatus.IN_PROGRESS
    assert claim_next(db, staff.clerk).id == less_urgent.id
    with pytest.raises(NothingToClaim):
        claim_next(db, staff.clerk)
    assert claim_next(db, staff.registry).service_key == "birth_certificate"


def test_clerk_gets_permission_denied_for_registry_work(db: Database, staff: Staff) -> None:
    certificate = new_case(db, staff.system, "birth_certificate")
    with pytest.raises(PermissionDenied):
        claim_case(db, staff.clerk, certificate.id)
    with pytest.raises(PermissionDenied):
        claim_next(db, staff.supervisor)
    with pytest.raises(PermissionDenied):
        claim_next(db, staff.admin)
    # and the clerk does not even see it in the queue
    rows = list_queue(db, staff.clerk).rows
    assert certificate.id not in {r.id for r in rows}
    assert certificate.id in {r.id for r in list_queue(db, staff.supervisor).rows}


def test_release_and_supervisor_redistribution(db: Database, staff: Staff) -> None:
    case = claim_case(db, staff.clerk, new_case(db, staff.system, GENERIC_FEE_SERVICE).id)
    with pytest.raises(PermissionDenied):
        release_case(db, staff.clerk2, case.id)
    with pytest.raises(PermissionDenied):
        assign_case(db, staff.clerk2, case.id, "ben")
    moved = assign_case(db, staff.supervisor, case.id, "ben")
    assert moved.assignee_username == "ben"
    with pytest.raises(PermissionDenied):
        assign_case(db, staff.supervisor, case.id, "clara")  # registry officers do not handle this service
    released = release_case(db, staff.clerk2, case.id)
    assert released.assignee_username is None
    mine = list_queue(db, staff.clerk, QueueFilter(assignee=AssigneeFilter.UNASSIGNED)).rows
    assert case.id in {r.id for r in mine}


@pytest.mark.timeout(180)
def test_two_workers_never_get_the_same_case(postgres_db: Database, postgres_staff: Staff) -> None:
    """Two clerks each claim "next" 200 times, in parallel, on their own connections."""
    staff = postgres_staff
    for _ in range(400):
        new_case(postgres_db, staff.system, GENERIC_FEE_SERVICE)
    url = postgres_db.url
    results: dict[str, list[int]] = {}
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def work(actor: Actor) -> None:
        own = Database(url)
        try:
            start.wait()
            results[actor.username] = [claim_next(own, actor).id for _ in range(200)]
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            own.dispose()

    threads = [threading.Thread(target=work, args=(a,)) for a in (staff.clerk, staff.clerk2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    anna, ben = results["anna"], results["ben"]
    assert len(anna) == len(ben) == 200
    assert not set(anna) & set(ben)
    assert len(set(anna) | set(ben)) == 400
    with postgres_db.read() as session:
        claims = Counter(session.scalars(select(CaseEvent.case_id).where(CaseEvent.kind == EventKind.CLAIM)))
    assert len(claims) == 400
    assert set(claims.values()) == {1}
