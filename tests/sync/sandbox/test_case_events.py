"""Posting accept and reject SETs: 204 when valid, 422 for a bad SET, 409 for an illegal transition."""

from __future__ import annotations

import pytest
import requests

from sync.fitconnect.crypto import generate_signing_key, verify_set
from sync.sandbox.protocol import ACCEPT_SUBMISSION, CREATE_SUBMISSION, REJECT_SUBMISSION, SUBMIT_SUBMISSION
from tests.sync.sandbox.helpers import TIMEOUT, RunningSandbox


def _event_log(sandbox: RunningSandbox, case_id: str, client: str = "subscriber") -> list[str]:
    answer = requests.get(f"{sandbox.url}/v1/cases/{case_id}/events", headers=sandbox.headers(client), timeout=TIMEOUT)
    assert answer.status_code == 200
    log: list[str] = answer.json()["eventLog"]
    return log


def _verification_key(sandbox: RunningSandbox) -> dict[str, object]:
    destination = requests.get(
        f"{sandbox.url}/v1/destinations/{sandbox.setup.destination_id}/keys/{sandbox.setup.signing_kid}",
        headers=sandbox.headers(),
        timeout=TIMEOUT,
    )
    key: dict[str, object] = destination.json()
    assert key["key_ops"] == ["verify"]
    return key


def test_valid_accept_is_logged_and_visible_to_the_sender(sandbox: RunningSandbox) -> None:
    sent = sandbox.send()[0]
    accept = sandbox.accept_set(sent)

    answer = sandbox.post_event(sent.case_id, accept)

    assert answer.status_code == 204, answer.text
    log = _event_log(sandbox, sent.case_id, client="sender")
    assert log[-1] == accept
    claims = verify_set(log[-1], _verification_key(sandbox))
    assert list(claims["events"]) == [ACCEPT_SUBMISSION]
    listed = requests.get(f"{sandbox.url}/v1/submissions", headers=sandbox.headers(), timeout=TIMEOUT).json()
    assert listed["totalCount"] == 0  # accepted submissions are no longer offered for pickup
    admin = sandbox.admin("GET", "/events", params={"caseId": sent.case_id}).json()["events"]
    assert [e["event"] for e in admin] == [CREATE_SUBMISSION, SUBMIT_SUBMISSION, ACCEPT_SUBMISSION]
    assert admin[-1]["issuer"] == sandbox.setup.destination_id


def test_second_accept_and_accept_after_reject_are_409(sandbox: RunningSandbox) -> None:
    accepted, rejected = sandbox.send(2)
    assert sandbox.post_event(accepted.case_id, sandbox.accept_set(accepted)).status_code == 204
    assert sandbox.post_event(rejected.case_id, sandbox.reject_set(rejected)).status_code == 204

    again = sandbox.post_event(accepted.case_id, sandbox.accept_set(accepted))
    after_reject = sandbox.post_event(rejected.case_id, sandbox.accept_set(rejected))

    for answer in (again, after_reject):
        assert answer.status_code == 409
        assert answer.headers["Content-Type"] == "application/problem+json"


def test_reject_with_problems_is_logged(sandbox: RunningSandbox) -> None:
    sent = sandbox.send()[0]

    assert sandbox.post_event(sent.case_id, sandbox.reject_set(sent)).status_code == 204

    claims = verify_set(_event_log(sandbox, sent.case_id)[-1], _verification_key(sandbox))
    problem = claims["events"][REJECT_SUBMISSION]["problems"][0]
    assert problem["instance"] == "data"


@pytest.fixture(scope="module")
def stranger_key() -> dict[str, object]:
    """A signing key the destination never registered."""
    return dict(generate_signing_key(size=2048).private)


