"""Every error is application/problem+json; every answer carries RateLimit-* headers; too many requests get 429."""

from __future__ import annotations

import requests

from sync.sandbox.rate_limit import RateLimiter, RateLimitSettings
from tests.sync.sandbox.helpers import BULKY_WASTE, TIMEOUT, RunningSandbox

PROBLEMS = "https://schema.fitko.de/fit-connect/submission-api/problems/"


def _assert_problem(answer: requests.Response, status: int) -> dict[str, object]:
    assert answer.status_code == status, answer.text
    assert answer.headers["Content-Type"] == "application/problem+json"
    body: dict[str, object] = answer.json()
    assert body["status"] == status
    assert str(body["type"]).startswith(PROBLEMS)
    assert body["title"]
    assert body["instance"] == requests.utils.urlparse(answer.url).path
    return body


def test_problem_shape_for_the_usual_errors(sandbox: RunningSandbox) -> None:
    sender = sandbox.headers("sender")
    unknown_path = requests.get(f"{sandbox.url}/v1/nothing-here", timeout=TIMEOUT)
    wrong_method = requests.delete(f"{sandbox.url}/v1/submissions", headers=sender, timeout=TIMEOUT)
    no_json = requests.post(f"{sandbox.url}/v1/submissions", data="x", headers=sender, timeout=TIMEOUT)
    bad_body = requests.post(
        f"{sandbox.url}/v1/submissions", json={"destinationId": 7}, headers=sender, timeout=TIMEOUT
    )
    unknown_destination = requests.post(
        f"{sandbox.url}/v1/submissions",
        json={"destinationId": "6f1c1e57-0000-4000-8000-000000000000", "serviceType": {"identifier": "urn:x:y"}},
        headers=sender,
        timeout=TIMEOUT,
    )

    _assert_problem(unknown_path, 404)
    _assert_problem(wrong_method, 405)
    _assert_problem(no_json, 415)
    _assert_problem(bad_body, 400)
    assert _assert_problem(unknown_destination, 404)["type"] == PROBLEMS + "destination-not-found"


def test_sender_rules_answer_with_problems(sandbox: RunningSandbox) -> None:
    sender = sandbox.headers("sender")
    announced = "0b799252-deb9-42b0-98d3-c50d24bbafe0"
    created = requests.post(
        f"{sandbox.url}/v1/submissions",
        json={
            "destinationId": sandbox.setup.destination_id,
            "serviceType": {"identifier": BULKY_WASTE.identifier},
            "announcedAttachments": [announced],
        },
        headers=sender,
        timeout=TIMEOUT,
    ).json()
    base = f"{sandbox.url}/v1/submissions/{created['submissionId']}"
    jwe = sandbox.send()[0].content.encrypted_data  # any well-formed JWE will do

    not_announced = requests.put(
        f"{base}/attachments/25abf553-0e53-43b9-a14a-1581b32a9ee5",
        data=jwe,
        headers={**sender, "Content-Type": "application/jose"},
        timeout=TIMEOUT,
    )
    not_a_jwe = requests.put(
        f"{base}/attachments/{announced}",
        data="abc",
        headers={**sender, "Content-Type": "application/jose"},
        timeout=TIMEOUT,
    )
    missing_attachment = requests.put(
        base, json={"encryptedMetadata": jwe, "encryptedData": jwe}, headers=sender, timeout=TIMEOUT
    )
    no_metadata = requests.put(base, json={"encryptedData": jwe}, headers=sender, timeout=TIMEOUT)

    assert _assert_problem(not_announced, 422)["type"] == PROBLEMS + "attachment-not-announced"
    assert _assert_problem(not_a_jwe, 422)["type"] == PROBLEMS + "invalid-jwe"
    body = _assert_problem(missing_attachment, 422)
    assert body["type"] == PROBLEMS + "missing-attachments"
    assert body["attachmentIds"] == [announced]
    _assert_problem(no_metadata, 400)


def test_submitted_submissions_cannot_be_changed(sandbox: RunningSandbox) -> None:
    sent = sandbox.send()[0]
    base = f"{sandbox.url}/v1/submissions/{sent.submission_id}"
    sender = sandbox.headers("sender")

    again = requests.put(
        base,
        json={"encryptedMetadata": sent.content.encrypted_metadata, "encryptedData": sent.content.encrypted_data},
        headers=sender,
        timeout=TIMEOUT,
    )

    assert _assert_problem(again, 409)["type"] == PROBLEMS + "submission-state-invalid"


def test_every_answer_carries_rate_limit_headers(sandbox: RunningSandbox) -> None:
    answers = [
        requests.get(f"{sandbox.url}/.well-known/jwks.json", timeout=TIMEOUT),
        requests.get(f"{sandbox.url}/v1/submissions", timeout=TIMEOUT),  # a 401
        requests.post(sandbox.setup.token_url, data={"grant_type": "client_credentials"}, timeout=TIMEOUT),
    ]
    token = sandbox.token()
    for remaining in (4998, 4997):  # the token request counted as the client's first
        answer = requests.get(
            f"{sandbox.url}/v1/submissions", headers={"Authorization": f"Bearer {token}"}, timeout=TIMEOUT
        )
        assert answer.headers["RateLimit-Limit"] == "5000"
        assert answer.headers["RateLimit-Remaining"] == str(remaining)
        assert 0 < int(answer.headers["RateLimit-Reset"]) <= 60
    for answer in answers:
        assert {"RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"} <= set(answer.headers)


def test_a_client_over_its_limit_gets_429_until_the_window_resets(sandbox: RunningSandbox) -> None:
    now = [1000.0]
    sandbox.state.rate_limiter = RateLimiter(RateLimitSettings(limit=3, window_seconds=10), timer=lambda: now[0])
    headers = sandbox.headers()  # the token request counts against the client too: 1 of 3
    other_client = sandbox.headers("sender")

    statuses = [
        requests.get(f"{sandbox.url}/v1/submissions", headers=headers, timeout=TIMEOUT).status_code for _ in range(3)
    ]
    throttled = requests.get(f"{sandbox.url}/v1/submissions", headers=headers, timeout=TIMEOUT)
    unaffected = requests.get(
        f"{sandbox.url}/v1/destinations/{sandbox.setup.destination_id}", headers=other_client, timeout=TIMEOUT
    )
    now[0] += 10
    after_reset = requests.get(f"{sandbox.url}/v1/submissions", headers=headers, timeout=TIMEOUT)

    assert statuses == [200, 200, 429]
    body = _assert_problem(throttled, 429)
    assert body["type"] == PROBLEMS + "too-many-requests"
    assert throttled.headers["RateLimit-Remaining"] == "0"
    assert throttled.headers["Retry-After"] == throttled.headers["RateLimit-Reset"] == "10"
    assert unaffected.status_code == 200
    assert after_reset.status_code == 200
