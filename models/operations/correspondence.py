"""Letters written from templates and stored with the case, queued for printing (Schriftverkehr).

Every decision that reaches the citizen on paper goes through here: confirmations on approval, requests for
missing documents with a reply deadline, rejections with reasons and the legal-remedy notice, and fee notices
with the payment details and GiroCode. The texts come from :mod:`models.letter_templates`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from models.base import utcnow
from models.cases import Case
from models.db import Database
from models.documents import DocumentKind, OutgoingDocument
from models.errors import InvalidInput
from models.german_format import format_date, format_euro
from models.letter_templates import LetterTemplate, effective_template, render_template
from models.letter_values import case_values, place_payment_block
from models.letters import MAX_PURPOSE_LENGTH, InfoBlock, LetterContent, LetterRenderer, PaymentRequest
from models.operations.actors import Actor
from models.operations.case_access import case_for_update, require_holder
from models.operations.documents import store_letter
from models.operations.mapping import document_row, person_address
from models.operations.rows import DocumentRow
from models.people import Person
from models.town_config import TownProfile, load_section


def info_block(case: Case, actor: Actor, town: TownProfile, today: dt.date) -> InfoBlock:
    return InfoBlock(
        our_reference=f"{town.department} / {actor.username}" if actor.user_id is not None else town.department,
        case_reference=case.reference,
        date=today,
        clerk=actor.display_name if actor.user_id is not None else "",
        phone=actor.phone or town.phone,
        email=actor.email or town.email,
    )


def has_postal_address(person: Person) -> bool:
    """A letter needs at least a town line besides the name (walk-ins may have given none)."""
    return bool(person.postcode or person.city)


def recipient_of(case: Case) -> tuple[str, ...]:
    if not has_postal_address(case.applicant):
        raise InvalidInput("recipient", "no_postal_address")
    return person_address(case.applicant)


def filled_letter(
    template: LetterTemplate,
    values: dict[str, Any],
    *,
    town: TownProfile,
    recipient: tuple[str, ...],
    info: InfoBlock,
    signature: str,
    payment: PaymentRequest | None = None,
) -> LetterContent:
    """``template`` filled in with ``values``, the payment block where ``{{ zahlungsblock }}`` stands."""
    text = render_template(template, values)
    paragraphs, payment_position = place_payment_block(text.paragraphs)
    return LetterContent(
        kind=template.kind,
        town=town,
        recipient=recipient,
        info=info,
        subject=text.subject,
        salutation=text.salutation,
        paragraphs=paragraphs,
        signature=signature,
        payment=payment,
        payment_position=payment_position,
    )


def compose_letter(
    session: Session,
    case: Case,
    actor: Actor,
    kind: DocumentKind,
    today: dt.date,
    *,
    extra: dict[str, Any] | None = None,
    payment: PaymentRequest | None = None,
) -> LetterContent:
    """The letter of ``kind`` about ``case``: the effective template filled in with the case's values."""
    town = load_section(session, TownProfile)
    return filled_letter(
        effective_template(session, kind, case.service.key),
        {**case_values(case, actor, town, today), **(extra or {})},
        town=town,
        recipient=recipient_of(case),
        info=info_block(case, actor, town, today),
        signature=actor.display_name if actor.user_id is not None else "",
        payment=payment,
    )


def write_letter(
    session: Session,
    case: Case,
    actor: Actor,
    kind: DocumentKind,
    render_letter: LetterRenderer,
    today: dt.date,
    *,
    extra: dict[str, Any] | None = None,
    payment: PaymentRequest | None = None,
) -> OutgoingDocument:
    """Compose, render and store a letter in the caller's transaction; it waits in the print queue."""
    content = compose_letter(session, case, actor, kind, today, extra=extra, payment=payment)
    return store_letter(session, case, actor, content, render_letter)


def missing_documents(text: str) -> list[str]:
    """The clerk's list of missing documents: one per line, bullets and blank lines dropped."""
    items = [line.strip().lstrip("-–•*").strip() for line in text.splitlines()]
    return [item for item in items if item]


def document_request_values(
    comment: str, town: TownProfile, today: dt.date, reply_by: dt.date | None
) -> dict[str, Any]:
    documents = missing_documents(comment)
    if not documents:
        raise InvalidInput("missing_documents", "required")
    deadline = reply_by or today + dt.timedelta(days=town.reply_days)
    if deadline <= today:
        raise InvalidInput("reply_by", "not_in_future")
    return {"unterlagen": documents, "frist": format_date(deadline)}


def payment_to_town(town: TownProfile, amount_cents: int, purpose: str, today: dt.date) -> PaymentRequest:
    """A transfer to the town's account, due after the town's payment period."""
    return PaymentRequest(
        amount_cents=amount_cents,
        due_date=today + dt.timedelta(days=town.payment_days),
        purpose=purpose[:MAX_PURPOSE_LENGTH],
        beneficiary=town.name,
        iban=town.iban,
        bic=town.bic,
    )


def issue_fee_notice(
    db: Database,
    actor: Actor,
    case_id: int,
    render_letter: LetterRenderer,
    *,
    expected_version: int | None = None,
    today: dt.date | None = None,
) -> DocumentRow:
    """A fee notice (Gebührenbescheid) for what is still to pay on the case, with the GiroCode."""
    today = today or dt.date.today()
    with db.write() as session:
        case = case_for_update(session, case_id, expected_version)
        actor.require_case_work(case.service)
        require_holder(case, actor)
        outstanding = case.fee_cents - sum(payment.amount_cents for payment in case.payments)
        if outstanding <= 0:
            raise InvalidInput("fee", "nothing_to_pay")
        town = load_section(session, TownProfile)
        payment = payment_to_town(town, outstanding, f"Gebühr {case.reference} {case.service.name}", today)
        extra = {
            "betrag": format_euro(outstanding),
            "faellig_am": format_date(payment.due_date),
            "verwendungszweck": payment.purpose,
        }
        document = write_letter(
            session, case, actor, DocumentKind.FEE_NOTICE, render_letter, today, extra=extra, payment=payment
        )
        case.updated_at = utcnow()  # bumps the version: the case changed
        return document_row(document, case.reference)
