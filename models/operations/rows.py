"""Frozen rows handed to callers: plain values, safe to keep in the GUI and to pass between threads."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.case_status import CaseStatus
from models.cases import Channel, DuplicateState, EventKind, PaymentMethod
from models.documents import DocumentKind, DocumentStatus
from models.fees import FeeRule
from models.forms import FormField


@dataclass(frozen=True)
class CaseRow:
    id: int
    reference: str
    version: int
    service_key: str
    service_name: str
    applicant_name: str
    status: CaseStatus
    channel: Channel
    assignee_username: str | None
    assignee_name: str | None
    received_at: dt.datetime
    due_date: dt.date
    submission_id: str | None


@dataclass(frozen=True)
class QueuePage:
    rows: tuple[CaseRow, ...]
    total: int  # rows matching the filter, over all pages
    offset: int


@dataclass(frozen=True)
class ApplicantRow:
    full_name: str
    address_lines: tuple[str, ...]
    date_of_birth: dt.date | None
    email: str | None
    phone: str | None


@dataclass(frozen=True)
class EventRow:
    at: dt.datetime
    kind: EventKind
    actor_display: str
    from_status: CaseStatus | None
    to_status: CaseStatus | None
    comment: str | None


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    filename: str
    media_type: str
    size: int


@dataclass(frozen=True)
class PaymentRow:
    amount_cents: int
    method: PaymentMethod
    reference: str | None
    recorded_at: dt.datetime
    recorded_by: str


@dataclass(frozen=True)
class DocumentRow:
    id: int
    case_id: int
    case_reference: str
    kind: DocumentKind
    title: str
    pages: int
    status: DocumentStatus
    created_at: dt.datetime
    created_by: str


@dataclass(frozen=True)
class DocumentBlob:
    row: DocumentRow
    pdf: bytes


@dataclass(frozen=True)
class CaseDetail:
    case: CaseRow
    applicant: ApplicantRow
    form_fields: tuple[FormField, ...]
    attachments: tuple[AttachmentRow, ...]
    events: tuple[EventRow, ...]
    documents: tuple[DocumentRow, ...]
    payments: tuple[PaymentRow, ...]
    fee_cents: int
    paid_cents: int
    pickup_date: dt.date | None
    allowed_targets: tuple[CaseStatus, ...]  # transitions the state machine allows from here
    fee_rule: FeeRule  # of the case's service
    tariff_min_cents: int | None  # a tariff's range and reference (None for any other rule)
    tariff_max_cents: int | None
    tariff_basis: str | None
    tariff_fee_set: bool  # the clerk has set the fee by tariff (an approval needs it)
    duplicate_of: str | None = None  # the reference of the first case this one likely duplicates
    duplicate_state: DuplicateState | None = None  # suspected by the intake, or confirmed by the clerk
    duplicates: tuple[str, ...] = ()  # the references of the cases linked to this one as its duplicates

    @property
    def tariff_fee_missing(self) -> bool:
        """A tariff case whose fee was never set: the clerk sets it before approving."""
        return self.fee_rule is FeeRule.TARIFF and not self.tariff_fee_set
