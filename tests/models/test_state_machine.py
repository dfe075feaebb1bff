from __future__ import annotations

import pytest
from sqlalchemy import select

from models.audit import AuditRecord
from models.case_status import ALLOWED_TRANSITIONS, CaseStatus, can_transition
from models.cases import EventKind
from models.db import Database
from models.errors import AlreadyClaimed, ConcurrentChange, IllegalTransition, InvalidInput, NotFound
from models.operations.case_detail import case_detail
from models.operations.claims import claim_case
from models.operations.transitions import transition_case
from tests.conftest import Staff
from tests.support.factories import GENERIC_FEE_SERVICE, RecordingRenderer, new_case

EXPECTED_EDGES = {
    ("received", "in_progress"),
    ("received", "withdrawn"),
    ("in_progress", "waiting_for_citizen"),
    ("in_progress", "approved"),
    ("in_progress", "rejected"),
    ("in_progress", "withdrawn"),
    ("waiting_for_citizen", "in_progress"),
    ("waiting_for_citizen", "withdrawn"),
    ("approved", "closed"),
    ("rejected", "closed"),
}


def test_transition_table_is_the_documented_one() -> None:
    edges = {(a.value, b.value) for a, targets in ALLOWED_TRANSITIONS.items() for b in targets}
    assert edges == EXPECTED_EDGES
    for a in CaseStatus:
        for b in CaseStatus:
            assert can_transition(a, b) == ((a.value, b.value) in EXPECTED_EDGES)


def test_full_path_records_events_and_audit(db: Database, staff: Staff) -> None:
    case = new_case(db, staff.system, GENERIC_FEE_SERVICE)
    claimed = claim_case(db, staff.clerk, case.id, expected_version=case.version)
    assert claimed.status == CaseStatus.IN_PROGRESS
    assert claimed.assignee_username == "anna"
    step = transition_case(
        db,
        staff.clerk,
        case.id,
        CaseStatus.WAITING_FOR_CITIZEN,
        expected_version=claimed.version,
        comment="Bitte Personalausweis nachreichen",
    )
    step = transition_case(db, staff.clerk, case.id, CaseStatus.IN_PROGRESS, expected_version=step.case.version)
    step = transition_case(db, staff.clerk, case.id, CaseStatus.APPROVED, expected_version=step.case.version)
    step = transition_case(db, staff.clerk, case.id, CaseStatus.CLOSED, expected_version=step.case.version)
    assert step.case.status == CaseStatus.CLOSED

    detail = case_detail(db, staff.clerk, case.id)
    transitions = [(e.from_status, e.to_status) for e in detail.events if e.kind == EventKind.TRANSITION]
    assert transitions == [
        (CaseStatus.RECEIVED, CaseStatus.IN_PROGRESS),
        (CaseStatus.IN_PROGRESS, CaseStatus.WAITING_FOR_CITIZEN),
        (CaseStatus.WAITING_FOR_CITIZEN, CaseStatus.IN_PROGRESS),
        (CaseStatus.IN_PROGRESS, CaseStatus.APPROVED),
        (CaseStatus.APPROVED, CaseStatus.CLOSED),
    ]
    waiting = next(e for e in detail.events if e.to_status == CaseStatus.WAITING_FOR_CITIZEN)
    assert waiting.comment == "Bitte Personalausweis nachreichen"
    assert waiting.actor_display == "Anna Schmitz"

    with db.read() as session:
        audited = session.scalars(
            select(AuditRecord.details).where(
                AuditRecord.action == "case.transition", AuditRecord.object_id == str(case.id)
            )
        ).all()
    assert [(d["from"], d["to"]) for d in audited] == [(a.value, b.value) for a, b in transitions]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("path", "illegal"),
    [
        ((), CaseStatus.APPROVED),
        ((), CaseStatus.CLOSED),
        ((CaseStatus.IN_PROGRESS,), CaseStatus.CLOSED),
        ((CaseStatus.IN_PROGRESS, CaseStatus.REJECTED), CaseStatus.APPROVED),
        ((CaseStatus.WITHDRAWN,), CaseStatus.IN_PROGRESS),
    ],
)
def test_illegal_transition_is_refused_and_changes_nothing(
    db: Database, staff: Staff, path: tuple[CaseStatus, ...], illegal: CaseStatus
) -> None:
    case = new_case(db, staff.system, GENERIC_FEE_SERVICE)
    version = case.version
    for target in path:
        comment = "Unterlagen unvollständig" if target == CaseStatus.REJECTED else None
        version = transition_case(
            db, staff.clerk, case.id, target, expected_version=version, comment=comment
        ).case.version
    with pytest.raises(IllegalTransition) as caught:
        transition_case(db, staff.clerk, case.id, illegal, expected_version=version)
    assert caught.value.target == illegal.value
    detail = case_detail(db, staff.clerk, case.id)
    assert detail.case.version == version
    assert detail.case.status == (path[-1] if path else CaseStatus.RECEIVED)


