"""A sender written only from the public FIT-Connect documentation (requests + jwcrypto, none of our code) works.

This is the faithfulness check of the sandbox: paths, bodies, content types and status codes as documented for the
Submission API v1, JWE with RSA-OAEP-256/A256GCM for the destination's published key, SETs verifiable with the
service's JWKS.
"""

from __future__ import annotations

import hashlib
import json
import uuid

import requests
from jwcrypto import jwe, jwk, jws

from tests.sync.sandbox.helpers import BULKY_WASTE, TIMEOUT, RunningSandbox

FORM = {"pickupAddress": {"street": "Lindenweg", "houseNumber": "4a", "city": "Lindenbrück"}, "items": 3}
PHOTO = b"\xff\xd8\xff\xe0 a photo of an old sofa"


def _encrypt(payload: bytes, key: dict[str, object], content_type: str) -> str:
    header = {"alg": "RSA-OAEP-256", "enc": "A256GCM", "kid": key["kid"], "cty": content_type}
    token = jwe.JWE(payload, protected=json.dumps(header))
    token.add_recipient(jwk.JWK(**key))
    return str(token.serialize(compact=True))


def _send_like_the_documentation(base: str, token_url: str, client_id: str, secret: str, destination_id: str) -> dict:
    token = requests.post(
        token_url,
        data={"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret},
        timeout=TIMEOUT,
    ).json()["access_token"]
    auth = {"Authorization": f"Bearer {token}"}

    destination = requests.get(f"{base}/v1/destinations/{destination_id}", headers=auth, timeout=TIMEOUT).json()
    assert destination["status"] == "active"
    service = next(s for s in destination["services"] if s["identifier"] == BULKY_WASTE.identifier)
    schema = service["submissionSchemas"][0]
    kid = destination["encryptionKid"]
    key = requests.get(f"{base}/v1/destinations/{destination_id}/keys/{kid}", headers=auth, timeout=TIMEOUT).json()
    assert "wrapKey" in key["key_ops"]

    attachment_id = str(uuid.uuid4())
    created = requests.post(
        f"{base}/v1/submissions",
        json={
            "destinationId": destination_id,
            "announcedAttachments": [attachment_id],
            "serviceType": {"name": service["name"], "identifier": service["identifier"]},
        },
        headers=auth,
        timeout=TIMEOUT,
    )
    assert created.status_code == 201, created.text
    submission_id = created.json()["submissionId"]

    uploaded = requests.put(
        f"{base}/v1/submissions/{submission_id}/attachments/{attachment_id}",
        data=_encrypt(PHOTO, key, "image/jpeg"),
        headers={**auth, "Content-Type": "application/jose"},
        timeout=TIMEOUT,
    )
    assert uploaded.status_code == 204, uploaded.text

    data = json.dumps(FORM).encode()
    metadata = {
        "$schema": "https://schema.fitko.de/fit-connect/metadata/1.0.0/metadata.schema.json",
        "contentStructure": {
            "data": {
                "hash": {"type": "sha512", "content": hashlib.sha512(data).hexdigest()},
                "submissionSchema": {"schemaUri": schema["schemaUri"], "mimeType": schema["mimeType"]},
            },
            "attachments": [
                {
                    "attachmentId": attachment_id,
                    "hash": {"type": "sha512", "content": hashlib.sha512(PHOTO).hexdigest()},
                    "purpose": "attachment",
                    "filename": "sofa.jpg",
                    "mimeType": "image/jpeg",
                }
            ],
        },
    }
    submitted = requests.put(
        f"{base}/v1/submissions/{submission_id}",
        json={
            "encryptedMetadata": _encrypt(json.dumps(metadata).encode(), key, "application/json"),
            "encryptedData": _encrypt(data, key, "application/json"),
        },
        headers=auth,
        timeout=TIMEOUT,
    )
    assert submitted.status_code == 202, submitted.text
    assert submitted.json()["submissionId"] == submission_id

    event_log = requests.get(f"{base}/v1/cases/{created.json()['caseId']}/events", headers=auth, timeout=TIMEOUT)
    return {"created": created.json(), "attachment_id": attachment_id, "event_log": event_log.json()["eventLog"]}


def test_documented_sender_flow_works_unchanged(sandbox: RunningSandbox) -> None:
    setup = sandbox.setup
    result = _send_like_the_documentation(
        setup.submission_api, setup.token_url, setup.sender.client_id, setup.sender.client_secret, setup.destination_id
    )
    submission_id = result["created"]["submissionId"]

    auth = sandbox.headers()
    listed = requests.get(
        f"{sandbox.url}/v1/submissions", params={"destinationId": setup.destination_id}, headers=auth, timeout=TIMEOUT
    ).json()
    assert listed["submissions"] == [result["created"]]
    fetched = requests.get(f"{sandbox.url}/v1/submissions/{submission_id}", headers=auth, timeout=TIMEOUT).json()
    assert fetched["attachments"] == [result["attachment_id"]]
    private = jwk.JWK(**setup.decryption_key)
    data = jwe.JWE()
    data.deserialize(fetched["encryptedData"], key=private)
    assert json.loads(data.payload) == FORM
    attachment = requests.get(
        f"{sandbox.url}/v1/submissions/{submission_id}/attachments/{result['attachment_id']}",
        headers=auth,
        timeout=TIMEOUT,
    )
    assert attachment.headers["Content-Type"] == "application/jose"
    photo = jwe.JWE()
    photo.deserialize(attachment.text, key=private)
    assert photo.payload == PHOTO


def test_service_events_verify_with_the_published_jwks(sandbox: RunningSandbox) -> None:
    setup = sandbox.setup
    result = _send_like_the_documentation(
        setup.submission_api, setup.token_url, setup.sender.client_id, setup.sender.client_secret, setup.destination_id
    )
    keys = jwk.JWKSet.from_json(requests.get(f"{sandbox.url}/.well-known/jwks.json", timeout=TIMEOUT).text)

    events = []
    for token in result["event_log"]:
        signed = jws.JWS()
        signed.deserialize(token)
        header = signed.jose_header
        assert header["typ"] == "secevent+jwt"
        assert header["alg"] == "PS512"
        signed.verify(keys.get_key(header["kid"]), alg="PS512")
        claims = json.loads(signed.payload)
        assert claims["iss"] == sandbox.url
        assert claims["sub"] == f"submission:{result['created']['submissionId']}"
        assert claims["txn"] == f"case:{result['created']['caseId']}"
        events.append(claims["events"])

    assert [next(iter(e)) for e in events] == [
        "https://schema.fitko.de/fit-connect/events/create-submission",
        "https://schema.fitko.de/fit-connect/events/submit-submission",
    ]
    tags = events[1]["https://schema.fitko.de/fit-connect/events/submit-submission"]["authenticationTags"]
    assert set(tags) == {"metadata", "data", "attachments"}
    assert list(tags["attachments"]) == [result["attachment_id"]]
