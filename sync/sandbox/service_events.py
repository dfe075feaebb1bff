"""The delivery service's own SETs: created, submitted and (after the pickup deadline) rejected submissions.

They are signed with the service's PS512 key, whose public half is published at ``/.well-known/jwks.json``; ``iss``
is the service's issuer URL, so a reader can tell them from the subscriber's events (``iss`` = destination id).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sync.fitconnect.crypto import KeyPair, authentication_tag, sign_set
from sync.sandbox.model import Submission
from sync.sandbox.protocol import (
    CREATE_SUBMISSION,
    EXPIRED_PROBLEM_TYPE,
    PICKUP_DEADLINE,
    REJECT_SUBMISSION,
    SUBMIT_SUBMISSION,
)


def authentication_tags(submission: Submission) -> dict[str, Any]:
    """The authentication tags (fifth JWE segments) of everything that was submitted, as an accept must carry them."""
    tags: dict[str, Any] = {}
    if submission.encrypted_metadata is not None:
        tags["metadata"] = authentication_tag(submission.encrypted_metadata)
    if submission.encrypted_data is not None:
        tags["data"] = authentication_tag(submission.encrypted_data)
    tags["attachments"] = {
        attachment_id: authentication_tag(jwe) for attachment_id, jwe in sorted(submission.attachments.items())
    }
    return tags


class ServiceEventSigner:
    def __init__(self, key: KeyPair, issuer: str) -> None:
        self.key = key
        self.issuer = issuer

    def _sign(self, submission: Submission, event: str, payload: dict[str, Any], at: dt.datetime) -> str:
        return sign_set(
            self.key.private,
            issuer=self.issuer,
            submission_id=submission.submission_id,
            case_id=submission.case_id,
            event=event,
            event_payload=payload,
            issued_at=int(at.timestamp()),
        )

    def created(self, submission: Submission, at: dt.datetime) -> tuple[str, str]:
        return CREATE_SUBMISSION, self._sign(submission, CREATE_SUBMISSION, {}, at)

    def submitted(self, submission: Submission, at: dt.datetime) -> tuple[str, str]:
        payload = {"authenticationTags": authentication_tags(submission)}
        return SUBMIT_SUBMISSION, self._sign(submission, SUBMIT_SUBMISSION, payload, at)

    def expired(self, submission: Submission, at: dt.datetime) -> tuple[str, str]:
        days = PICKUP_DEADLINE.days
        problem = {
            "type": EXPIRED_PROBLEM_TYPE,
            "title": "Einreichung nicht abgeholt",
            "detail": f"Die Einreichung wurde nicht innerhalb von {days} Tagen vom empfangenden System abgeholt.",
            "instance": "submission",
        }
        return REJECT_SUBMISSION, self._sign(submission, REJECT_SUBMISSION, {"problems": [problem]}, at)

    def jwks(self) -> dict[str, Any]:
        return {"keys": [dict(self.key.public)]}
