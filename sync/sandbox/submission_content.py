"""What a portal puts into a FIT-Connect submission: form data, attachments, and the metadata describing them.

The metadata follows FIT-Connect metadata schema 1.0.0 (field names checked against the published schema): hashes
are SHA-512 hex of the unencrypted bytes, attachments are listed with purpose, filename and MIME type, and payment
and identification reports travel in the metadata, not in the form data.
"""

from __future__ import annotations

import base64
import datetime as dt
import enum
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sync.fitconnect.crypto import sha512_hex
from sync.sandbox.protocol import METADATA_SCHEMA_1_0_0


class AttachmentPurpose(enum.StrEnum):
    FORM = "form"  # the portal's PDF rendering of the whole application
    ATTACHMENT = "attachment"  # uploaded by the citizen
    REPORT = "report"  # produced later by the portal


class PaymentMethod(enum.StrEnum):
    GIROPAY = "GIROPAY"
    PAYDIRECT = "PAYDIRECT"
    CREDITCARD = "CREDITCARD"
    PAYPAL = "PAYPAL"
    INVOICE = "INVOICE"
    OTHER = "OTHER"


class PaymentStatus(enum.StrEnum):
    INITIAL = "INITIAL"
    BOOKED = "BOOKED"
    FAILED = "FAILED"
    CANCELED = "CANCELED"


@dataclass(frozen=True)
class OutgoingAttachment:
    filename: str
    mime_type: str
    content: bytes
    purpose: AttachmentPurpose = AttachmentPurpose.ATTACHMENT
    description: str | None = None


@dataclass(frozen=True)
class PaymentInformation:
    transaction_id: str  # assigned by the payment service (≤ 36 characters of [A-Za-z0-9_-])
    transaction_reference: str  # Kassenzeichen / Verwendungszweck
    payment_method: PaymentMethod
    status: PaymentStatus
    gross_amount: Decimal | None = None  # euros, two decimals
    transaction_timestamp: dt.datetime | None = None
    transaction_url: str | None = None

    def as_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "transactionId": self.transaction_id,
            "transactionReference": self.transaction_reference,
            "paymentMethod": self.payment_method.value,
            "status": self.status.value,
        }
        if self.gross_amount is not None:
            body["grossAmount"] = float(self.gross_amount.quantize(Decimal("0.01")))
        if self.transaction_timestamp is not None:
            body["transactionTimestamp"] = self.transaction_timestamp.isoformat()
        if self.transaction_url is not None:
            body["transactionUrl"] = self.transaction_url
        return body


@dataclass(frozen=True)
class IdentificationReport:
    """An identification report (e.g. from a BundID/eID login), carried base64url-encoded in the metadata."""

    report: Mapping[str, Any]  # e.g. {"levelOfAssurance": "substantial", "familyName": …}
    version: str = "1.0.0"

    def as_json(self) -> dict[str, Any]:
        raw = json.dumps(self.report, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        content = base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")
        return {"type": "identificationReport", "version": self.version, "content": content}


@dataclass(frozen=True)
class SubmissionContent:
    service_name: str
    service_identifier: str
    schema_uri: str
    form_data: Mapping[str, Any]
    attachments: Sequence[OutgoingAttachment] = ()
    data_mime_type: str = "application/json"
    payment: PaymentInformation | None = None
    identification: IdentificationReport | None = None
    reply_email: str | None = None
    sender_reference: str | None = None
    application_date: dt.date | None = None
    extra_metadata: Mapping[str, Any] = field(default_factory=dict)  # merged last (for special test cases)

    def data_bytes(self) -> bytes:
        return json.dumps(self.form_data, ensure_ascii=False).encode("utf-8")


def build_metadata(content: SubmissionContent, data: bytes, attachments: Sequence[tuple[str, bytes]]) -> dict[str, Any]:
    """The metadata record for ``data`` and ``attachments`` ((attachment id, bytes as hashed), same order)."""
    listed = []
    for (attachment_id, hashed), attachment in zip(attachments, content.attachments, strict=True):
        entry: dict[str, Any] = {
            "attachmentId": attachment_id,
            "hash": {"type": "sha512", "content": sha512_hex(hashed)},
            "purpose": attachment.purpose.value,
            "filename": attachment.filename,
            "mimeType": attachment.mime_type,
        }
        if attachment.description:
            entry["description"] = attachment.description
        listed.append(entry)
    metadata: dict[str, Any] = {
        "$schema": METADATA_SCHEMA_1_0_0,
        "publicServiceType": {"name": content.service_name, "identifier": content.service_identifier},
        "contentStructure": {
            "data": {
                "hash": {"type": "sha512", "content": sha512_hex(data)},
                "submissionSchema": {"schemaUri": content.schema_uri, "mimeType": content.data_mime_type},
            },
            "attachments": listed,
        },
    }
    if content.identification is not None:
        metadata["authenticationInformation"] = [content.identification.as_json()]
    if content.payment is not None:
        metadata["paymentInformation"] = content.payment.as_json()
    if content.reply_email is not None:
        metadata["replyChannel"] = {"eMail": {"address": content.reply_email}}
    reference: dict[str, Any] = {}
    if content.sender_reference is not None:
        reference["senderReference"] = content.sender_reference
    if content.application_date is not None:
        reference["applicationDate"] = content.application_date.isoformat()
    if reference:
        metadata["additionalReferenceInfo"] = reference
    metadata.update(content.extra_metadata)
    return metadata
