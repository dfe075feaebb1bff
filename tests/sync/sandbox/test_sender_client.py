"""The portal-side sender: correct metadata, real encryption, and each deliberate defect as a subscriber sees it."""

from __future__ import annotations

import base64
import datetime as dt
import json
from decimal import Decimal
from typing import Any

import pytest
import requests

from sync.fitconnect.crypto import CryptoError, decrypt, jwe_header, sha512_hex
from sync.sandbox.sender import SenderClient, SenderError
from sync.sandbox.submission_content import (
    AttachmentPurpose,
    IdentificationReport,
    OutgoingAttachment,
    PaymentInformation,
    PaymentMethod,
    PaymentStatus,
)
from sync.sandbox.submission_encryption import Defect
from tests.sync.sandbox.helpers import BULKY_WASTE, DOG_REGISTRATION, TIMEOUT, RunningSandbox

DOG = {"dog": {"name": "Bruno", "breed": "Labrador", "chip": "276098106123456"}, "keeper": {"familyName": "Gößmann"}}
ATTACHMENTS = [
    OutgoingAttachment("Antrag.pdf", "application/pdf", b"%PDF-1.7 form", purpose=AttachmentPurpose.FORM),
    OutgoingAttachment("Versicherung.pdf", "application/pdf", b"%PDF-1.7 insurance", description="Haftpflicht"),
]


def _fetch(sandbox: RunningSandbox, submission_id: str) -> dict[str, Any]:
    headers = sandbox.headers()
    body: dict[str, Any] = requests.get(
        f"{sandbox.url}/v1/submissions/{submission_id}", headers=headers, timeout=TIMEOUT
    ).json()
    body["attachmentJwes"] = {
        aid: requests.get(
            f"{sandbox.url}/v1/submissions/{submission_id}/attachments/{aid}", headers=headers, timeout=TIMEOUT
        ).text
        for aid in body["attachments"]
    }
    return body


def _keys(sandbox: RunningSandbox) -> dict[str, dict[str, Any]]:
    return {sandbox.setup.encryption_kid: sandbox.setup.decryption_key}


def test_metadata_describes_data_attachments_payment_and_identification(sandbox: RunningSandbox) -> None:
    with sandbox.portal() as portal:
        sent = portal.send(
            sandbox.setup.destination_id,
            DOG_REGISTRATION.identifier,
            DOG,
            ATTACHMENTS,
            payment=PaymentInformation(
                transaction_id="9xxd-432x-6543",
                transaction_reference="KZ-2026-000123",
                payment_method=PaymentMethod.CREDITCARD,
                status=PaymentStatus.BOOKED,
                gross_amount=Decimal("12.5"),
                transaction_timestamp=dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC),
            ),
            identification=IdentificationReport({"levelOfAssurance": "substantial", "familyName": "Gößmann"}),
            reply_email="g.goessmann@example.org",
            sender_reference="PORTAL-4711",
            application_date=dt.date(2026, 3, 1),
        )
    fetched = _fetch(sandbox, sent.submission_id)
    metadata = json.loads(decrypt(fetched["encryptedMetadata"], _keys(sandbox)).payload)
    data = decrypt(fetched["encryptedData"], _keys(sandbox)).payload

    assert metadata == sent.content.metadata
    assert metadata["$schema"] == "https://schema.fitko.de/fit-connect/metadata/1.0.0/metadata.schema.json"
    assert metadata["publicServiceType"] == {"name": DOG_REGISTRATION.name, "identifier": DOG_REGISTRATION.identifier}
    structure = metadata["contentStructure"]
    assert structure["data"]["hash"] == {"type": "sha512", "content": sha512_hex(data)}
    assert structure["data"]["submissionSchema"] == {
        "schemaUri": DOG_REGISTRATION.schema_uri,
        "mimeType": "application/json",
    }
    assert json.loads(data) == DOG
    listed = {a["attachmentId"]: a for a in structure["attachments"]}
    assert list(listed) == list(fetched["attachments"]) == list(sent.attachment_ids)
    for (attachment_id, jwe), original in zip(fetched["attachmentJwes"].items(), ATTACHMENTS, strict=True):
        content = decrypt(jwe, _keys(sandbox))
        assert content.payload == original.content
        assert content.content_type == original.mime_type
        assert listed[attachment_id]["hash"] == {"type": "sha512", "content": sha512_hex(original.content)}
        assert listed[attachment_id]["filename"] == original.filename
        assert listed[attachment_id]["purpose"] == original.purpose.value
    assert listed[sent.attachment_ids[1]]["description"] == "Haftpflicht"
    assert metadata["paymentInformation"] == {
        "transactionId": "9xxd-432x-6543",
        "transactionReference": "KZ-2026-000123",
        "paymentMethod": "CREDITCARD",
        "status": "BOOKED",
        "grossAmount": 12.5,
        "transactionTimestamp": "2026-03-02T09:30:00+00:00",
    }
    (report,) = metadata["authenticationInformation"]
    assert (report["type"], report["version"]) == ("identificationReport", "1.0.0")
    decoded = json.loads(base64.urlsafe_b64decode(report["content"] + "=" * (-len(report["content"]) % 4)))
    assert decoded["levelOfAssurance"] == "substantial"
    assert metadata["replyChannel"] == {"eMail": {"address": "g.goessmann@example.org"}}
    assert metadata["additionalReferenceInfo"] == {"senderReference": "PORTAL-4711", "applicationDate": "2026-03-01"}