@pytest.mark.parametrize(
    ("case", "detail"),
    [
        ("wrong signature", "signature"),
        ("unregistered kid", "kid"),
        ("wrong iss", "iss"),
        ("wrong txn", "txn"),
        ("foreign submission", "sub"),
        ("wrong tags", "authenticationTags"),
        ("missing tags", "authenticationTags"),
        ("reject without problems", "problems"),
        ("reject with incomplete problem", "problems[0]"),
        ("sender event", "may not post"),
        ("not a jws", "compact JWS"),
    ],
)
def test_bad_sets_are_422(sandbox: RunningSandbox, stranger_key: dict[str, object], case: str, detail: str) -> None:
    sent, other = sandbox.send(2)
    tags = sent.content.authentication_tags()
    stranger = stranger_key
    token = {
        "wrong signature": lambda: sandbox.accept_set(sent, key={**stranger, "kid": sandbox.setup.signing_kid}),
        "unregistered kid": lambda: sandbox.accept_set(sent, key=stranger),
        "wrong iss": lambda: sandbox.accept_set(sent, issuer=sandbox.url),
        "wrong txn": lambda: sandbox.accept_set(sent, case_id=other.case_id),
        "foreign submission": lambda: sandbox.accept_set(sent, submission_id=other.submission_id),
        "wrong tags": lambda: sandbox.accept_set(sent, payload={"authenticationTags": {**tags, "data": "AAAA"}}),
        "missing tags": lambda: sandbox.accept_set(sent, payload={}),
        "reject without problems": lambda: sandbox.reject_set(sent, problems=[]),
        "reject with incomplete problem": lambda: sandbox.reject_set(sent, problems=[{"type": "x", "title": "y"}]),
        "sender event": lambda: sandbox.subscriber_set(sent, SUBMIT_SUBMISSION, {}),
        "not a jws": lambda: "definitely.not-a-set",
    }[case]()

    answer = sandbox.post_event(sent.case_id, token)

    assert answer.status_code == 422, answer.text
    assert detail in answer.json()["detail"]
    assert sandbox.post_event(sent.case_id, sandbox.accept_set(sent)).status_code == 204  # nothing was changed


def test_tags_of_an_attachment_must_all_match(sandbox: RunningSandbox) -> None:
    sent = sandbox.send()[0]
    tags = sent.content.authentication_tags()
    (attachment_id,) = tags["attachments"]

    wrong = sandbox.accept_set(sent, payload={"authenticationTags": {**tags, "attachments": {attachment_id: "x"}}})
    missing = sandbox.accept_set(sent, payload={"authenticationTags": {**tags, "attachments": {}}})

    assert sandbox.post_event(sent.case_id, wrong).status_code == 422
    assert sandbox.post_event(sent.case_id, missing).status_code == 422


def test_events_need_the_jose_content_type_and_an_existing_case(sandbox: RunningSandbox) -> None:
    sent = sandbox.send()[0]
    accept = sandbox.accept_set(sent)

    as_json = requests.post(
        f"{sandbox.url}/v1/cases/{sent.case_id}/events",
        json={"set": accept},
        headers=sandbox.headers(),
        timeout=TIMEOUT,
    )
    unknown_case = sandbox.post_event("00000000-0000-4000-8000-000000000000", accept)

    assert as_json.status_code == 415
    assert unknown_case.status_code == 404


def test_a_second_submission_can_join_an_existing_case(sandbox: RunningSandbox) -> None:
    first = sandbox.send()[0]
    second = sandbox.send(case_id=first.case_id)[0]

    assert second.case_id == first.case_id
    assert sandbox.post_event(first.case_id, sandbox.accept_set(second)).status_code == 204
    log = _event_log(sandbox, first.case_id)
    assert len(log) == 5  # create + submit of each submission, then the accept of the second
    still_ready = requests.get(f"{sandbox.url}/v1/submissions", headers=sandbox.headers(), timeout=TIMEOUT).json()
    assert [s["submissionId"] for s in still_ready["submissions"]] == [first.submission_id]


def test_an_unknown_case_cannot_be_joined(sandbox: RunningSandbox) -> None:
    answer = requests.post(
        f"{sandbox.url}/v1/submissions",
        json={
            "destinationId": sandbox.setup.destination_id,
            "serviceType": {"identifier": "urn:de:lindenbrueck:leistung:bulky_waste_pickup"},
            "caseId": "00000000-0000-4000-8000-000000000000",
        },
        headers=sandbox.headers("sender"),
        timeout=TIMEOUT,
    )

    assert answer.status_code == 404
    assert answer.json()["type"].endswith("/case-not-found")
