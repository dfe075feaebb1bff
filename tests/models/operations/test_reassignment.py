"""Redistribution by the supervisor (chosen cases, all of a clerk's, to a clerk or the pool, with the reason in each
history; all or nothing), absences (refused as targets, skipped by "keep one clerk"), claims left untouched, and on
intake "keep one clerk" and likely duplicates — on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event, select, update

from models.case_status import CaseStatus
from models.cases import Case, CaseEvent, Channel, DuplicateState, EventKind
from models.db import Database
from models.errors import ConcurrentChange, InvalidInput, NotFound, PermissionDenied
from models.german_format import today
from models.operations.absences import list_absences, record_absence, remove_absence
from models.operations.case_creation import NewCase, add_cases
from models.operations.case_detail import case_detail
from models.operations.claims import assign_case, claim_case, claim_next
from models.operations.reassignment import ChosenCase, assignable_clerks, reassign_all_of, reassign_cases, stale_claims
from models.operations.users import deactivate_user
from models.roles import Role
from models.working_days import working_days_before
from tests.conftest import Staff
from tests.support.factories import GENERIC_FEE_SERVICE, applicant, new_case


def _held(db: Database, staff: Staff, count: int, **applicant: object) -> list[int]:
    """``count`` cases anna holds, each of another citizen."""
    ids = []
    for number in range(count):
        row = new_case(db, staff.system, GENERIC_FEE_SERVICE, family_name=f"Lindner-{'abcdefgh'[number]}", **applicant)
        ids.append(claim_case(db, staff.clerk, row.id).id)
    return ids


def _comments(db: Database, case_id: int, kind: EventKind) -> list[str]:
    with db.read() as session:
        query = select(CaseEvent.comment).where(CaseEvent.case_id == case_id, CaseEvent.kind == kind)
        return [comment or "" for comment in session.scalars(query.order_by(CaseEvent.id))]


def test_chosen_cases_go_to_another_clerk_with_the_reason_in_each_history(db: Database, staff: Staff) -> None:
    first, second = _held(db, staff, 2)
    moved = reassign_cases(db, staff.supervisor, [ChosenCase(first), ChosenCase(second)], "ben", " Urlaub von Anna ")
    assert {row.id: row.assignee_username for row in moved} == {first: "ben", second: "ben"}
    assert _comments(db, first, EventKind.CLAIM)[-1] == "zugewiesen an Ben Yılmaz: Urlaub von Anna"
    back = reassign_cases(db, staff.supervisor, [ChosenCase(first)], None, "Zurück in den Pool")
    assert back[0].assignee_username is None
    assert _comments(db, first, EventKind.RELEASE) == ["in den Pool zurückgegeben: Zurück in den Pool"]


def test_a_case_changed_since_it_was_shown_refuses_the_whole_redistribution(db: Database, staff: Staff) -> None:
    first, second = _held(db, staff, 2)
    shown = case_detail(db, staff.supervisor, second).case.version
    claim_case(db, staff.clerk, second)  # nothing changes: anna holds it already
    with db.write() as session:  # another workstation changed it meanwhile
        session.execute(update(Case).where(Case.id == second).values(version=Case.version + 1))
    with pytest.raises(ConcurrentChange):
        reassign_cases(db, staff.supervisor, [ChosenCase(first), ChosenCase(second, shown)], "ben", "Urlaub")
    rows = {cid: case_detail(db, staff.supervisor, cid).case.assignee_username for cid in (first, second)}
    assert rows == {first: "anna", second: "anna"}  # nothing half-done


@pytest.mark.parametrize(
    ("reason", "problem"),
    [("", "missing"), ("  ", "missing"), ("x" * 501, "too_long"), ("Ur\x00laub", "unstorable_character")],
)
def test_a_redistribution_needs_a_reason(db: Database, staff: Staff, reason: str, problem: str) -> None:
    (case_id,) = _held(db, staff, 1)
    with pytest.raises(InvalidInput) as refused:
        reassign_cases(db, staff.supervisor, [ChosenCase(case_id)], "ben", reason)
    assert (refused.value.field, refused.value.problem) == ("reassignment_reason", problem)


def test_targets_that_are_absent_inactive_or_of_another_office_are_refused(db: Database, staff: Staff) -> None:
    (case_id,) = _held(db, staff, 1)
    absence = record_absence(db, staff.supervisor, "ben", today(), today() + dt.timedelta(days=3), "Kur")
    for call in (
        lambda: reassign_cases(db, staff.supervisor, [ChosenCase(case_id)], "ben", "Vertretung"),
        lambda: reassign_all_of(db, staff.supervisor, "anna", "ben", "Vertretung"),
        lambda: assign_case(db, staff.supervisor, case_id, "ben"),
    ):
        with pytest.raises(InvalidInput) as absent:
            call()
        assert (absent.value.field, absent.value.problem) == ("assignee", "absent")
    remove_absence(db, staff.supervisor, absence.id)
    with pytest.raises(InvalidInput) as other_office:
        reassign_cases(db, staff.supervisor, [ChosenCase(case_id)], "clara", "Vertretung")
    assert other_office.value.problem == "cannot_handle"
    deactivate_user(db, staff.admin, "ben")
    with pytest.raises(InvalidInput) as inactive:
        reassign_cases(db, staff.supervisor, [ChosenCase(case_id)], "ben", "Vertretung")
    assert inactive.value.problem == "inactive"
    assert case_detail(db, staff.supervisor, case_id).case.assignee_username == "anna"


def test_the_clerks_to_choose_from_are_the_active_case_workers(db: Database, staff: Staff) -> None:
    record_absence(db, staff.supervisor, "ben", today(), today())
    choices = {c.username: c for c in assignable_clerks(db, staff.supervisor)}
    assert set(choices) == {"anna", "ben", "clara"}  # no supervisor, admin or data protection officer
    assert choices["ben"].absent_today
    assert not choices["anna"].absent_today
    assert choices["clara"].roles == {Role.REGISTRY_OFFICER}


def test_a_clerk_cannot_redistribute(db: Database, staff: Staff) -> None:
    (case_id,) = _held(db, staff, 1)
    with pytest.raises(PermissionDenied):
        reassign_cases(db, staff.clerk, [ChosenCase(case_id)], "ben", "Tausch")
    with pytest.raises(PermissionDenied):
        record_absence(db, staff.clerk, "ben", today(), today())


def test_all_of_annas_cases_go_to_ben_and_closed_ones_stay(db: Database, staff: Staff) -> None:
    held = _held(db, staff, 3)
    moved = reassign_all_of(db, staff.supervisor, "anna", "ben", "Elternzeit")
    assert sorted(row.id for row in moved) == sorted(held)
    assert {row.assignee_username for row in moved} == {"ben"}
    with pytest.raises(InvalidInput) as none_left:
        reassign_all_of(db, staff.supervisor, "anna", None, "Elternzeit")
    assert (none_left.value.field, none_left.value.problem) == ("reassigned_cases", "none")
    with pytest.raises(InvalidInput) as same:
        reassign_all_of(db, staff.supervisor, "ben", "ben", "Elternzeit")
    assert same.value.problem == "same_clerk"


def test_absences_are_listed_until_they_end_and_checked(db: Database, staff: Staff) -> None:
    day = today()
    record_absence(db, staff.supervisor, "anna", day + dt.timedelta(days=10), day + dt.timedelta(days=12), "Urlaub")
    record_absence(db, staff.supervisor, "ben", day, day, None)
    listed = list_absences(db, staff.supervisor)
    assert [(row.username, row.note) for row in listed] == [("ben", None), ("anna", "Urlaub")]
    assert listed[0].covers(day)
    assert not listed[1].covers(day)
    assert list_absences(db, staff.supervisor, today=day + dt.timedelta(days=1))[0].username == "anna"
    for start, end, problem in (
        (day + dt.timedelta(days=2), day, "out_of_order"),
        (day, day + dt.timedelta(days=400), "too_long"),
        (day - dt.timedelta(days=9), day - dt.timedelta(days=2), "in_the_past"),
    ):
        with pytest.raises(InvalidInput) as refused:
            record_absence(db, staff.supervisor, "anna", start, end)
        assert (refused.value.field, refused.value.problem) == ("absence_days", problem)
    with pytest.raises(InvalidInput) as not_a_clerk:
        record_absence(db, staff.supervisor, "dieter", day, day)  # the supervisor handles no cases
    assert not_a_clerk.value.problem == "not_a_clerk"


def test_claims_untouched_for_some_working_days_are_listed(db: Database, staff: Staff) -> None:
    old, fresh = _held(db, staff, 2)
    long_ago = dt.datetime.combine(working_days_before(today(), 8), dt.time(9), dt.UTC)
    with db.write() as session:
        session.execute(update(CaseEvent).where(CaseEvent.case_id == old).values(at=long_ago))
    stale = stale_claims(db, staff.supervisor, 5)
    assert [claim.case.id for claim in stale] == [old]
    assert stale[0].last_activity == long_ago
    assert stale_claims(db, staff.supervisor, 10) == ()
    assert fresh not in {claim.case.id for claim in stale_claims(db, staff.supervisor, 1)}
    with pytest.raises(InvalidInput):
        stale_claims(db, staff.supervisor, 0)


def test_a_citizens_new_case_is_kept_for_the_clerk_of_their_open_one(db: Database, staff: Staff) -> None:
    born = {"date_of_birth": dt.date(1979, 3, 4)}
    first = new_case(db, staff.system, GENERIC_FEE_SERVICE, family_name="Ağaoğlu", **born)
    claim_case(db, staff.clerk, first.id)
    other = new_case(db, staff.system, "trade_registration", family_name="Someone-Else", given_names="Ida")
    kept = new_case(db, staff.system, "trade_registration", family_name="AGAOGLU", **born)  # same search form
    with db.read() as session:
        preferred = session.scalar(select(Case.preferred_assignee_id).where(Case.id == kept.id))
    assert preferred == staff.clerk.user_id
    assert any("Für Anna Schmitz vorgemerkt" in c for c in _comments(db, kept.id, EventKind.COMMENT))
    assert claim_next(db, staff.clerk2).id == other.id  # ben first gets the case kept for nobody
    assert claim_next(db, staff.clerk2).id == kept.id  # and the kept one only when nothing else is left


def test_an_absent_clerk_keeps_no_new_case(db: Database, staff: Staff) -> None:
    born = {"date_of_birth": dt.date(1979, 3, 4)}
    first = new_case(db, staff.system, GENERIC_FEE_SERVICE, family_name="Ağaoğlu", **born)
    claim_case(db, staff.clerk, first.id)
    record_absence(db, staff.supervisor, "anna", today(), today() + dt.timedelta(days=1))
    later = new_case(db, staff.system, "trade_registration", family_name="Ağaoğlu", **born)
    with db.read() as session:
        assert session.scalar(select(Case.preferred_assignee_id).where(Case.id == later.id)) is None


def test_a_likely_duplicate_is_linked_to_the_first_case(db: Database, staff: Staff) -> None:
    first = new_case(db, staff.system, GENERIC_FEE_SERVICE, family_name="Wójcik")  # same address as the next
    again = new_case(db, staff.system, GENERIC_FEE_SERVICE, family_name="Wójcik")
    third = new_case(db, staff.system, GENERIC_FEE_SERVICE, family_name="Wójcik")
    elsewhere = new_case(db, staff.system, GENERIC_FEE_SERVICE, family_name="Wójcik", street="Am Markt")
    other_service = new_case(db, staff.system, "trade_registration", family_name="Wójcik")
    with db.read() as session:
        links = dict(session.execute(select(Case.id, Case.duplicate_of_id)).all())
        states = dict(session.execute(select(Case.id, Case.duplicate_state)).all())
    assert links[again.id] == links[third.id] == first.id  # always the first case, never a chain
    assert states[again.id] is DuplicateState.SUSPECTED
    assert links[first.id] is None
    assert links[elsewhere.id] is None
    assert links[other_service.id] is None
    assert any(f"Mögliche Doppelung von Vorgang {first.reference}" in c
               for c in _comments(db, again.id, EventKind.COMMENT))  # fmt: skip
    assert case_detail(db, staff.clerk, first.id).case.status is CaseStatus.RECEIVED


def test_a_case_id_beyond_any_stored_one_is_not_found(db: Database, staff: Staff) -> None:
    for hostile in (10**12, -1, 0):
        with pytest.raises(NotFound):
            reassign_cases(db, staff.supervisor, [ChosenCase(hostile)], "ben", "Vertretung im Urlaub")
        with pytest.raises(NotFound):
            case_detail(db, staff.supervisor, hostile)


def test_a_batch_of_intake_reads_todays_absences_once_and_keeps_each_case(db: Database, staff: Staff) -> None:
    """Intake books several cases in one transaction: each citizen's new case is kept for their clerk (an absent
    one keeps none), and today's absences are read once for the batch, not once per case."""
    names = ("Ağaoğlu", "Wójcik", "Nguyễn")
    born = {"date_of_birth": dt.date(1979, 3, 4)}
    for name in names:
        claim_case(db, staff.clerk, new_case(db, staff.system, GENERIC_FEE_SERVICE, family_name=name, **born).id)
    claim_case(db, staff.clerk2, new_case(db, staff.system, GENERIC_FEE_SERVICE, family_name="Ólafsdóttir", **born).id)
    record_absence(db, staff.supervisor, "ben", today(), today() + dt.timedelta(days=1))
    batch = [
        NewCase("trade_registration", applicant(family_name=name, **born), {"anliegen": "Test"}, Channel.ONLINE)
        for name in (*names, "Ólafsdóttir")
    ]
    statements: list[str] = []

    def record(conn: object, cursor: object, statement: str, *args: object) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        with db.write() as session:
            ids = [case.id for case in add_cases(session, staff.system, batch)]
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    assert sum("FROM absences" in statement for statement in statements) == 1
    with db.read() as session:
        kept = dict(session.execute(select(Case.id, Case.preferred_assignee_id).where(Case.id.in_(ids))).all())
    assert [kept[case_id] for case_id in ids] == [staff.clerk.user_id] * 3 + [None]  # ben is absent today
