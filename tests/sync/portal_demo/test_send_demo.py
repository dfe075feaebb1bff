"""Demo submissions through the sandbox: a portal sends them, the subscriber side lists, decrypts and validates them."""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources
from typing import Any

import jsonschema
import pytest
import requests

from models.services.registry import schema_for_uri
from sync.fitconnect.crypto import decrypt, sha512_hex
from sync.portal_demo.submissions import (
    SPECIALISED_DEMO_SERVICES,
    send_benchmark_submissions,
    send_demo_batch,
    send_demo_submissions,
    service_identifier,
)
from sync.sandbox.sender import SentSubmission
from tests.sync.sandbox.helpers import TIMEOUT, RunningSandbox

TODAY = dt.date(2026, 3, 2)


def _listed(sandbox: RunningSandbox) -> list[str]:
    answer = requests.get(
        f"{sandbox.url}/v1/submissions",
        params={"destinationId": sandbox.setup.destination_id, "limit": 500},
        headers=sandbox.headers(),
        timeout=TIMEOUT,
    ).json()
    assert answer["totalCount"] == answer["count"]
    return [entry["submissionId"] for entry in answer["submissions"]]


def _open(sandbox: RunningSandbox, submission_id: str) -> tuple[dict[str, Any], dict[str, Any], dict[str, bytes]]:
    """Metadata, form data and attachments (by id) of one submission, as a subscriber sees them."""
    headers = sandbox.headers()
    keys = {sandbox.setup.encryption_kid: sandbox.setup.decryption_key}
    url = f"{sandbox.url}/v1/submissions/{submission_id}"
    body = requests.get(url, headers=headers, timeout=TIMEOUT).json()
    metadata = json.loads(decrypt(body["encryptedMetadata"], keys).payload)
    data = json.loads(decrypt(body["encryptedData"], keys).payload)
    attachments = {
        attachment_id: decrypt(
            requests.get(f"{url}/attachments/{attachment_id}", headers=headers, timeout=TIMEOUT).text, keys
        ).payload
        for attachment_id in body["attachments"]
    }
    return metadata, data, attachments


def _metadata_validator() -> jsonschema.protocols.Validator:
    text = resources.files("sync.fitconnect.schemas").joinpath("metadata.schema.json").read_text(encoding="utf-8")
    return jsonschema.Draft202012Validator(json.loads(text), format_checker=jsonschema.FormatChecker())


def test_a_demo_batch_reaches_the_subscriber_valid_and_covering_every_specialised_service(
    town_hall: RunningSandbox,
) -> None:
    with town_hall.portal() as portal:
        sent = send_demo_submissions(portal, town_hall.setup, 15, seed=4, today=TODAY)

    assert _listed(town_hall) == [s.submission_id for s in sent]
    services = set()
    for submission in sent:
        metadata, data, attachments = _open(town_hall, submission.submission_id)
        assert list(_metadata_validator().iter_errors(metadata)) == []
        schema_uri = metadata["contentStructure"]["data"]["submissionSchema"]["schemaUri"]
        schema = schema_for_uri(schema_uri)
        if schema is not None:
            validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
            assert list(validator.iter_errors(data)) == [], schema_uri
        listed = {entry["attachmentId"]: entry for entry in metadata["contentStructure"]["attachments"]}
        assert set(listed) == set(attachments)
        for attachment_id, content in attachments.items():
            assert listed[attachment_id]["hash"]["content"] == sha512_hex(content)
        services.add(metadata["publicServiceType"]["identifier"])
    assert {service_identifier(key) for key in SPECIALISED_DEMO_SERVICES} <= services


def test_benchmark_submissions_carry_one_attachment_of_100_kb(town_hall: RunningSandbox) -> None:
    with town_hall.portal() as portal:
        sent = send_benchmark_submissions(portal, town_hall.setup, 3, seed=9)

    assert _listed(town_hall) == [s.submission_id for s in sent]
    for submission in sent:
        _, _, attachments = _open(town_hall, submission.submission_id)
        assert [len(content) for content in attachments.values()] == [100_000]


def test_the_sandbox_demo_hook_sends_n_submissions(town_hall: RunningSandbox) -> None:
    send_demo_batch(4, town_hall.setup)

    assert len(_listed(town_hall)) == 4


def test_only_services_the_destination_offers_are_mixed_in(sandbox_with_two_services: RunningSandbox) -> None:
    with sandbox_with_two_services.portal() as portal:
        sent: list[SentSubmission] = send_demo_submissions(portal, sandbox_with_two_services.setup, 4)

    identifiers = {
        _open(sandbox_with_two_services, s.submission_id)[0]["publicServiceType"]["identifier"] for s in sent
    }
    assert identifiers == {service_identifier("bulky_waste_pickup"), service_identifier("dog_registration")}


def test_explicit_service_keys_must_be_known(town_hall: RunningSandbox) -> None:
    with town_hall.portal() as portal:
        with pytest.raises(ValueError, match="moon_landing"):
            send_demo_submissions(portal, town_hall.setup, 1, service_keys=["moon_landing"])
        sent = send_demo_submissions(portal, town_hall.setup, 2, service_keys=["death_certificate"], today=TODAY)

    metadata, data, _ = _open(town_hall, sent[0].submission_id)
    assert metadata["publicServiceType"]["identifier"] == service_identifier("death_certificate")
    assert "deceased" in data
