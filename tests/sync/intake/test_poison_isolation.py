"""One submission that trips an error nobody foresaw stops nothing: it is kept aside, tried again, then rejected.

Such an error cannot be produced by content any more (that is what the hostile corpus proves), so these tests
put one into the code path on purpose — the only way to show what happens on the day a new bug meets a new
submission: the rest of the batch is booked, the offender waits for the admin, and the pass completes.
"""

from __future__ import annotations

import copy
import random
from collections.abc import Sequence
from typing import Any

import pytest
from sqlalchemy import event, exc, func, select
from sqlalchemy.orm import Session

from models.cases import Case
from models.db import Database
from models.errors import DatabaseUnavailable
from models.intake import SubmissionFault, SubmissionIntake
from models.operations import intake_book
from models.operations.intake_book import held_submissions, unconfirmed
from sync import intake as intake_module
from sync.fitconnect.crypto import verify_set
from sync.fitconnect.errors import EventRejected
from sync.fitconnect.problems import PROBLEM_BASE
from sync.intake import MAX_FAULTY_PASSES, Intake
from sync.portal_demo.submissions import demo_submission
from sync.runner import describe
from sync.sync_pass import run_pass
from tests.conftest import Staff
from tests.sync.intake.helpers import ACCEPT, REJECT, Destination
from tests.sync.sandbox.helpers import START

POISON_NAME = "Giftig"


