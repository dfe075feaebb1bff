"""Realistic demo submissions, made and sent the way a citizen's portal sends them.

``demo_submission`` fills one service's form (valid against the schema Amtsstube ships for it), with an applicant
whose name may carry any DIN 91379 letter, an address in Lindenbrück (a street of the demo town), elsewhere in
Germany or abroad, the documents a citizen uploads, the portal's payment record for fee-bearing services and the
identification report of the citizen's login. ``send_demo_submissions`` sends a mix of all specialised services and a
few generic ones through a ``SenderClient``; with ``attachment_size`` every submission carries exactly one attachment
of that many bytes, which is what the intake benchmark needs (``send_benchmark_submissions``). ``send_demo_batch`` is
the hook behind ``amtsstube sandbox --demo N``.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Any

from models.demo.portal_residents import RegisteredPerson
from models.fees import fee_from_json
from models.forms import labelled_fields
from models.german_format import today as german_today
from models.services.registry import schema_for_uri
from sync.portal_demo.files import JPEG, demo_jpeg, demo_pdf
from sync.portal_demo.forms import DocumentSpec, FormBuilder, FormDraft, LevelOfAssurance, chance, weighted
from sync.portal_demo.forms_civil import (
    birth_certificate,
    death_certificate,
    marriage_certificate,
    partnership_certificate,
)
from sync.portal_demo.forms_dogs import dog_deregistration, dog_registration
from sync.portal_demo.forms_generic import GENERIC_DEMO_SERVICES, generic_form
from sync.portal_demo.forms_registration import (
    register_information,
    residence_certificate,
    residence_deregistration,
    residence_registration,
)
from sync.portal_demo.forms_waste import bulky_waste_pickup, e_waste_pickup, waste_bin_change
from sync.portal_demo.people import Person
from sync.portal_demo.town_register import town_register
from sync.sandbox.provisioning import FALLBACK_SCHEMA_URI, SandboxSetup
from sync.sandbox.sender import SenderClient, SentSubmission
from sync.sandbox.submission_content import (
    AttachmentPurpose,
    IdentificationReport,
    OutgoingAttachment,
    PaymentInformation,
    PaymentMethod,
    PaymentStatus,
)

BENCHMARK_ATTACHMENT_SIZE = 100_000

_BUILDERS: dict[str, FormBuilder] = {
    "bulky_waste_pickup": bulky_waste_pickup,
    "e_waste_pickup": e_waste_pickup,
    "dog_registration": dog_registration,
    "dog_deregistration": dog_deregistration,
    "waste_bin_change": waste_bin_change,
    "residence_registration": residence_registration,
    "residence_deregistration": residence_deregistration,
    "register_information": register_information,
    "register_information_automated": register_information,  # the same request, retrieved online (§ 49 BMG)
    "residence_certificate": residence_certificate,
    "birth_certificate": birth_certificate,
    "marriage_certificate": marriage_certificate,
    "partnership_certificate": partnership_certificate,
    "death_certificate": death_certificate,
}

#: Services with their own schema and handling in Amtsstube; every demo batch covers each of them.
SPECIALISED_DEMO_SERVICES: tuple[str, ...] = tuple(_BUILDERS)

#: How often each service turns up in a demo batch (after every service once), roughly as in a town hall.
MIX_WEIGHTS: dict[str, int] = {
    "bulky_waste_pickup": 20,
    "e_waste_pickup": 6,
    "dog_registration": 9,
    "dog_deregistration": 4,
    "waste_bin_change": 7,
    "residence_registration": 12,
    "residence_deregistration": 3,
    "register_information": 6,
    "register_information_automated": 3,
    "residence_certificate": 5,
    "birth_certificate": 7,
    "marriage_certificate": 4,
    "partnership_certificate": 1,
    "death_certificate": 5,
    **dict.fromkeys(GENERIC_DEMO_SERVICES, 2),
}

_ID_SERVERS = {
    LevelOfAssurance.LOW: "https://id.servicekonto.nrw.example/login",
    LevelOfAssurance.SUBSTANTIAL: "https://id.servicekonto.nrw.example/elster",
    LevelOfAssurance.HIGH: "https://id.servicekonto.nrw.example/eid",
}


@dataclass(frozen=True)
class DemoSubmission:
    """One submission as a portal would send it (form data, files, payment, login), not yet encrypted."""

    service_key: str
    service_name: str
    service_identifier: str
    schema_uri: str
    form_data: dict[str, Any]
    attachments: tuple[OutgoingAttachment, ...]
    payment: PaymentInformation | None
    identification: IdentificationReport | None
    reply_email: str | None
    applicant: Person
    sender_reference: str
    application_date: dt.date


@cache
def catalogue() -> dict[str, dict[str, Any]]:
    """The catalogue Amtsstube ships, by service key."""
    text = resources.files("models").joinpath("catalogue_data.json").read_text(encoding="utf-8")
    return {entry["key"]: entry for entry in json.loads(text)}


def service_identifier(service_key: str) -> str:
    entry = catalogue()[service_key]
    return str(entry.get("leika_id") or f"urn:de:lindenbrueck:leistung:{service_key}")


def demo_submission(
    rng: random.Random, service_key: str, *, attachment_size: int | None = None, today: dt.date | None = None
) -> DemoSubmission:
    """A demo submission for ``service_key`` (any catalogue service; specialised ones get their full form).

    With ``attachment_size`` the submission carries exactly one attachment of exactly that many bytes.
    """
    entry = catalogue().get(service_key)
    if entry is None:
        raise ValueError(f"unknown service {service_key!r}")
    if attachment_size is not None and attachment_size < 1:
        raise ValueError("attachment_size must be positive")
    today = today or german_today()
    draft = (_BUILDERS.get(service_key) or generic_form(service_key))(rng, today)
    schema_uri = str(entry.get("schema_uri") or FALLBACK_SCHEMA_URI.format(key=service_key))
    reference = f"ANTRAG-{today:%Y}-{rng.randint(1, 9_999_999):07d}"
    # A tariff fee (the clerk sets the amount) is paid online at its lowest amount.
    fee_cents = draft.fee_cents if draft.fee_cents is not None else fee_from_json(entry["fee"]).cents
    # Without an applicant in the form (bulky waste) the login is the only place the citizen's name is found.
    identified = "applicant" not in draft.form or chance(rng, 0.9)
    return DemoSubmission(
        service_key=service_key,
        service_name=str(entry["name"]),
        service_identifier=service_identifier(service_key),
        schema_uri=schema_uri,
        form_data=draft.form,
        attachments=_attachments(rng, draft, schema_uri, reference, attachment_size),
        payment=_payment(rng, fee_cents, today),
        identification=_identification(rng, draft, today) if identified else None,
        reply_email=draft.applicant.email if chance(rng, 0.9) else None,
        applicant=draft.applicant,
        sender_reference=reference,
        application_date=today,
    )


def send_demo(sender: SenderClient, destination_id: str, demo: DemoSubmission) -> SentSubmission:
    return sender.send(
        destination_id,
        demo.service_identifier,
        demo.form_data,
        demo.attachments,
        payment=demo.payment,
        identification=demo.identification,
        reply_email=demo.reply_email,
        sender_reference=demo.sender_reference,
        application_date=demo.application_date,
        service_name=demo.service_name,
        schema_uri=demo.schema_uri,
    )


def send_demo_submissions(
    sender: SenderClient,
    setup: SandboxSetup,
    count: int,
    *,
    seed: int = 0,
    attachment_size: int | None = None,
    service_keys: Sequence[str] | None = None,
    today: dt.date | None = None,
    households: Sequence[tuple[RegisteredPerson, ...]] = (),
) -> list[SentSubmission]:
    """Send ``count`` demo submissions to the destination of ``setup``: every service once, then a weighted mix.

    With ``households`` of the resident register, the citizens the register must know (a deregistration, a
    certificate, a dog's keeper, the person a register information asks about) are mostly theirs.

    Without ``service_keys`` the mix is the specialised services plus a few generic ones, as far as the
    destination offers them.
    """
    rng = random.Random(seed)
    keys = _service_keys(sender, setup.destination_id, service_keys)
    with town_register(households):
        return [
            send_demo(
                sender, setup.destination_id, demo_submission(rng, key, attachment_size=attachment_size, today=today)
            )
            for key in demo_plan(rng, keys, count)
        ]


def send_benchmark_submissions(
    sender: SenderClient,
    setup: SandboxSetup,
    count: int,
    *,
    seed: int = 0,
    attachment_size: int = BENCHMARK_ATTACHMENT_SIZE,
) -> list[SentSubmission]:
    """The intake benchmark's load: ``count`` mixed submissions with one ``attachment_size``-byte attachment each."""
    return send_demo_submissions(sender, setup, count, seed=seed, attachment_size=attachment_size)


def send_demo_batch(count: int, setup: SandboxSetup) -> None:
    """``amtsstube sandbox --demo N``: send N demo submissions through the sandbox's sender client."""
    client = setup.sender
    with SenderClient(setup.submission_api, setup.token_url, client.client_id, client.client_secret) as sender:
        send_demo_submissions(sender, setup, count)


def demo_plan(rng: random.Random, keys: Sequence[str], count: int) -> list[str]:
    """Which service each of ``count`` submissions is for: each key once (specialised services first, each group
    shuffled), then a mix by ``MIX_WEIGHTS``."""
    specialised = [key for key in keys if key in _BUILDERS]
    generic = [key for key in keys if key not in _BUILDERS]
    rng.shuffle(specialised)
    rng.shuffle(generic)
    first = specialised + generic
    rest = rng.choices(list(keys), weights=[MIX_WEIGHTS.get(key, 1) for key in keys], k=max(0, count - len(first)))
    return (first + rest)[:count]


def _service_keys(sender: SenderClient, destination_id: str, requested: Sequence[str] | None) -> list[str]:
    if requested is not None:
        unknown = [key for key in requested if key not in catalogue()]
        if unknown or not requested:
            raise ValueError(f"no demo submissions for {', '.join(unknown) or 'an empty service list'}")
        return list(requested)
    destination = sender.destination(destination_id)
    offered = {service.get("identifier") for service in destination.get("publicServices") or []}
    keys = [key for key in MIX_WEIGHTS if key in catalogue() and service_identifier(key) in offered]
    if not keys:
        raise ValueError(f"destination {destination_id} offers none of the demo services")
    return keys


def _attachments(
    rng: random.Random, draft: FormDraft, schema_uri: str, reference: str, size: int | None
) -> tuple[OutgoingAttachment, ...]:
    summary = _form_summary(draft, schema_uri, reference)
    if size is not None:
        spec = draft.documents[0] if draft.documents else summary
        return (_materialise(rng, spec, size),)
    specs = list(draft.documents)
    if chance(rng, 0.4):
        specs.insert(0, summary)
    return tuple(_materialise(rng, spec, None) for spec in specs)


def _form_summary(draft: FormDraft, schema_uri: str, reference: str) -> DocumentSpec:
    """The portal's PDF rendering of the whole application (purpose ``form``), labelled from the schema."""
    fields = labelled_fields(schema_for_uri(schema_uri), draft.form)
    lines = tuple(f"{'  ' * field.depth}{field.label}: {field.value}".rstrip(": ") for field in fields[:44])
    return DocumentSpec(
        f"Antrag_{reference}.pdf",
        "application/pdf",
        f"Antrag {reference}",
        lines,
        "Antragsübersicht des Onlinedienstes",
        AttachmentPurpose.FORM,
    )


def _materialise(rng: random.Random, spec: DocumentSpec, size: int | None) -> OutgoingAttachment:
    if spec.mime_type == JPEG:
        content = demo_jpeg(rng, size=size if size is not None else rng.randint(20_000, 80_000))
    else:
        content = demo_pdf(spec.title, spec.lines, rng, size=size)
    return OutgoingAttachment(spec.filename, spec.mime_type, content, spec.purpose, spec.description)


def _payment(rng: random.Random, fee_cents: int, today: dt.date) -> PaymentInformation | None:
    """The portal's ePayment record: mostly booked by card or PayPal, sometimes still open (invoice)."""
    if fee_cents <= 0:
        return None
    method = weighted(
        rng,
        (
            (PaymentMethod.CREDITCARD, 45),
            (PaymentMethod.PAYPAL, 30),
            (PaymentMethod.OTHER, 13),
            (PaymentMethod.INVOICE, 12),
        ),
    )
    booked = method is not PaymentMethod.INVOICE and chance(rng, 0.9)
    return PaymentInformation(
        transaction_id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        transaction_reference=f"LB-{today:%Y}-{rng.randint(1, 999_999):06d}",
        payment_method=method,
        status=PaymentStatus.BOOKED if booked else PaymentStatus.INITIAL,
        gross_amount=Decimal(fee_cents).scaleb(-2),
        transaction_timestamp=_moment(rng, today),
    )


def _identification(rng: random.Random, draft: FormDraft, today: dt.date) -> IdentificationReport:
    level = weighted(rng, draft.levels_of_assurance)
    person = draft.applicant
    identified = _moment(rng, today) - dt.timedelta(minutes=rng.randint(3, 40))
    report: dict[str, Any] = {
        "reportId": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "serverIdentity": _ID_SERVERS.get(level, _ID_SERVERS[LevelOfAssurance.LOW]),
        "reportTime": (identified + dt.timedelta(seconds=rng.randint(1, 30))).isoformat(),
        "identificationTime": identified.isoformat(),
        "idStatus": "success",
        "levelOfAssurance": level,
        "givenNames": person.given_names,
        "familyName": person.family_name,
        "subjectRef": {"firstName": person.given_names, "lastName": person.family_name},
        # The account's address (read from the ID card at level high): the only address a bulky-waste case gets.
        "address": person.address.as_json(),
    }
    if level != LevelOfAssurance.LOW:  # ELSTER and the ID card vouch for the date of birth as well
        report["dateOfBirth"] = person.date_of_birth.isoformat()
    return IdentificationReport(report)


def _moment(rng: random.Random, today: dt.date) -> dt.datetime:
    return dt.datetime.combine(today, dt.time(rng.randint(6, 21), rng.randint(0, 59), rng.randint(0, 59)), dt.UTC)