def test_a_service_the_destination_does_not_offer_is_refused(sandbox: RunningSandbox) -> None:
    with sandbox.portal() as portal:
        with pytest.raises(SenderError, match="does not offer"):
            portal.send(sandbox.setup.destination_id, "urn:de:lindenbrueck:leistung:unknown", {"x": 1})
        with pytest.raises(SenderError) as refused:  # the service refuses it even when the sender insists
            portal.send(
                sandbox.setup.destination_id,
                "urn:de:lindenbrueck:leistung:unknown",
                {"x": 1},
                schema_uri="https://schema.amtsstube.example/unknown/1.0.schema.json",
            )
    assert refused.value.status == 422
    assert refused.value.problem["type"].endswith("/service-not-offered")
    assert sandbox.state.submissions() == []


def test_refusals_of_the_api_surface_as_sender_errors(sandbox: RunningSandbox) -> None:
    setup = sandbox.setup
    portal = SenderClient(setup.submission_api, setup.token_url, setup.sender.client_id, "wrong")
    with portal, pytest.raises(SenderError) as refused:
        portal.destination(setup.destination_id)
    assert refused.value.status == 401
    assert refused.value.problem["error"] == "invalid_client"


def _send_broken(sandbox: RunningSandbox, defect: Defect) -> dict[str, Any]:
    with sandbox.portal() as portal:
        sent = portal.send(sandbox.setup.destination_id, BULKY_WASTE.identifier, DOG, ATTACHMENTS, defect=defect)
    fetched = _fetch(sandbox, sent.submission_id)
    fetched["sent"] = sent
    return fetched


def _metadata(sandbox: RunningSandbox, fetched: dict[str, Any]) -> dict[str, Any]:
    metadata: dict[str, Any] = json.loads(decrypt(fetched["encryptedMetadata"], _keys(sandbox)).payload)
    return metadata


def test_data_hash_mismatch(sandbox: RunningSandbox) -> None:
    fetched = _send_broken(sandbox, Defect.DATA_HASH_MISMATCH)
    data = decrypt(fetched["encryptedData"], _keys(sandbox)).payload

    assert _metadata(sandbox, fetched)["contentStructure"]["data"]["hash"]["content"] != sha512_hex(data)


def test_attachment_hash_mismatch(sandbox: RunningSandbox) -> None:
    fetched = _send_broken(sandbox, Defect.ATTACHMENT_HASH_MISMATCH)
    listed = _metadata(sandbox, fetched)["contentStructure"]["attachments"]
    actual = [sha512_hex(decrypt(jwe, _keys(sandbox)).payload) for jwe in fetched["attachmentJwes"].values()]

    assert [entry["hash"]["content"] == digest for entry, digest in zip(listed, actual, strict=True)] == [False, True]


@pytest.mark.parametrize(
    ("defect", "part"),
    [
        (Defect.UNDECRYPTABLE_METADATA, "metadata"),
        (Defect.UNDECRYPTABLE_DATA, "data"),
        (Defect.UNDECRYPTABLE_ATTACHMENT, "attachment"),
    ],
)
def test_undecryptable_parts_name_the_right_kid_but_do_not_decrypt(
    sandbox: RunningSandbox, defect: Defect, part: str
) -> None:
    fetched = _send_broken(sandbox, defect)
    jwe = {
        "metadata": fetched["encryptedMetadata"],
        "data": fetched["encryptedData"],
        "attachment": next(iter(fetched["attachmentJwes"].values())),
    }[part]

    assert jwe_header(jwe)["kid"] == sandbox.setup.encryption_kid
    with pytest.raises(CryptoError) as failed:
        decrypt(jwe, _keys(sandbox))
    assert failed.value.reason == "decryption_failed"


def test_wrong_kid(sandbox: RunningSandbox) -> None:
    fetched = _send_broken(sandbox, Defect.WRONG_KID)

    with pytest.raises(CryptoError) as failed:
        decrypt(fetched["encryptedData"], _keys(sandbox))
    assert failed.value.reason == "unknown_key"


def test_schema_invalid_data_still_matches_its_hash(sandbox: RunningSandbox) -> None:
    fetched = _send_broken(sandbox, Defect.SCHEMA_INVALID_DATA)
    data = decrypt(fetched["encryptedData"], _keys(sandbox)).payload

    assert isinstance(json.loads(data), list)
    assert _metadata(sandbox, fetched)["contentStructure"]["data"]["hash"]["content"] == sha512_hex(data)


def test_invalid_metadata_lacks_the_content_structure(sandbox: RunningSandbox) -> None:
    fetched = _send_broken(sandbox, Defect.INVALID_METADATA)

    assert "contentStructure" not in _metadata(sandbox, fetched)


def test_missing_attachment_is_listed_in_metadata_but_not_in_the_submission(sandbox: RunningSandbox) -> None:
    fetched = _send_broken(sandbox, Defect.MISSING_ATTACHMENT)
    listed = [a["attachmentId"] for a in _metadata(sandbox, fetched)["contentStructure"]["attachments"]]

    assert len(listed) == len(fetched["attachments"]) + 1
    assert set(fetched["attachments"]) < set(listed)


def test_defects_that_need_an_attachment_say_so(sandbox: RunningSandbox) -> None:
    with sandbox.portal() as portal, pytest.raises(ValueError, match="at least one attachment"):
        portal.send(sandbox.setup.destination_id, BULKY_WASTE.identifier, DOG, defect=Defect.ATTACHMENT_HASH_MISMATCH)
