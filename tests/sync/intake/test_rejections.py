"""Every kind of invalid submission ends as a reject with the right problem, and no case."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import func, select

from models.cases import Case
from models.db import Database
from models.operations.intake_book import rejected_submissions
from sync.fitconnect.crypto import verify_set
from sync.fitconnect.problems import PROBLEM_BASE
from sync.intake import IntakeResult
from sync.portal_demo.submissions import demo_submission
from sync.sandbox.submission_encryption import Defect
from sync.sync_pass import run_pass
from tests.conftest import Staff
from tests.sync.intake.helpers import ACCEPT, REJECT, Destination

EXPECTED_PROBLEM = {
    Defect.DATA_HASH_MISMATCH: "data-hash-mismatch",
    Defect.ATTACHMENT_HASH_MISMATCH: "attachment-hash-mismatch",
    Defect.UNDECRYPTABLE_METADATA: "encryption-issue",
    Defect.UNDECRYPTABLE_DATA: "encryption-issue",
    Defect.UNDECRYPTABLE_ATTACHMENT: "encryption-issue",
    Defect.WRONG_KID: "encryption-issue",
    Defect.SCHEMA_INVALID_DATA: "data-schema-violation",
    Defect.INVALID_METADATA: "metadata-schema-violation",
    Defect.MISSING_ATTACHMENT: "missing-attachment",
    Defect.MISSING_DATA: "missing-data",
    Defect.DATA_NOT_JSON: "data-json-syntax-violation",
    Defect.DATA_AS_XML: "unsupported-data-format",
}


def _send_broken(destination: Destination, defect: Defect) -> str:
    demo = demo_submission(random.Random(3), "dog_registration")
    with destination.sender() as sender:
        sent = sender.send(
            destination.setup.destination_id,
            demo.service_identifier,
            demo.form_data,
            demo.attachments,
            schema_uri=demo.schema_uri,
            service_name=demo.service_name,
            defect=defect,
        )
    return sent.submission_id


@pytest.mark.parametrize("defect", list(Defect))
def test_invalid_submission_is_rejected_with_its_problem(
    db: Database, staff: Staff, destination: Destination, defect: Defect
) -> None:
    submission_id = _send_broken(destination, defect)
    with destination.client() as client:
        report = destination.intake(db, client).process(submission_id)
    assert report.result == IntakeResult.REJECTED

    (event,) = destination.decisions(REJECT)
    claims = verify_set(event.token, destination.keys.signing.public)
    (problem,) = claims["events"][REJECT]["problems"]
    assert problem["type"] == PROBLEM_BASE + EXPECTED_PROBLEM[defect]
    assert problem["title"]
    assert problem["instance"]
    assert destination.decisions(ACCEPT) == []
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 0
    (listed,) = rejected_submissions(db, staff.admin)
    assert listed.submission_id == submission_id
    assert listed.problems[0]["type"] == problem["type"]
    assert listed.event_confirmed_at is not None


def test_valid_and_invalid_submissions_in_one_pass(db: Database, destination: Destination) -> None:
    good, _ = destination.send_demo("bulky_waste_pickup", seed=11)
    _send_broken(destination, Defect.DATA_HASH_MISMATCH)
    with destination.client() as client:
        summary = run_pass(db, client, destination.intake(db, client))
    assert (summary.listed, summary.new_cases, summary.rejected) == (2, 1, 1)
    assert len(destination.decisions(ACCEPT)) == 1
    assert len(destination.decisions(REJECT)) == 1
    (accepted,) = destination.decisions(ACCEPT)
    with db.read() as session:
        case = session.scalars(select(Case).where(Case.submission_id == accepted.submission_id)).one()
    assert case.form_data == good.form_data


def test_an_attachment_beyond_the_size_limit_is_rejected(db: Database, destination: Destination) -> None:
    _, sent = destination.send_demo("dog_registration", seed=4)
    with destination.client() as client:
        intake = destination.intake(db, client)
        intake.max_attachment_bytes = 2_000  # every demo attachment is larger, once encrypted
        report = intake.process(sent.submission_id)
    assert report.result == IntakeResult.REJECTED
    (event,) = destination.decisions(REJECT)
    (problem,) = verify_set(event.token, destination.keys.signing.public)["events"][REJECT]["problems"]
    assert problem["type"] == PROBLEM_BASE + "attachment-too-large"
    assert problem["instance"].startswith("attachment:")
