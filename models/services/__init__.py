"""Specialised services: public services with their own form schema, register effects and letters.

Adding one is one module here plus its schema file; :data:`SPECIALISED` registers it. Every other service of
the catalogue is handled generically (form data shown with the labels its schema provides, if any).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy.orm import Session

from models.actors import Actor
from models.cases import Case

#: A key of the letter values an approval may return with a :class:`models.letters.PaymentRequest`: the
#: confirmation then carries the payment block with the GiroCode (e.g. the dog-tax notice's first instalment).
#: Taken out of the values before the template sees them.
PAYMENT_VALUE = "_payment"
if TYPE_CHECKING:
    from models.form_problems import FieldProblem  # which imports the registry of this package


class ApprovalEffects(Protocol):
    """What approving a case of a specialised service does beyond the status change.

    Returns the extra placeholder values of the service's confirmation letter (see
    :data:`models.letter_values.SERVICE_PLACEHOLDERS`).
    """

    def __call__(self, session: Session, case: Case, actor: Actor, today: dt.date) -> dict[str, Any]: ...


class PlannedApproval(Protocol):
    """The letter values :class:`ApprovalEffects` would return, worked out without changing anything.

    Approval letters are rendered before the write transaction of the approval; the values are compared with
    those of the effects themselves, and the letter is rendered again if they differ (e.g. the last free pickup
    slot of that day was taken meanwhile).
    """

    def __call__(self, session: Session, case: Case, today: dt.date) -> dict[str, Any]: ...


class ApprovalNotes(Protocol):
    """What the approval's entry in the case history says besides the decision (e.g. a late registration), as
    short German sentences; checked like :class:`PlannedApproval`, without changing anything."""

    def __call__(self, session: Session, case: Case, today: dt.date) -> tuple[str, ...]: ...


class FormCheck(Protocol):
    """What keeps a form of the service from being processed beyond its schema (e.g. an address the town does not
    know), each problem at its field with a German message; checked when a case is opened."""

    def __call__(self, session: Session, form: dict[str, Any]) -> list[FieldProblem]: ...


class ApprovalHold(Protocol):
    """A note that holds an approval back (the case stays open with it in its history), or None.

    E.g. a register information about a person with a conditional block (§52 BMG) goes to the supervisor first.
    """

    def __call__(self, session: Session, case: Case, actor: Actor, today: dt.date) -> str | None: ...


class RejectionEffects(Protocol):
    """What rejecting a case of a specialised service does beyond the status change (e.g. logging the refusal)."""

    def __call__(self, session: Session, case: Case, actor: Actor, today: dt.date) -> None: ...


class FeeExemption(Protocol):
    """Why a new case of the service is free of charge, from its form (the reason its history keeps), or None."""

    def __call__(self, form: dict[str, Any]) -> str | None: ...


class RejectionValues(Protocol):
    """Extra placeholder values of the service's rejection letter, from the case alone."""

    def __call__(self, case: Case) -> dict[str, Any]: ...


@dataclass(frozen=True)
class SpecialisedService:
    key: str
    schema_file: str  # in models/services/schemas/
    on_approved: ApprovalEffects | None = None
    planned_on_approval: PlannedApproval | None = None
    approval_notes: ApprovalNotes | None = None
    form_check: FormCheck | None = None
    held_on_approval: ApprovalHold | None = None
    on_rejected: RejectionEffects | None = None
    rejection_values: RejectionValues | None = None
    fee_exemption: FeeExemption | None = None

    def schema(self) -> dict[str, Any]:
        return load_schema_file(self.schema_file)


@cache
def load_schema_file(name: str) -> dict[str, Any]:
    text = resources.files("models.services.schemas").joinpath(name).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema
