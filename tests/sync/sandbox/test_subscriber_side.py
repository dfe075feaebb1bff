"""Subscriber side: list with limit/offset, fetch one submission and its attachments."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from sync.fitconnect.crypto import decrypt, sha512_hex
from tests.sync.sandbox.helpers import BULKY_WASTE, TIMEOUT, RunningSandbox


def _list(sandbox: RunningSandbox, **params: object) -> requests.Response:
    return requests.get(f"{sandbox.url}/v1/submissions", params=params, headers=sandbox.headers(), timeout=TIMEOUT)


def test_list_paginates_ready_submissions_oldest_first(sandbox: RunningSandbox) -> None:
    sent = sandbox.send(5)
    destination = sandbox.setup.destination_id

    first = _list(sandbox, destinationId=destination, limit=2).json()
    second = _list(sandbox, destinationId=destination, limit=2, offset=2).json()
    last = _list(sandbox, destinationId=destination, limit=2, offset=4).json()
    beyond = _list(sandbox, destinationId=destination, offset=10).json()

    assert (first["count"], first["offset"], first["totalCount"]) == (2, 0, 5)
    assert (last["count"], last["offset"], last["totalCount"]) == (1, 4, 5)
    assert beyond == {"count": 0, "offset": 10, "totalCount": 5, "submissions": []}
    ids = [s["submissionId"] for page in (first, second, last) for s in page["submissions"]]
    assert ids == [s.submission_id for s in sent]
    assert first["submissions"][0] == {
        "destinationId": destination,
        "submissionId": sent[0].submission_id,
        "caseId": sent[0].case_id,
    }


def test_default_limit_is_100_and_the_maximum_500(sandbox: RunningSandbox) -> None:
    assert _list(sandbox).status_code == 200
    assert _list(sandbox, limit=500).status_code == 200
    for bad in ({"limit": 501}, {"limit": 0}, {"limit": "many"}, {"offset": -1}, {"destinationId": "not-a-uuid"}):
        answer = _list(sandbox, **bad)
        assert answer.status_code == 400, bad
        assert answer.headers["Content-Type"] == "application/problem+json"


def test_incomplete_submissions_are_not_offered(sandbox: RunningSandbox) -> None:
    created = requests.post(
        f"{sandbox.url}/v1/submissions",
        json={"destinationId": sandbox.setup.destination_id, "serviceType": {"identifier": BULKY_WASTE.identifier}},
        headers=sandbox.headers("sender"),
        timeout=TIMEOUT,
    ).json()

    assert _list(sandbox).json()["totalCount"] == 0
    fetch = requests.get(
        f"{sandbox.url}/v1/submissions/{created['submissionId']}", headers=sandbox.headers(), timeout=TIMEOUT
    )
    assert fetch.status_code == 404
    assert fetch.json()["type"] == "https://schema.fitko.de/fit-connect/submission-api/problems/submission-not-found"


def test_get_submission_and_attachment_decrypt_to_what_was_sent(sandbox: RunningSandbox) -> None:
    sent = sandbox.send()[0]
    keys = {sandbox.setup.encryption_kid: sandbox.setup.decryption_key}
    auth = sandbox.headers()

    body = requests.get(f"{sandbox.url}/v1/submissions/{sent.submission_id}", headers=auth, timeout=TIMEOUT).json()
    assert body["destinationId"] == sandbox.setup.destination_id
    assert body["caseId"] == sent.case_id
    assert body["serviceType"] == {"name": BULKY_WASTE.name, "identifier": BULKY_WASTE.identifier}
    assert body["attachments"] == list(sent.attachment_ids)
    metadata = json.loads(decrypt(body["encryptedMetadata"], keys).payload)
    data = decrypt(body["encryptedData"], keys).payload
    assert metadata["contentStructure"]["data"]["hash"]["content"] == sha512_hex(data)

    (attachment_id,) = sent.attachment_ids
    answer = requests.get(
        f"{sandbox.url}/v1/submissions/{sent.submission_id}/attachments/{attachment_id}", headers=auth, timeout=TIMEOUT
    )
    assert answer.headers["Content-Type"] == "application/jose"
    content = decrypt(answer.text, keys).payload
    assert metadata["contentStructure"]["attachments"][0]["hash"]["content"] == sha512_hex(content)


@pytest.mark.parametrize("path", ["/v1/submissions/{unknown}", "/v1/submissions/{sid}/attachments/{unknown}"])
def test_unknown_submissions_and_attachments_are_404(sandbox: RunningSandbox, path: str) -> None:
    sent = sandbox.send()[0]
    url = sandbox.url + path.format(unknown="6f1c1e57-0000-4000-8000-000000000000", sid=sent.submission_id)

    answer = requests.get(url, headers=sandbox.headers(), timeout=TIMEOUT)

    assert answer.status_code == 404
    assert answer.json()["status"] == 404


def test_parallel_senders_and_a_subscriber_do_not_trip_over_each_other(sandbox: RunningSandbox) -> None:
    with ThreadPoolExecutor(max_workers=4) as pool:
        batches = list(pool.map(lambda _: sandbox.send(3), range(4)))
    sent = [s for batch in batches for s in batch]

    with ThreadPoolExecutor(max_workers=4) as pool:
        statuses = list(pool.map(lambda s: sandbox.post_event(s.case_id, sandbox.accept_set(s)).status_code, sent))

    assert statuses == [204] * 12
    assert len({s.submission_id for s in sent}) == 12
    assert _list(sandbox).json()["totalCount"] == 0
