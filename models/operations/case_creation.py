"""Creating cases: online submissions (from sync) and walk-in citizens at the counter."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.actors import Actor
from models.base import utcnow
from models.case_status import CaseStatus
from models.cases import Attachment, Case, Channel, EventKind
from models.catalogue import PublicService
from models.db import Database
from models.din91379 import DataType, normalised
from models.errors import FormDataInvalid, InvalidInput, NotFound
from models.german_format import local_date
from models.german_format import today as german_today
from models.operations.case_access import add_event
from models.operations.catalogue import case_fee_cents
from models.operations.mapping import case_row
from models.operations.rights import operation
from models.operations.rows import CaseRow
from models.operations.same_citizen import note_same_citizen
from models.people import Person
from models.permissions import Action
from models.references import next_references
from models.services.registry import specialised
from models.storable_text import clipped, file_name, fitted
from models.working_days import add_working_days


@dataclass(frozen=True)
class ApplicantInput:
    given_names: str
    family_name: str
    street: str | None = None
    house_number: str | None = None
    postcode: str | None = None
    city: str | None = None
    country: str = "DE"
    address_addition: str | None = None
    title: str | None = None
    name_prefix: str | None = None
    birth_name: str | None = None
    date_of_birth: dt.date | None = None
    email: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class AttachmentInput:
    filename: str
    media_type: str
    content: bytes
    description: str | None = None


@dataclass(frozen=True)
class NewCase:
    service_key: str
    applicant: ApplicantInput
    form_data: dict[str, Any]
    channel: Channel
    submission_id: str | None = None
    attachments: tuple[AttachmentInput, ...] = field(default_factory=tuple)
    received_at: dt.datetime | None = None
    portal_service: str | None = None  # online cases: the service as the portal named it


#: Name parts follow DIN 91379 data type A, address lines data type B; contact details are only kept storable.
_NAME_FIELDS = tuple(
    (name, DataType.NAME) for name in ("given_names", "family_name", "title", "name_prefix", "birth_name")
)
_ADDRESS_FIELDS = tuple(
    (name, DataType.ADDRESS) for name in ("street", "house_number", "postcode", "city", "address_addition")
)
_CONTACT_FIELDS = ("email", "phone")


@operation
def create_case(db: Database, actor: Actor, new: NewCase) -> CaseRow:
    """Open a case in status ``received`` with a fresh reference and its due date in working days."""
    with db.write() as session:
        case = add_case(session, actor, new)
        session.flush()
        return case_row(case)


def add_case(session: Session, actor: Actor, new: NewCase) -> Case:
    """The body of :func:`create_case`, inside the caller's transaction."""
    return add_cases(session, actor, [new])[0]


def add_cases(session: Session, actor: Actor, batch: Sequence[NewCase]) -> list[Case]:
    """Open several cases in the caller's transaction (intake books what the pipeline has ready together).

    Two flushes for the whole batch instead of several per case: people, cases and attachments first (their ids
    go into the history and the audit log), then events and audit records.
    """
    if not actor.is_system:
        actor.require(Action.WORK_CASE)
    prepared = []
    for new in batch:
        service = _service(session, new.service_key)
        if not actor.is_system and new.channel != Channel.COUNTER:
            raise InvalidInput("channel", "online_only_from_intake")  # staff enter walk-ins; the portal the rest
        if new.channel == Channel.COUNTER:
            actor.require_case_work(service)
        prepared.append((new, _person(new.applicant), service, new.received_at or utcnow()))
    held = [_form_check(session, new) for new in batch]  # before anything is added
    references = _references(session, [local_date(received_at).year for *_, received_at in prepared])
    cases = []
    for (new, person, service, received_at), reference in zip(prepared, references, strict=True):
        case = Case(
            reference=reference,
            service=service,
            applicant=person,
            form_data=new.form_data,
            channel=new.channel,
            status=CaseStatus.RECEIVED,
            submission_id=new.submission_id,
            portal_service=clipped(Case.portal_service, new.portal_service),
            received_at=received_at,
            due_date=add_working_days(local_date(received_at), service.processing_days),
            fee_cents=0 if _fee_exemption(new) else case_fee_cents(service, new.form_data),
            entered_by_id=actor.user_id if new.channel == Channel.COUNTER else None,
            attachments=[
                Attachment(
                    filename=file_name(item.filename, Attachment.filename, "Anlage"),
                    media_type=item.media_type,
                    description=item.description,
                    size=len(item.content),
                    sha512=hashlib.sha512(item.content).hexdigest(),
                    content=item.content,
                )
                for item in new.attachments
            ],
        )
        session.add(case)
        cases.append(case)
    session.flush()
    for new, case, problems in zip(batch, cases, held, strict=True):
        add_event(session, case, actor, EventKind.CREATED, to_status=CaseStatus.RECEIVED, comment=new.channel.value)
        if problems:
            add_event(session, case, actor, EventKind.COMMENT, comment=HELD_FOR_CLERK + problems)
        exemption = _fee_exemption(new)
        if exemption:
            add_event(session, case, actor, EventKind.COMMENT, comment=exemption)
    note_same_citizen(session, actor, cases, german_today())
    return cases


