"""Token endpoint, bearer tokens with expiry, and which client may use which endpoint."""

from __future__ import annotations

import datetime as dt

import requests

from sync.sandbox.model import ClientKind
from sync.sandbox.provisioning import provision_destination
from tests.sync.sandbox.helpers import BULKY_WASTE, TIMEOUT, RunningSandbox, fetch_token


def _token_answer(sandbox: RunningSandbox, client_id: str, secret: str) -> requests.Response:
    form = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}
    return requests.post(sandbox.setup.token_url, data=form, timeout=TIMEOUT)


def test_subscriber_gets_a_bearer_token_for_1800_seconds(sandbox: RunningSandbox) -> None:
    credentials = sandbox.setup.subscriber
    answer = _token_answer(sandbox, credentials.client_id, credentials.client_secret)

    assert answer.status_code == 200
    body = answer.json()
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 1800
    assert body["scope"] == f"subscribe:destination:{sandbox.setup.destination_id}"
    assert answer.headers["Cache-Control"] == "no-store"
    listed = requests.get(
        f"{sandbox.url}/v1/submissions",
        headers={"Authorization": f"Bearer {body['access_token']}"},
        timeout=TIMEOUT,
    )
    assert listed.status_code == 200


def test_wrong_credentials_are_401_problems(sandbox: RunningSandbox) -> None:
    credentials = sandbox.setup.subscriber
    wrong_secret = _token_answer(sandbox, credentials.client_id, "not-the-secret")
    unknown_client = _token_answer(sandbox, "00000000-0000-4000-8000-000000000000", credentials.client_secret)

    for answer in (wrong_secret, unknown_client):
        assert answer.status_code == 401
        assert answer.headers["Content-Type"] == "application/problem+json"
        assert answer.json()["error"] == "invalid_client"
        assert answer.json()["status"] == 401


def test_other_grant_types_are_refused(sandbox: RunningSandbox) -> None:
    answer = requests.post(sandbox.setup.token_url, data={"grant_type": "password"}, timeout=TIMEOUT)

    assert answer.status_code == 400
    assert answer.json()["error"] == "unsupported_grant_type"


def test_missing_unknown_and_expired_tokens_are_401(sandbox: RunningSandbox) -> None:
    url = f"{sandbox.url}/v1/submissions"
    token = sandbox.token()

    missing = requests.get(url, timeout=TIMEOUT)
    unknown = requests.get(url, headers={"Authorization": "Bearer made-up"}, timeout=TIMEOUT)
    sandbox.clock.advance(dt.timedelta(seconds=1799))
    still_valid = requests.get(url, headers={"Authorization": f"Bearer {token}"}, timeout=TIMEOUT)
    sandbox.clock.advance(dt.timedelta(seconds=1))
    expired = requests.get(url, headers={"Authorization": f"Bearer {token}"}, timeout=TIMEOUT)

    assert still_valid.status_code == 200
    for answer in (missing, unknown, expired):
        assert answer.status_code == 401
        assert answer.headers["WWW-Authenticate"].startswith("Bearer")
        assert answer.json()["type"].endswith("/problems/unauthorized")
    assert "expired" in expired.json()["detail"]


def test_sender_may_not_use_subscriber_endpoints_and_vice_versa(sandbox: RunningSandbox) -> None:
    sent = sandbox.send()[0]
    sender = sandbox.headers("sender")
    subscriber = sandbox.headers("subscriber")

    sender_lists = requests.get(f"{sandbox.url}/v1/submissions", headers=sender, timeout=TIMEOUT)
    sender_fetches = requests.get(f"{sandbox.url}/v1/submissions/{sent.submission_id}", headers=sender, timeout=TIMEOUT)
    sender_posts_event = requests.post(
        f"{sandbox.url}/v1/cases/{sent.case_id}/events",
        data=sandbox.accept_set(sent),
        headers={**sender, "Content-Type": "application/jose"},
        timeout=TIMEOUT,
    )
    subscriber_creates = requests.post(
        f"{sandbox.url}/v1/submissions",
        json={"destinationId": sandbox.setup.destination_id, "serviceType": {"identifier": BULKY_WASTE.identifier}},
        headers=subscriber,
        timeout=TIMEOUT,
    )

    for answer in (sender_lists, sender_fetches, sender_posts_event, subscriber_creates):
        assert answer.status_code == 403, answer.text
        assert answer.json()["type"].endswith("/problems/forbidden")


def test_clients_of_another_destination_are_forbidden(sandbox: RunningSandbox) -> None:
    sent = sandbox.send()[0]
    other = provision_destination(sandbox.state, sandbox.url, [BULKY_WASTE], key_size=2048)
    token = fetch_token(other.token_url, other.subscriber.client_id, other.subscriber.client_secret)
    stranger = {"Authorization": f"Bearer {token}"}

    listing = requests.get(
        f"{sandbox.url}/v1/submissions",
        params={"destinationId": sandbox.setup.destination_id},
        headers=stranger,
        timeout=TIMEOUT,
    )
    fetching = requests.get(f"{sandbox.url}/v1/submissions/{sent.submission_id}", headers=stranger, timeout=TIMEOUT)
    events = requests.get(f"{sandbox.url}/v1/cases/{sent.case_id}/events", headers=stranger, timeout=TIMEOUT)
    own_listing = requests.get(f"{sandbox.url}/v1/submissions", headers=stranger, timeout=TIMEOUT)

    assert [listing.status_code, fetching.status_code, events.status_code] == [403, 403, 403]
    assert own_listing.json()["totalCount"] == 0  # without destinationId: only the client's own destinations


def test_sender_client_is_bound_to_its_destination(sandbox: RunningSandbox) -> None:
    other = provision_destination(sandbox.state, sandbox.url, [BULKY_WASTE], key_size=2048)
    foreign_sender = sandbox.state.register_client(ClientKind.SENDER, [other.destination_id])
    token = fetch_token(sandbox.setup.token_url, foreign_sender.client_id, foreign_sender.client_secret)

    answer = requests.post(
        f"{sandbox.url}/v1/submissions",
        json={"destinationId": sandbox.setup.destination_id, "serviceType": {"identifier": BULKY_WASTE.identifier}},
        headers={"Authorization": f"Bearer {token}"},
        timeout=TIMEOUT,
    )

    assert answer.status_code == 403
