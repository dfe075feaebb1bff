"""Checking a SET that a subscriber posts to a case (accept or reject), before it may change any state.

Every failed check is a 422 problem whose detail names what was wrong; whether the transition itself is allowed
(409) is decided afterwards by the state, under its lock.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sync.fitconnect.crypto import SET_ALG, SET_TYPE, CryptoError, set_header, verify_set
from sync.sandbox.model import Case, Destination, Submission
from sync.sandbox.problems import ApiProblem
from sync.sandbox.protocol import ACCEPT_SUBMISSION, REJECT_SUBMISSION, SUBSCRIBER_EVENTS
from sync.sandbox.service_events import authentication_tags

_REQUIRED_CLAIMS = ("$schema", "jti", "iss", "iat", "sub", "txn", "events")
_PROBLEM_FIELDS = ("type", "title", "detail", "instance")


@dataclass(frozen=True)
class VerifiedEvent:
    submission_id: str
    event: str
    payload: dict[str, Any]
    claims: dict[str, Any]


def invalid_event(detail: str) -> ApiProblem:
    return ApiProblem(422, "event-invalid", detail, title="Unprocessable Entity")


def verify_subscriber_event(
    token: str, destination: Destination, case: Case, submissions: Mapping[str, Submission]
) -> VerifiedEvent:
    """Signature, header and claims of a posted SET; ``submissions`` are the case's submissions by id."""
    try:
        header = set_header(token.strip())
    except CryptoError as error:
        raise invalid_event(f"not a compact JWS: {error}") from error
    if header.get("typ") != SET_TYPE:
        raise invalid_event(f"header typ must be {SET_TYPE!r}")
    if header.get("alg") != SET_ALG:
        raise invalid_event(f"header alg must be {SET_ALG!r}")
    kid = header.get("kid")
    if kid != destination.signature_kid:
        raise invalid_event(f"kid {kid!r} is not the signature key registered for the destination")
    try:
        claims = verify_set(token.strip(), destination.public_keys[destination.signature_kid])
    except CryptoError as error:
        raise invalid_event(f"signature verification failed ({error.reason})") from error

    missing = [name for name in _REQUIRED_CLAIMS if name not in claims]
    if missing:
        raise invalid_event(f"missing claims: {', '.join(missing)}")
    if not isinstance(claims["jti"], str) or not claims["jti"]:
        raise invalid_event("jti must be a non-empty string")
    if not isinstance(claims["iat"], int):
        raise invalid_event("iat must be a number of seconds")
    if claims["iss"] != destination.destination_id:
        raise invalid_event("iss must be the destination id")
    if claims["txn"] != f"case:{case.case_id}":
        raise invalid_event(f"txn must be 'case:{case.case_id}'")
    subject = claims["sub"]
    submission_id = subject.removeprefix("submission:") if isinstance(subject, str) else ""
    if not isinstance(subject, str) or not subject.startswith("submission:") or submission_id not in submissions:
        raise invalid_event("sub must be 'submission:{id}' of a submission in this case")

    events = claims["events"]
    if not isinstance(events, dict) or len(events) != 1:
        raise invalid_event("events must hold exactly one event")
    ((event, payload),) = events.items()
    if event not in SUBSCRIBER_EVENTS:
        raise invalid_event(f"a subscriber may not post {event!r}")
    if not isinstance(payload, dict):
        raise invalid_event("the event payload must be an object")
    if event == ACCEPT_SUBMISSION:
        _check_accept(payload, submissions[submission_id])
    elif event == REJECT_SUBMISSION:
        _check_reject(payload)
    return VerifiedEvent(submission_id=submission_id, event=event, payload=payload, claims=claims)


def _check_accept(payload: dict[str, Any], submission: Submission) -> None:
    tags = payload.get("authenticationTags")
    if not isinstance(tags, dict):
        raise invalid_event("accept-submission must carry authenticationTags")
    expected = authentication_tags(submission)
    for part in ("metadata", "data"):
        if tags.get(part) != expected.get(part):
            raise invalid_event(f"authenticationTags.{part} does not match the submitted {part}")
    if (tags.get("attachments") or {}) != expected["attachments"]:
        raise invalid_event("authenticationTags.attachments do not match the submitted attachments")


def _check_reject(payload: dict[str, Any]) -> None:
    problems = payload.get("problems")
    if not isinstance(problems, list) or not problems:
        raise invalid_event("reject-submission must carry a non-empty problems list")
    for index, problem in enumerate(problems):
        if not isinstance(problem, dict):
            raise invalid_event(f"problems[{index}] must be an object")
        for name in _PROBLEM_FIELDS:
            if not isinstance(problem.get(name), str) or not problem[name]:
                raise invalid_event(f"problems[{index}].{name} must be a non-empty string")
