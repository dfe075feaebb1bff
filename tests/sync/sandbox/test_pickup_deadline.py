"""Submissions left unfetched for 14 days are rejected by the delivery service itself, with a signed reject SET."""

from __future__ import annotations

import datetime as dt
import json

import requests
from jwcrypto import jwk, jws

from sync.sandbox.model import SubmissionState
from sync.sandbox.protocol import EXPIRED_PROBLEM_TYPE, REJECT_SUBMISSION
from tests.sync.sandbox.helpers import START, TIMEOUT, RunningSandbox


def _verified_claims(sandbox: RunningSandbox, token: str) -> dict[str, object]:
    keys = jwk.JWKSet.from_json(requests.get(f"{sandbox.url}/.well-known/jwks.json", timeout=TIMEOUT).text)
    signed = jws.JWS()
    signed.deserialize(token)
    signed.verify(keys.get_key(signed.jose_header["kid"]), alg="PS512")
    claims: dict[str, object] = json.loads(signed.payload)
    return claims


def test_admin_clock_jump_rejects_overdue_submissions(sandbox: RunningSandbox) -> None:
    old = sandbox.send()[0]
    sandbox.clock.advance(dt.timedelta(days=1))
    fresh = sandbox.send()[0]

    jump = sandbox.admin("POST", "/clock", json={"advanceDays": 13})

    assert jump.status_code == 200
    assert jump.json()["expired"] == 1
    assert jump.json()["now"] == (START + dt.timedelta(days=14)).isoformat()
    states = {s.submission_id: s.state for s in sandbox.state.submissions()}
    assert states == {old.submission_id: SubmissionState.REJECTED, fresh.submission_id: SubmissionState.SUBMITTED}
    log = requests.get(
        f"{sandbox.url}/v1/cases/{old.case_id}/events", headers=sandbox.headers("sender"), timeout=TIMEOUT
    ).json()["eventLog"]
    claims = _verified_claims(sandbox, log[-1])
    assert claims["iss"] == sandbox.url
    assert claims["iat"] == int((START + dt.timedelta(days=14)).timestamp())
    events = claims["events"]
    assert isinstance(events, dict)
    assert events[REJECT_SUBMISSION]["problems"][0]["type"] == EXPIRED_PROBLEM_TYPE


def test_expired_submission_is_gone_for_the_subscriber(sandbox: RunningSandbox) -> None:
    sent = sandbox.send()[0]
    accept = sandbox.accept_set(sent)
    sandbox.clock.advance(dt.timedelta(days=14))
    headers = sandbox.headers()

    listed = requests.get(f"{sandbox.url}/v1/submissions", headers=headers, timeout=TIMEOUT).json()
    fetched = requests.get(f"{sandbox.url}/v1/submissions/{sent.submission_id}", headers=headers, timeout=TIMEOUT)
    late_accept = sandbox.post_event(sent.case_id, accept)

    assert listed["totalCount"] == 0
    assert fetched.status_code == 404
    assert late_accept.status_code == 409


def test_a_day_less_than_the_deadline_keeps_the_submission(sandbox: RunningSandbox) -> None:
    sent = sandbox.send()[0]
    sandbox.clock.advance(dt.timedelta(days=13, hours=23, minutes=59))

    listed = requests.get(f"{sandbox.url}/v1/submissions", headers=sandbox.headers(), timeout=TIMEOUT).json()

    assert [s["submissionId"] for s in listed["submissions"]] == [sent.submission_id]
    assert sandbox.post_event(sent.case_id, sandbox.accept_set(sent)).status_code == 204
    sandbox.clock.advance(dt.timedelta(days=2))
    assert sandbox.state.expire_overdue() == 0  # accepted submissions are never expired
