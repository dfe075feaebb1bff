"""Sender side (Onlinedienst): announce a submission, upload its attachments, submit metadata and data."""

from __future__ import annotations

from flask import Blueprint, Response

from sync.sandbox.http_support import (
    calling_client,
    json_object_body,
    json_response,
    require_content_type,
    sandbox_state,
    text_body,
)
from sync.sandbox.model import ServiceType
from sync.sandbox.payloads import check_compact_jwe, check_uuid
from sync.sandbox.problems import bad_request
from sync.sandbox.protocol import JOSE

sender = Blueprint("sender", __name__)


@sender.post("/v1/submissions")
def create_submission() -> Response:
    client = calling_client()
    body = json_object_body()
    destination_id = check_uuid(body.get("destinationId"), "destinationId")
    service = body.get("serviceType")
    if not isinstance(service, dict) or not isinstance(service.get("identifier"), str) or not service["identifier"]:
        raise bad_request("serviceType must be an object with an identifier")
    name = service.get("name", "")
    if not isinstance(name, str):
        raise bad_request("serviceType.name must be a string")
    announced = body.get("announcedAttachments", [])
    if not isinstance(announced, list):
        raise bad_request("announcedAttachments must be a list of UUIDs")
    attachment_ids = [check_uuid(value, "announcedAttachments[]") for value in announced]
    case_id = body.get("caseId")
    if case_id is not None:
        case_id = check_uuid(case_id, "caseId")
    submission = sandbox_state().create_submission(
        client, destination_id, ServiceType(name=name, identifier=service["identifier"]), attachment_ids, case_id
    )
    return json_response(submission.reference(), status=201)


@sender.put("/v1/submissions/<submission_id>/attachments/<attachment_id>")
def upload_attachment(submission_id: str, attachment_id: str) -> Response:
    client = calling_client()
    require_content_type(JOSE)
    jwe = check_compact_jwe(text_body(), "the attachment")
    sandbox_state().upload_attachment(client, submission_id, attachment_id, jwe)
    return Response(status=204)


@sender.put("/v1/submissions/<submission_id>")
def submit_submission(submission_id: str) -> Response:
    client = calling_client()
    body = json_object_body()
    metadata = check_compact_jwe(body.get("encryptedMetadata"), "encryptedMetadata")
    data = body.get("encryptedData")
    if data is not None:
        data = check_compact_jwe(data, "encryptedData")
    submission = sandbox_state().submit(client, submission_id, metadata, data)
    return json_response(submission.reference(), status=202)
