"""Subscriber side (Fachverfahren): list and fetch submissions, read and write the case event log."""

from __future__ import annotations

from flask import Blueprint, Response, request

from sync.sandbox.http_support import (
    calling_client,
    int_query,
    json_response,
    require_content_type,
    sandbox_state,
    text_body,
)
from sync.sandbox.payloads import check_uuid
from sync.sandbox.protocol import DEFAULT_LIMIT, JOSE, MAX_LIMIT

subscriber = Blueprint("subscriber", __name__)


@subscriber.get("/v1/submissions")
def list_submissions() -> Response:
    client = calling_client()
    destination_id = request.args.get("destinationId")
    if destination_id is not None:
        destination_id = check_uuid(destination_id, "destinationId")
    limit = int_query("limit", DEFAULT_LIMIT, 1, MAX_LIMIT)
    offset = int_query("offset", 0, 0, 2**31)
    total, page = sandbox_state().list_submissions(client, destination_id, limit, offset)
    return json_response(
        {
            "count": len(page),
            "offset": offset,
            "totalCount": total,
            "submissions": [submission.reference() for submission in page],
        }
    )


@subscriber.get("/v1/submissions/<submission_id>")
def get_submission(submission_id: str) -> Response:
    submission = sandbox_state().fetch_submission(calling_client(), submission_id)
    body = {
        **submission.reference(),
        "serviceType": {"name": submission.service_type.name, "identifier": submission.service_type.identifier},
        "encryptedMetadata": submission.encrypted_metadata,
        "attachments": list(submission.announced_attachments),
    }
    if submission.encrypted_data is not None:
        body["encryptedData"] = submission.encrypted_data
    return json_response(body)


@subscriber.get("/v1/submissions/<submission_id>/attachments/<attachment_id>")
def get_attachment(submission_id: str, attachment_id: str) -> Response:
    jwe = sandbox_state().fetch_attachment(calling_client(), submission_id, attachment_id)
    return Response(jwe, status=200, mimetype=JOSE)


@subscriber.get("/v1/cases/<case_id>/events")
def read_event_log(case_id: str) -> Response:
    return json_response({"eventLog": sandbox_state().event_log(calling_client(), case_id)})


@subscriber.post("/v1/cases/<case_id>/events")
def post_event(case_id: str) -> Response:
    client = calling_client()
    require_content_type(JOSE)
    sandbox_state().post_event(client, case_id, text_body())
    return Response(status=204)
