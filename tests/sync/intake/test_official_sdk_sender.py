"""What real senders put on the wire becomes a case: a submission sent by the official FIT-Connect Python SDK.

The SDK (``fitconnect`` 0.4.2, FITKO, EUPL-1.2) compresses every payload (``zip: DEF``), labels every one
``cty: application/json`` — the PDF attachment too —, names the destination key by its RFC 7638 thumbprint
instead of its ``kid``, lists attachments without a file name and adds ``additionalReferenceInfo.submissionDate``
to the metadata. The SDK talks to the local delivery service exactly as it would to FIT-Connect's test
environment; only its two base URLs are pointed at the sandbox.
"""

from __future__ import annotations

import json
import random
import warnings
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from models.cases import Case
from models.db import Database
from sync.fitconnect.crypto import generate_encryption_key, jwe_header, verify_set
from sync.portal_demo.submissions import demo_submission
from sync.sync_pass import run_pass
from tests.sync.intake.helpers import ACCEPT, Destination, catalogue_destination
from tests.sync.sandbox.helpers import START, SandboxKeys

PDF = b"%PDF-1.4\n% a citizen's scan\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def _sdk() -> Any:
    with warnings.catch_warnings():  # the 2022 package has regexes with invalid escapes
        warnings.simplefilter("ignore")
        import fitconnect  # noqa: PLC0415 - a test-only dependency, loaded where it is used

    return fitconnect


@pytest.fixture(scope="module")
def sdk_keys(intake_keys: SandboxKeys) -> SandboxKeys:
    """The SDK refuses encryption keys below 4096 bits, as FIT-Connect prescribes."""
    return SandboxKeys(intake_keys.service, generate_encryption_key(size=4096), intake_keys.signing)


@pytest.fixture
def sdk_destination(sdk_keys: SandboxKeys) -> Iterator[Destination]:
    with catalogue_destination(sdk_keys) as running:
        yield running


def test_a_submission_from_the_official_python_sdk_becomes_a_case(db: Database, sdk_destination: Destination) -> None:
    fitconnect = _sdk()
    demo = demo_submission(random.Random(5), "dog_registration", today=START.date())
    setup = sdk_destination.setup
    sender = fitconnect.FITConnectClient(
        fitconnect.Environment.TESTING, setup.sender.client_id, setup.sender.client_secret
    )
    sender.token_url = setup.token_url
    sender.submission_api_url = setup.submission_api + "/v1"
    answer = sender.submission(
        setup.destination_id,
        demo.service_identifier,
        data=demo.form_data,
        data_schema={"schemaUri": demo.schema_uri, "mimeType": "application/json"},
        attachments=[PDF],
    )
    submission_id = answer["submissionId"]

    (stored,) = [s for s in sdk_destination.state.submissions() if s.submission_id == submission_id]
    assert stored.encrypted_metadata is not None
    for jwe in (stored.encrypted_metadata, stored.encrypted_data, *stored.attachments.values()):
        assert jwe is not None
        header = jwe_header(jwe)
        assert (header["zip"], header["cty"]) == ("DEF", "application/json")
        assert header["kid"] != sdk_destination.keys.encryption.kid  # the thumbprint, not our kid

    with sdk_destination.client() as client:
        summary = run_pass(db, client, sdk_destination.intake(db, client))
    assert (summary.new_cases, summary.rejected, summary.held) == (1, 0, 0)
    with db.read() as session:
        case = session.scalars(
            select(Case).where(Case.submission_id == submission_id).options(selectinload(Case.attachments))
        ).one()
        assert case.service.key == "dog_registration"
        assert case.form_data == json.loads(json.dumps(demo.form_data))
        (attachment,) = case.attachments
        assert attachment.size == len(PDF)
        assert attachment.media_type == "application/pdf"
    (accepted,) = sdk_destination.decisions(ACCEPT)
    claims = verify_set(accepted.token, sdk_destination.keys.signing.public)
    assert claims["sub"] == f"submission:{submission_id}"
