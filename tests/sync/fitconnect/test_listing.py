"""Listing (limit/offset pagination), fetching submissions, destinations, keys and event logs."""

from __future__ import annotations

import pytest

from sync.fitconnect.client import EventPostOutcome, SubscriberClient
from sync.fitconnect.crypto import sign_set
from sync.fitconnect.errors import DeliveryServiceRefused
from sync.sandbox.protocol import REJECT_SUBMISSION
from tests.sync.fitconnect.helpers import seed_submissions
from tests.sync.sandbox.helpers import SERVICES, RunningSandbox

PROBLEM = {
    "type": "https://schema.fitko.de/fit-connect/events/problems/encryption-issue",
    "title": "Entschlüsselung fehlgeschlagen",
    "detail": "Die Metadaten konnten nicht entschlüsselt werden.",
    "instance": "metadata",
}


def test_250_submissions_in_pages_of_100(client: SubscriberClient, sandbox: RunningSandbox) -> None:
    ids = seed_submissions(sandbox, 250)
    client.token()

    refs = list(client.submissions(sandbox.setup.destination_id, page_size=100))

    assert [ref.submission_id for ref in refs] == ids
    assert {ref.destination_id for ref in refs} == {sandbox.setup.destination_id}
    assert client.requests_made == 1 + 3  # token, then pages of 100, 100 and 50


def test_a_full_last_page_needs_no_extra_request(client: SubscriberClient, sandbox: RunningSandbox) -> None:
    seed_submissions(sandbox, 200)
    client.token()

    assert len(list(client.submissions(sandbox.setup.destination_id, page_size=100))) == 200
    assert client.requests_made == 1 + 2


def test_an_empty_pass_with_a_cached_token_costs_one_request(client: SubscriberClient, sandbox: RunningSandbox) -> None:
    client.token()
    before = client.requests_made

    assert list(client.submissions(sandbox.setup.destination_id)) == []
    assert client.requests_made - before == 1


def test_a_first_pass_costs_at_most_two_requests(client: SubscriberClient, sandbox: RunningSandbox) -> None:
    assert list(client.submissions(sandbox.setup.destination_id)) == []
    assert client.requests_made == 2


def test_deciding_submissions_while_iterating_skips_none(client: SubscriberClient, sandbox: RunningSandbox) -> None:
    """Offset pagination over a list that shrinks as we decide would skip entries; the client reads all pages first."""
    ids = seed_submissions(sandbox, 30)
    seen = []
    for ref in client.submissions(sandbox.setup.destination_id, page_size=10):
        seen.append(ref.submission_id)
        reject = sign_set(
            sandbox.setup.signing_key,
            issuer=sandbox.setup.destination_id,
            submission_id=ref.submission_id,
            case_id=ref.case_id,
            event=REJECT_SUBMISSION,
            event_payload={"problems": [PROBLEM]},
        )
        assert client.post_event(ref.case_id, reject) is EventPostOutcome.ACCEPTED_BY_SERVICE

    assert seen == ids
    assert list(client.submissions(sandbox.setup.destination_id)) == []


def test_page_size_is_bounded_by_the_api(client: SubscriberClient, sandbox: RunningSandbox) -> None:
    for page_size in (0, 501):
        with pytest.raises(ValueError, match="page_size"):
            client.submissions(sandbox.setup.destination_id, page_size=page_size)
    assert client.requests_made == 0


def test_a_submission_envelope(client: SubscriberClient, sandbox: RunningSandbox) -> None:
    [sent] = sandbox.send(1)

    envelope = client.submission(sent.submission_id)

    assert envelope.submission_id == sent.submission_id
    assert envelope.case_id == sent.case_id
    assert envelope.destination_id == sandbox.setup.destination_id
    assert envelope.service_name == "Sperrmüllabholung anmelden"
    assert envelope.service_identifier == "urn:de:lindenbrueck:leistung:bulky_waste_pickup"
    assert envelope.encrypted_metadata == sent.content.encrypted_metadata
    assert envelope.encrypted_data == sent.content.encrypted_data
    assert envelope.attachment_ids == sent.attachment_ids
    with pytest.raises(AttributeError):
        envelope.case_id = "x"  # type: ignore[misc]


def test_destination_key_and_event_log(client: SubscriberClient, sandbox: RunningSandbox) -> None:
    [sent] = sandbox.send(1)
    setup = sandbox.setup

    destination = client.destination(setup.destination_id)
    key = client.destination_key(setup.destination_id, destination["encryptionKid"])
    log = client.event_log(sent.case_id)

    assert [service["identifier"] for service in destination["publicServices"]] == [s.identifier for s in SERVICES]
    assert key["kid"] == setup.encryption_kid
    assert "wrapKey" in key["key_ops"]
    assert "d" not in key  # public half only
    assert len(log) == 2  # create-submission and submit-submission, signed by the service
    assert all(token.count(".") == 2 for token in log)


def test_an_unknown_submission_is_a_404_refusal_without_retry(client: SubscriberClient) -> None:
    client.token()

    with pytest.raises(DeliveryServiceRefused) as refused:
        client.submission("3d8e3c4e-2b7a-4f61-9a43-8f9d8c7b6a5e")

    assert refused.value.status == 404
    assert (
        refused.value.problem_type == "https://schema.fitko.de/fit-connect/submission-api/problems/submission-not-found"
    )
    assert refused.value.path == "/v1/submissions/3d8e3c4e-2b7a-4f61-9a43-8f9d8c7b6a5e"
    assert client.requests_made == 2