def _fee_exemption(new: NewCase) -> str | None:
    """Why the new case is free of charge by its service's rule (e.g. a certificate for pension purposes)."""
    service = specialised(new.service_key)
    if service is None or service.fee_exemption is None:
        return None
    return service.fee_exemption(new.form_data)


#: The note an online case gets when its form passed the schema but not the service's own check.
HELD_FOR_CLERK = "Zur Prüfung zurückgehalten: "


def _form_check(session: Session, new: NewCase) -> str:
    """The service's own check of the form: at the counter a refusal before anything is stored; an online
    submission is taken in (the portal accepted it) with the problems named for the clerk."""
    service = specialised(new.service_key)
    if service is None or service.form_check is None:
        return ""
    problems = service.form_check(session, new.form_data)
    if problems and new.channel == Channel.COUNTER:
        raise FormDataInvalid(tuple(problems))
    return " ".join(problem.message_de for problem in problems)


def check_approvable(session: Session, new: NewCase, today: dt.date) -> None:
    """What approving ``new`` would refuse (an applicant not in the register, an unknown street), raised before the
    case exists: the service's ``planned_on_approval`` runs on the case as it would be stored, which is not added
    to the session (nothing is written)."""
    service = specialised(new.service_key)
    if service is None or service.planned_on_approval is None:
        return
    entry = _service(session, new.service_key)
    draft = Case(
        service=entry,
        applicant=_person(new.applicant),
        form_data=new.form_data,
        channel=new.channel,
        status=CaseStatus.IN_PROGRESS,
        fee_cents=case_fee_cents(entry, new.form_data),
    )
    service.planned_on_approval(session, draft, today)


def _references(session: Session, years: list[int]) -> list[str]:
    """One reference per case, in order, taking each year's numbers in one statement."""
    taken: dict[int, list[str]] = {
        year: next_references(session, year, years.count(year)) for year in sorted(set(years))
    }
    return [taken[year].pop(0) for year in years]


def _service(session: Session, key: str) -> PublicService:
    """The catalogue entry, looked up once per transaction (intake books several cases in one)."""
    cache: dict[str, PublicService] = session.info.setdefault("services_by_key", {})
    if key not in cache:
        service = session.scalars(select(PublicService).where(PublicService.key == key)).one_or_none()
        if service is None:
            raise NotFound("service", key)
        cache[key] = service
    return cache[key]


def checked_applicant(applicant: ApplicantInput) -> ApplicantInput:
    """The applicant as it will be stored: NFC, trimmed, DIN 91379-checked, within the columns' lengths.

    Raises :class:`~models.errors.InvalidInput` (``InvalidCharacter``, ``TooLong``) naming the field. Intake calls
    this before booking (a refused value rejects the submission); :func:`add_cases` calls it again for every case.
    """
    values: dict[str, str | None] = {}
    for name, data_type in (*_NAME_FIELDS, *_ADDRESS_FIELDS):
        raw = getattr(applicant, name)
        if raw is not None and not isinstance(raw, str):
            raise InvalidInput(name, "not_text")
        text = normalised(raw, name, data_type) if raw else None
        values[name] = fitted(getattr(Person, name), text, name) if text else None
    for name in _CONTACT_FIELDS:
        raw = getattr(applicant, name)
        if raw is not None and not isinstance(raw, str):
            raise InvalidInput(name, "not_text")
        text = _clean(raw)
        values[name] = fitted(getattr(Person, name), text, name) if text else None
    if not values["family_name"]:
        raise InvalidInput("family_name", "required")
    country = (applicant.country or "DE").strip().upper() if isinstance(applicant.country, str) else ""
    if len(country) != 2 or not ("A" <= country[0] <= "Z" and "A" <= country[1] <= "Z"):
        raise InvalidInput("country", "not_iso_code")
    values["given_names"] = values["given_names"] or ""
    fields: dict[str, Any] = values
    return dataclasses.replace(applicant, **fields, country=country)


def _person(applicant: ApplicantInput) -> Person:
    checked = checked_applicant(applicant)
    return Person(
        **{name: getattr(checked, name) for name, _ in (*_NAME_FIELDS, *_ADDRESS_FIELDS)},
        **{name: getattr(checked, name) for name in _CONTACT_FIELDS},
        country=checked.country,
        date_of_birth=checked.date_of_birth,
    )


def _clean(value: str | None) -> str | None:
    """NFC-normalised, trimmed, empty as None (DIN 91379 asks for NFC)."""
    if value is None:
        return None
    value = unicodedata.normalize("NFC", value).strip()
    return value or None
