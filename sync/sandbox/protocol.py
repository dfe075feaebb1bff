"""What the local delivery service copies from FIT-Connect v1, and how sure we are of each fact.

The sandbox is meant to be a faithful double of the FIT-Connect Zustelldienst (Submission API v1), so that a sender or
subscriber written against the public documentation works against it unchanged. This module holds the protocol
constants and records where each behaviour comes from.

Confirmed from public material (docs.fitko.de, the submission-api repository and its OpenAPI excerpts, FITKO's
docs changelog, and public SDKs/clients that talk to the real service):

- Token endpoint: ``POST {auth}/token`` with a form body ``grant_type=client_credentials&client_id=…&client_secret=…``
  (client_secret_post, not HTTP Basic); the answer carries ``access_token``, ``token_type`` ``Bearer``,
  ``expires_in`` 1800 and ``scope``. Subscriber scopes look like ``subscribe:destination:{destinationId}``.
- ``POST /v1/submissions`` with ``destinationId``, ``announcedAttachments`` (UUIDv4 chosen by the sender) and
  ``serviceType {name, identifier}`` answers 201 with ``submissionId`` and ``caseId``; only an ``active`` destination
  accepts submissions (problem ``destination-state-invalid``), an unknown one gives ``destination-not-found``.
- ``PUT /v1/submissions/{id}/attachments/{attachmentId}`` takes the compact JWE as ``application/jose`` → 204.
- ``PUT /v1/submissions/{id}`` with ``encryptedMetadata`` and ``encryptedData`` finishes the submission; it succeeds
  only if metadata is present and every announced attachment was uploaded. The submission is then ``submitted``.
- ``GET /v1/submissions`` lists submissions ready for pickup as ``{count, offset, totalCount, submissions:
  [{destinationId, submissionId, caseId}]}``; ``GET /v1/submissions/{id}`` returns the encrypted parts, the
  ``caseId`` and the attachment ids; attachments come back as ``application/jose``.
- ``GET /v1/cases/{caseId}/events`` answers ``{"eventLog": [compact SET, …]}``; ``POST /v1/cases/{caseId}/events``
  takes one SET as ``application/jose``. The service checks it syntactically and its signature against the key the
  subscriber registered for the destination.
- ``GET /v1/destinations/{id}`` carries ``destinationId``, ``status`` (``active``), ``encryptionKid`` and the services
  with ``submissionSchemas [{schemaUri, mimeType}]``; ``GET /v1/destinations/{id}/keys/{kid}`` answers one public JWK
  (``key_ops`` ``wrapKey`` for the encryption key, ``verify`` for the signature key); there is no key-list endpoint.
- The delivery service signs its own SETs (``create-submission``, ``submit-submission``, …) with PS512 and publishes
  the keys at ``/.well-known/jwks.json``; since Zustelldienst 1.2.0 its events carry a ``$schema``.
- Event URIs ``https://schema.fitko.de/fit-connect/events/{create,submit,notify,forward,accept,reject}-submission``.
  SET payload ``$schema`` ``…/set-payload/1.0.0/set-payload.schema.json`` with ``jti``, ``iss`` (the destination id
  for subscriber events), ``iat``, ``sub`` ``submission:{id}``, ``txn`` ``case:{id}``, ``events``. Accept carries
  ``authenticationTags {metadata, data, attachments: {id: tag}}`` (the fifth segment of each compact JWE); reject
  carries ``problems [{type, title, detail, instance}]`` with types below
  ``https://schema.fitko.de/fit-connect/events/problems/``.
- Deadlines: a submission not picked up is rejected by the service with a reject event 14 days after it came in;
  incomplete submissions are deleted after 1 day; picked-up ones after 7 days.
- API errors are RFC 7807 ``problem+json`` with ``type``, ``title``, ``status``; types below
  ``https://schema.fitko.de/fit-connect/submission-api/problems/`` (e.g. ``submission-not-found``,
  ``destination-not-found``, ``destination-state-invalid``). Rate limits come as ``RateLimit-*`` headers and 429.
- Metadata schema 1.0.0 (``https://schema.fitko.de/fit-connect/metadata/1.0.0/metadata.schema.json``):
  ``contentStructure.data.hash {type: sha512, content: 128 hex}``, ``contentStructure.data.submissionSchema
  {schemaUri, mimeType}``, ``contentStructure.attachments [{hash, purpose (form|attachment|report), filename,
  mimeType, attachmentId}]``, ``publicServiceType {name, identifier}``, ``authenticationInformation [{type
  identificationReport, version, content (base64url)}]``, ``paymentInformation {transactionReference, transactionId,
  paymentMethod (GIROPAY|PAYDIRECT|CREDITCARD|PAYPAL|INVOICE|OTHER), status (INITIAL|BOOKED|FAILED|CANCELED),
  grossAmount, transactionTimestamp}``, ``replyChannel`` (exactly one of ``eMail``/``deMail``/``fink``/``elster``),
  ``additionalReferenceInfo {senderReference, applicationDate}``.

Decided here (not established from the public material; change if the real service is shown to differ):

- HTTP status for a submit with missing attachments (422 ``missing-attachments``), for an attachment id that was not
  announced (422 ``attachment-not-announced``), for writing to a submission that is no longer ``incomplete`` (409
  ``submission-state-invalid``); 400 ``invalid-request`` for malformed bodies or query parameters; 415 for a wrong
  content type. The exact problem ``type`` slugs beyond the three confirmed ones are ours.
- The v1 destination calls its service list ``services`` (v2 renamed it ``publicServices``); the sandbox answers both,
  with identical content, because our issue fixes ``publicServices``.
- ``PUT /v1/submissions/{id}`` answers 202 with ``{destinationId, submissionId, caseId}``.
- The service also matches the posted accept's ``authenticationTags`` against what was submitted (the real service is
  documented to check syntax and signature; we are stricter on purpose), and a second accept or reject is 409.
- Problem types of our reject events beyond those the intake tests name from the documentation: ``attachment-too-large``
  (an attachment beyond the subscriber's limit), ``metadata-json-syntax-violation`` (metadata that is no JSON) and
  ``technical-error`` (a submission the subscriber could not process in several passes, see ``sync.intake``).
- The problem type of the 14-day automatic rejection (``…/events/problems/submission-expired``) and the payload of
  ``create-submission`` (empty) and ``submit-submission`` (the ``authenticationTags`` of what was submitted).
- Sender clients are bound to destinations with scope ``send:destination:{destinationId}``; any authenticated client
  may read a destination's public information and keys; only the sender that created a case and the subscriber of its
  destination may read its event log.
- ``caseId`` in ``POST /v1/submissions`` adds the submission to an existing case of the same destination.
- A submission for a service the destination does not offer (``serviceType.identifier`` not among its services) is
  refused at creation with 422 ``service-not-offered`` (FIT-Connect refuses such submissions; the slug is ours).
- Subscriber-side ``GET`` of a submission works while it is ``submitted``, ``accepted`` or rejected by the subscriber;
  an automatically rejected (expired) submission can no longer be fetched (404), as the deadline page says.
- ``RateLimit-Reset`` is the number of seconds until the window resets (IETF draft semantics); ``Retry-After`` is set
  on 429.
- Access tokens are opaque random strings (the real service issues JWTs; clients must not look inside either way).
- Not emulated: the routing API, callbacks, ``notify-submission``/``forward-submission``, deletion after 1/7/21 days,
  replies (``/v1/replies``), certificate chains (``x5c``) on keys, destination management endpoints.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

SUBMISSION_API_PROBLEMS: Final = "https://schema.fitko.de/fit-connect/submission-api/problems/"
EVENT_PROBLEMS: Final = "https://schema.fitko.de/fit-connect/events/problems/"
EVENTS: Final = "https://schema.fitko.de/fit-connect/events/"

CREATE_SUBMISSION: Final = EVENTS + "create-submission"
SUBMIT_SUBMISSION: Final = EVENTS + "submit-submission"
ACCEPT_SUBMISSION: Final = EVENTS + "accept-submission"
REJECT_SUBMISSION: Final = EVENTS + "reject-submission"
SUBSCRIBER_EVENTS: Final = frozenset({ACCEPT_SUBMISSION, REJECT_SUBMISSION})

METADATA_SCHEMA_1_0_0: Final = "https://schema.fitko.de/fit-connect/metadata/1.0.0/metadata.schema.json"
SUPPORTED_METADATA_VERSIONS: Final = ("1.0.0",)

EXPIRED_PROBLEM_TYPE: Final = EVENT_PROBLEMS + "submission-expired"
PICKUP_DEADLINE: Final = dt.timedelta(days=14)

TOKEN_LIFETIME_SECONDS: Final = 1800
DEFAULT_LIMIT: Final = 100
MAX_LIMIT: Final = 500

JOSE: Final = "application/jose"
PROBLEM_JSON: Final = "application/problem+json"


def subscriber_scope(destination_id: str) -> str:
    return f"subscribe:destination:{destination_id}"


def sender_scope(destination_id: str) -> str:
    return f"send:destination:{destination_id}"