def test_rejection_needs_a_reason(db: Database, staff: Staff) -> None:
    case = claim_case(db, staff.clerk, new_case(db, staff.system, GENERIC_FEE_SERVICE).id)
    with pytest.raises(InvalidInput) as caught:
        transition_case(db, staff.clerk, case.id, CaseStatus.REJECTED, expected_version=case.version, comment="  ")
    assert caught.value.field == "reason"
    done = transition_case(
        db,
        staff.clerk,
        case.id,
        CaseStatus.REJECTED,
        expected_version=case.version,
        comment="Nicht zuständig",
    )
    assert done.case.status == CaseStatus.REJECTED


def test_stale_version_reports_change_by_someone_else(db: Database, staff: Staff) -> None:
    case = new_case(db, staff.system, GENERIC_FEE_SERVICE)
    seen_by_both = case.version
    claim_case(db, staff.clerk, case.id, expected_version=seen_by_both)
    with pytest.raises(ConcurrentChange):
        claim_case(db, staff.clerk2, case.id, expected_version=seen_by_both)
    with pytest.raises(AlreadyClaimed) as caught:
        claim_case(db, staff.clerk2, case.id)
    assert caught.value.holder == "Anna Schmitz"
    assert case_detail(db, staff.clerk, case.id).case.assignee_username == "anna"


def test_other_clerk_cannot_decide_a_held_case(db: Database, staff: Staff) -> None:
    claimed = claim_case(db, staff.clerk, new_case(db, staff.system, GENERIC_FEE_SERVICE).id)
    with pytest.raises(AlreadyClaimed):
        transition_case(db, staff.clerk2, claimed.id, CaseStatus.APPROVED, expected_version=claimed.version)


def test_unknown_case_is_not_found(db: Database, staff: Staff) -> None:
    with pytest.raises(NotFound):
        transition_case(db, staff.clerk, 987654, CaseStatus.APPROVED, expected_version=1)
    with pytest.raises(NotFound):
        claim_case(db, staff.clerk, 987654)


def test_approving_bulky_waste_schedules_pickup_and_stores_letter(db: Database, staff: Staff) -> None:
    renderer = RecordingRenderer()
    claimed = claim_case(db, staff.clerk, new_case(db, staff.system).id)
    result = transition_case(
        db,
        staff.clerk,
        claimed.id,
        CaseStatus.APPROVED,
        expected_version=claimed.version,
        render_letter=renderer,
    )
    assert result.document is not None
    assert result.document.pages >= 1
    detail = case_detail(db, staff.clerk, claimed.id)
    assert detail.pickup_date is not None
    assert detail.documents == (result.document,)
    (letter,) = renderer.letters
    assert letter.recipient[0] == "Dr. Łukasz Öztürk-Nguyễn"
    assert detail.pickup_date.strftime("%d.%m.%Y") in letter.subject
    assert any("Kühlschrank" in p for p in letter.paragraphs)
    assert letter.info.case_reference == claimed.reference
    assert letter.info.clerk == "Anna Schmitz"