@pytest.fixture
def poison_in_prepare(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug in preparing: taking the applicant of one particular citizen raises."""
    original = intake_module.applicant_from

    def buggy(form_data: dict[str, Any], metadata: dict[str, Any]) -> Any:
        if form_data.get("applicant", {}).get("familyName") == POISON_NAME:
            raise TypeError("unsupported operand type(s) for +: 'int' and 'str'")
        return original(form_data, metadata)

    monkeypatch.setattr(intake_module, "applicant_from", buggy)
    return


def _send_poison(destination: Destination) -> str:
    """A residence registration of a citizen whose name our (injected) bug cannot take."""
    form = copy.deepcopy(demo_submission(random.Random(21), "residence_registration", today=START.date()).form_data)
    form["applicant"]["familyName"] = POISON_NAME
    _, sent = destination.send_demo("residence_registration", seed=21, form_data=form)
    return sent.submission_id


def _pass(db: Database, destination: Destination) -> Any:
    with destination.client() as client:
        return run_pass(db, client, destination.intake(db, client))


def _cases(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Case)) or 0)


@pytest.mark.usefixtures("poison_in_prepare")
def test_an_unforeseen_error_keeps_one_aside_and_rejects_it_after_the_bounded_retries(
    db: Database, destination: Destination, staff: Staff
) -> None:
    destination.send_demo("bulky_waste_pickup", seed=1)
    poison = _send_poison(destination)
    destination.send_demo("dog_registration", seed=2)
    first = _pass(db, destination)
    assert (first.listed, first.new_cases, first.held, first.rejected) == (3, 2, 1, 0)
    assert "1 zurückgestellt" in describe(first)
    (held,) = held_submissions(db, staff.admin)
    assert (held.submission_id, held.attempts) == (poison, 1)
    assert "TypeError" in held.error
    assert "int" in held.error
    assert [e.submission_id for e in destination.decisions(REJECT)] == []

    for attempt in range(2, MAX_FAULTY_PASSES):
        again = _pass(db, destination)
        assert (again.listed, again.held, again.already_known) == (1, 1, 0)
        assert held_submissions(db, staff.admin)[0].attempts == attempt

    last = _pass(db, destination)
    assert (last.held, last.rejected) == (0, 1)
    assert held_submissions(db, staff.admin) == ()
    (rejected,) = destination.decisions(REJECT)
    assert rejected.submission_id == poison
    (problem,) = verify_set(rejected.token, destination.keys.signing.public)["events"][REJECT]["problems"]
    assert problem["type"] == PROBLEM_BASE + "technical-error"
    assert "TypeError" not in problem["detail"]  # our internals are not the portal's business
    assert len(destination.decisions(ACCEPT)) == 2
    assert _pass(db, destination).listed == 0


def test_a_submission_kept_aside_becomes_a_case_once_the_fault_is_gone(
    db: Database, destination: Destination, staff: Staff, monkeypatch: pytest.MonkeyPatch
) -> None:
    poison = _send_poison(destination)
    destination.send_demo("bulky_waste_pickup", seed=12)

    def buggy(*_args: Any) -> Any:
        raise KeyError("familyName")

    with monkeypatch.context() as patched:
        patched.setattr(intake_module, "applicant_from", buggy)
        assert _pass(db, destination).held == 2  # the bug hits every applicant
    assert len(held_submissions(db, staff.admin)) == 2
    fixed = _pass(db, destination)  # "after the update": the bug is gone
    assert (fixed.new_cases, fixed.held) == (2, 0)
    assert held_submissions(db, staff.admin) == ()
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(SubmissionFault)) == 0
        assert session.scalars(select(Case.submission_id).where(Case.submission_id == poison)).one() == poison


def test_a_booking_that_fails_for_one_submission_books_the_others_of_its_batch(
    db: Database, destination: Destination, staff: Staff, monkeypatch: pytest.MonkeyPatch
) -> None:
    poison = _send_poison(destination)
    for seed in range(3, 8):
        destination.send_demo("bulky_waste_pickup", seed=seed)
    original = intake_book.add_cases

    def failing_for_one(session: Session, actor: Any, batch: Sequence[Any]) -> Any:
        if any(new.applicant.family_name == POISON_NAME for new in batch):
            raise ValueError("a value the database driver cannot adapt")
        return original(session, actor, batch)

    monkeypatch.setattr(intake_book, "add_cases", failing_for_one)
    summary = _pass(db, destination)
    assert (summary.listed, summary.new_cases, summary.held) == (6, 5, 1)
    (held,) = held_submissions(db, staff.admin)
    assert held.submission_id == poison
    assert "ValueError" in held.error
    assert _cases(db) == 5
    assert len(destination.decisions(ACCEPT)) == 5


def test_a_database_that_goes_away_ends_the_pass_instead_of_keeping_submissions_aside(
    db: Database, destination: Destination, staff: Staff, monkeypatch: pytest.MonkeyPatch
) -> None:
    destination.send_demo("bulky_waste_pickup", seed=9)

    def gone(*_args: Any) -> Any:
        raise DatabaseUnavailable("server closed the connection unexpectedly")

    monkeypatch.setattr(intake_module, "book_submissions", gone)
    with pytest.raises(DatabaseUnavailable):
        _pass(db, destination)
    monkeypatch.undo()
    assert held_submissions(db, staff.admin) == ()
    assert _pass(db, destination).new_cases == 1


def test_no_accept_before_the_commit_and_the_next_pass_accepts(db: Database, destination: Destination) -> None:
    """The commit of the booking fails (the database drops the connection at COMMIT): the delivery service must
    not have heard of an accept, and the next pass takes the submission in and accepts it."""
    _, sent = destination.send_demo("dog_registration", seed=11)
    failures: list[str] = []

    def note_booking(session: Session, _context: object) -> None:
        if any(isinstance(o, SubmissionIntake) for o in session.new):
            session.info["books_intake"] = True

    def drop_at_commit(session: Session) -> None:
        # the audit trail's own before_commit hook may have flushed the booking already (see note_booking)
        books = session.info.get("books_intake") or any(isinstance(o, SubmissionIntake) for o in session.new)
        if not failures and books:
            failures.append("commit")
            raise exc.OperationalError("COMMIT", {}, Exception("server closed the connection unexpectedly"))

    event.listen(Session, "after_flush", note_booking)
    event.listen(Session, "before_commit", drop_at_commit)
    try:
        with pytest.raises(DatabaseUnavailable):
            _pass(db, destination)
    finally:
        event.remove(Session, "before_commit", drop_at_commit)
        event.remove(Session, "after_flush", note_booking)
    assert failures == ["commit"]
    assert destination.decisions(ACCEPT) == []
    assert _cases(db) == 0
    summary = _pass(db, destination)
    assert summary.new_cases == 1
    (accepted,) = destination.decisions(ACCEPT)
    assert accepted.submission_id == sent.submission_id


def test_an_event_the_service_refuses_stays_with_its_submission(
    db: Database, destination: Destination, monkeypatch: pytest.MonkeyPatch
) -> None:
    refused_once = _send_poison(destination)
    destination.send_demo("bulky_waste_pickup", seed=13)
    original = Intake.post_event
    refused: list[str] = []

    def refusing(self: Intake, record: Any) -> str:
        if record.submission_id == refused_once and not refused:
            refused.append(record.submission_id)
            raise EventRejected(422, "invalid-event", detail="the SET does not match", method="POST", path="/x")
        return original(self, record)

    monkeypatch.setattr(Intake, "post_event", refusing)
    first = _pass(db, destination)
    assert (first.new_cases, first.events_failed) == (2, 1)
    assert "1 Bestätigungen nicht zugestellt" in describe(first)
    assert [r.submission_id for r in unconfirmed(db)] == [refused_once]
    assert len(destination.decisions(ACCEPT)) == 1
    second = _pass(db, destination)
    assert (second.events_resent, second.events_failed) == (1, 0)
    assert unconfirmed(db) == ()
    assert len(destination.decisions(ACCEPT)) == 2
