"""Our FIT-Connect metadata schema accepts what a portal sends and refuses what makes a submission unusable."""

from __future__ import annotations

import copy
import datetime as dt
import json
import random
import uuid
import warnings
from importlib import resources
from typing import Any

import jsonschema
import pytest

from sync.portal_demo.submissions import SPECIALISED_DEMO_SERVICES, DemoSubmission, demo_submission
from sync.sandbox.submission_content import SubmissionContent, build_metadata

TODAY = dt.date(2026, 3, 2)


OFFICIAL = "fitko-metadata-1.0.0.schema.json"


def _validator(name: str = "metadata.schema.json") -> jsonschema.protocols.Validator:
    text = resources.files("sync.fitconnect.schemas").joinpath(name).read_text(encoding="utf-8")
    schema = json.loads(text)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def test_the_shipped_official_schema_is_fitkos_own() -> None:
    """Byte for byte the schema the official FIT-Connect Python SDK ships (its source, see SOURCE.md)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        sdk_copy = resources.files("fitconnect").joinpath("schema/metadata.schema.v1.0.0.json").read_bytes()
    ours = resources.files("sync.fitconnect.schemas").joinpath(OFFICIAL).read_bytes()
    assert ours == sdk_copy
    assert json.loads(ours)["$id"] == "https://schema.fitko.de/fit-connect/metadata/1.0.0/metadata.schema.json"


@pytest.mark.parametrize("service_key", [*SPECIALISED_DEMO_SERVICES, "residence_certificate"])
def test_metadata_of_demo_submissions_passes_the_official_schema(service_key: str) -> None:
    validator = _validator(OFFICIAL)
    for seed in range(10):
        metadata = _metadata(demo_submission(random.Random(seed), service_key, today=TODAY))
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(metadata)]
        assert not errors, errors


def test_the_intake_checks_the_official_schema_first() -> None:
    """Both schemas guard the intake, FITKO's first: each refuses something the other lets through (the hostile
    corpus sends such a submission through the whole intake)."""
    from sync.submission_check import metadata_validators  # noqa: PLC0415

    official, ours = metadata_validators()
    assert official.schema["$id"].startswith("https://schema.fitko.de/")
    only_official = _paid_metadata()
    only_official["paymentInformation"]["paymentMethodDetail"] = "Visa Gold!"  # FITKO: ^[\\w\\d-]+$
    assert ours.is_valid(only_official)
    assert not official.is_valid(only_official)
    only_ours = _paid_metadata()
    only_ours["$schema"] = "https://schema.fitko.de/fit-connect/metadata/2.0.0/metadata.schema.json"
    assert official.is_valid(only_ours)
    assert not ours.is_valid(only_ours)


def _metadata(demo: DemoSubmission) -> dict[str, Any]:
    content = SubmissionContent(
        service_name=demo.service_name,
        service_identifier=demo.service_identifier,
        schema_uri=demo.schema_uri,
        form_data=demo.form_data,
        attachments=demo.attachments,
        payment=demo.payment,
        identification=demo.identification,
        reply_email=demo.reply_email,
        sender_reference=demo.sender_reference,
        application_date=demo.application_date,
    )
    ids = [(str(uuid.uuid4()), attachment.content) for attachment in demo.attachments]
    return build_metadata(content, content.data_bytes(), ids)


@pytest.mark.parametrize("service_key", [*SPECIALISED_DEMO_SERVICES, "residence_certificate"])
def test_metadata_of_demo_submissions_is_valid(service_key: str) -> None:
    validator = _validator()
    for seed in range(10):
        metadata = _metadata(demo_submission(random.Random(seed), service_key, today=TODAY))
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(metadata)]
        assert not errors, errors


def _paid_metadata() -> dict[str, Any]:
    for seed in range(50):
        demo = demo_submission(random.Random(seed), "birth_certificate", today=TODAY)
        if demo.payment and demo.attachments and demo.identification and demo.reply_email:
            return _metadata(demo)
    raise AssertionError("no demo with payment, attachments, identification and reply address")


def _without(path: list[str]) -> Any:
    def change(metadata: dict[str, Any]) -> None:
        target = metadata
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return change


def _set(path: list[Any], value: Any) -> Any:
    def change(metadata: dict[str, Any]) -> None:
        target = metadata
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


@pytest.mark.parametrize(
    "change",
    [
        _without(["contentStructure"]),
        _without(["contentStructure", "attachments"]),
        _without(["contentStructure", "data", "hash"]),
        _without(["contentStructure", "data", "submissionSchema", "schemaUri"]),
        _set(["contentStructure", "data", "hash", "content"], "ab" * 32),  # SHA-256 length, not SHA-512
        _set(["contentStructure", "data", "hash", "type"], "sha256"),
        _set(["contentStructure", "data", "submissionSchema", "mimeType"], "text/plain"),
        _set(["contentStructure", "attachments", 0, "purpose"], "scan"),
        _set(["contentStructure", "attachments", 0, "attachmentId"], "not-a-uuid"),
        _without(["contentStructure", "attachments", 0, "hash"]),
        _set(["paymentInformation", "status"], "PAID"),
        _set(["paymentInformation", "paymentMethod"], "CASH"),
        _set(["paymentInformation", "transactionId"], "x" * 37),
        _without(["paymentInformation", "transactionId"]),
        _set(["authenticationInformation", 0, "type"], "password"),
        _set(["replyChannel"], {"eMail": {"address": "a@example.org"}, "deMail": {"address": "a@example.de-mail.de"}}),
        _set(["replyChannel", "eMail", "address"], "kein-at-zeichen"),
        _set(["$schema"], "https://schema.fitko.de/fit-connect/metadata/2.0.0/metadata.schema.json"),
        _set(["additionalReferenceInfo", "applicationDate"], "02.03.2026"),
    ],
)
def test_broken_metadata_is_refused(change: Any) -> None:
    metadata = _paid_metadata()
    assert _validator().is_valid(metadata)
    broken = copy.deepcopy(metadata)
    change(broken)
    assert not _validator().is_valid(broken)


def test_metadata_without_optional_parts_and_from_later_1x_versions_is_accepted() -> None:
    minimal = {
        "contentStructure": {
            "data": {
                "hash": {"type": "sha512", "content": "0" * 128},
                "submissionSchema": {
                    "schemaUri": "https://schema.fitko.de/fim/s00000000.schema.json",
                    "mimeType": "application/json",
                },
            },
            "attachments": [],
        }
    }
    assert _validator().is_valid(minimal)
    later = copy.deepcopy(minimal) | {
        "$schema": "https://schema.fitko.de/fit-connect/metadata/1.3.0/metadata.schema.json",
        "replyChannel": {"fitConnect": {"processStandards": ["urn:xoev-de:bmk:standard:xbau_2.4"]}},
    }
    assert _validator().is_valid(later)
