"""The audit log is read by data protection only, by person, case, user and time; what was not logged before is."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from models.audit import AuditRecord
from models.base import utcnow
from models.db import Database
from models.errors import InvalidInput
from models.german_format import local_date
from models.operations.audit_log import AuditQuery, audit_records, export_audit_records
from models.operations.case_detail import case_detail
from models.operations.connection_settings import change_connection_settings
from models.operations.intake_book import held_submissions, rejected_submissions
from models.operations.outgoing_mail import print_queue
from models.operations.queue import QueueFilter, list_queue
from models.operations.text_search import SearchTooLong
from tests.conftest import Staff
from tests.support.factories import new_case


def _last(db: Database, action: str) -> AuditRecord:
    with db.read() as session:
        found = session.scalars(
            select(AuditRecord).where(AuditRecord.action == action).order_by(AuditRecord.seq.desc())
        ).first()
    assert found is not None, f"no {action} record"
    return found


def test_by_person_case_user_and_days(db: Database, staff: Staff) -> None:
    hers = new_case(db, staff.system, family_name="Kowalczyk", given_names="Łukasz")
    other = new_case(db, staff.system, family_name="Brandt")
    case_detail(db, staff.supervisor, hers.id)
    case_detail(db, staff.supervisor, other.id)

    by_person = audit_records(db, staff.data_protection, AuditQuery(person="kowalczyk"))
    assert by_person
    assert {(r.object_type, r.object_id) for r in by_person} == {("case", str(hers.id))}
    assert "case.viewed" in {r.action for r in by_person}
    by_case = audit_records(db, staff.data_protection, AuditQuery(case_reference=other.reference))
    assert {r.object_id for r in by_case} == {str(other.id)}
    by_user = audit_records(db, staff.data_protection, AuditQuery(username="dieter"))
    assert {r.actor for r in by_user} == {"dieter"}
    today = local_date(utcnow())
    assert audit_records(db, staff.data_protection, AuditQuery(date_from=today, date_to=today))
    assert not audit_records(db, staff.data_protection, AuditQuery(date_to=today - dt.timedelta(days=400)))
    with pytest.raises(InvalidInput):
        audit_records(db, staff.data_protection, AuditQuery(date_from=today, date_to=today - dt.timedelta(days=1)))
    for huge in (AuditQuery(person="x" * 201), AuditQuery(case_reference="x" * 201), AuditQuery(username="x" * 201)):
        with pytest.raises(SearchTooLong):
            audit_records(db, staff.data_protection, huge)

    read = _last(db, "audit.read")
    assert read.actor == "frank"
    assert read.details["filter"]["user"] is None
    csv = export_audit_records(db, staff.data_protection, AuditQuery(case_reference=hers.reference))
    assert hers.reference in csv
    assert other.reference not in csv
    assert _last(db, "audit.exported").details["filter"]["case"] == hers.reference


def test_searches_views_and_connection_changes_are_recorded(db: Database, staff: Staff) -> None:
    new_case(db, staff.system, family_name="Kowalczyk")
    page = list_queue(db, staff.supervisor, QueueFilter(text="Kowalczyk"))
    searched = _last(db, "queue.searched")
    assert (searched.actor, searched.details) == ("dieter", {"term": "Kowalczyk", "hits": page.total})
    list_queue(db, staff.supervisor, QueueFilter(text="Kowalczyk"), record_search=False)  # the GUI's refresh
    list_queue(db, staff.supervisor, QueueFilter(text="Kowalczyk"), offset=100)  # a further page
    list_queue(db, staff.supervisor)  # no search at all
    assert _last(db, "queue.searched").seq == searched.seq
    list_queue(
        db, staff.supervisor, QueueFilter(text="Kowal\x00czyk\x1b")
    )  # control codes: PostgreSQL's JSON refuses a NUL
    assert _last(db, "queue.searched").details["term"] == "Kowal czyk"

    print_queue(db, staff.clerk)
    assert _last(db, "print_queue.viewed").actor == "anna"
    rejected_submissions(db, staff.admin)
    held_submissions(db, staff.admin)
    assert _last(db, "intake.rejected_viewed").actor == "eva"
    assert _last(db, "intake.held_viewed").actor == "eva"

    applied: list[bool] = []
    change_connection_settings(
        db,
        staff.admin,
        {"destination_id": ("alt", "neu")},
        credentials_replaced=True,
        apply=lambda: applied.append(True),
    )
    changed = _last(db, "fitconnect.settings_changed")
    assert applied == [True]
    assert changed.details == {
        "changes": {"destination_id": {"old": "alt", "new": "neu"}},
        "credentials_replaced": True,
    }

    def failing() -> None:
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        change_connection_settings(
            db, staff.admin, {"token_url": ("a", "b")}, credentials_replaced=False, apply=failing
        )
    assert _last(db, "fitconnect.settings_changed").seq == changed.seq  # not saved, not recorded
