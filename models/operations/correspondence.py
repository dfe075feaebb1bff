"""Letters written from templates and stored with the case, queued for printing (Schriftverkehr).

Every decision that reaches the citizen on paper goes through here: confirmations on approval, requests for
missing documents with a reply deadline, rejections with reasons and the legal-remedy notice, and fee notices
with the payment details and GiroCode. The texts come from :mod:`models.letter_templates`.

A letter is filled in and laid out *before* the write transaction that books it (:func:`book_with_letter`): the
values are read in a read transaction, the template runs with no lock held (so a slow or runaway template never
makes another workstation wait), and the write transaction stores the finished PDF together with the decision,
after checking that nothing the letter says changed meanwhile.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from models.actors import Actor
from models.base import utcnow
from models.cases import Case
from models.db import Database
from models.documents import DocumentKind, OutgoingDocument
from models.errors import CaseNotWorkable, ConcurrentChange, InvalidInput, LetterTextUnusable
from models.german_format import format_date, format_euro
from models.german_format import today as german_today
from models.letter_templates import (
    LETTER_LIMITS,
    TEMPLATE_FIELDS,
    LetterTemplate,
    effective_template,
    render_template,
)
from models.letter_values import case_values, place_payment_block
from models.letters import (
    MAX_PURPOSE_LENGTH,
    InfoBlock,
    LetterContent,
    LetterRenderer,
    PaymentRequest,
    RenderedDocument,
)
from models.operations.case_access import FEE_STATES, case_as_read, case_for_work, holder_may_work
from models.operations.documents import store_letter
from models.operations.mapping import document_row, person_address
from models.operations.rights import operation
from models.operations.rows import DocumentRow
from models.people import Person
from models.template_sandbox import RenderLimits
from models.town_config import TownProfile, load_section


def town_of_letter(session: Session, case: Case) -> TownProfile:
    """The town's data as a letter about ``case`` shows it: with the department responsible for the case's service
    (a certificate comes from the Standesamt) in the letterhead and "Unser Zeichen", else the town's default."""
    town = load_section(session, TownProfile)
    return replace(town, department=case.service.department or town.department)


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
    limits: RenderLimits = LETTER_LIMITS,
) -> LetterContent:
    """``template`` filled in with ``values``, the payment block where ``{{ zahlungsblock }}`` stands."""
    text = render_template(template, values, limits)
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


# -- letters written with a decision: read, render outside any transaction, then book -----------------------------


@dataclass(frozen=True)
class LetterDraft:
    """Everything a letter is made of, read from the database; filling it in and laying it out needs none."""

    template: LetterTemplate
    values: dict[str, Any]
    town: TownProfile
    recipient: tuple[str, ...]
    info: InfoBlock
    signature: str
    payment: PaymentRequest | None = None


@dataclass(frozen=True)
class PreparedLetter:
    """A draft filled in and rendered to PDF, ready to be stored with the booking it belongs to."""

    draft: LetterDraft
    content: LetterContent
    rendered: RenderedDocument


class LetterOutdated(Exception):
    """What the letter says changed between rendering and booking (case, template, town data): render again."""

    def __init__(self, reference: str) -> None:
        super().__init__(f"the letter of case {reference} changed while it was rendered")
        self.reference = reference


#: How often a booking renders its letter again when someone changed what it says meanwhile.
LETTER_ATTEMPTS = 3

_T = TypeVar("_T")


def draft_letter(
    session: Session,
    case: Case,
    actor: Actor,
    kind: DocumentKind,
    today: dt.date,
    *,
    extra: dict[str, Any] | None = None,
    payment: PaymentRequest | None = None,
) -> LetterDraft:
    """The letter of ``kind`` about ``case``: the effective template and the case's values (nothing rendered)."""
    town = town_of_letter(session, case)
    return LetterDraft(
        template=effective_template(session, kind, case.service.key),
        values={**case_values(case, actor, town, today), **(extra or {})},
        town=town,
        recipient=recipient_of(case),
        info=info_block(case, actor, town, today),
        signature=actor.display_name if actor.user_id is not None else "",
        payment=payment,
    )


def prepare_letter(draft: LetterDraft, render_letter: LetterRenderer) -> PreparedLetter:
    """Fill in and lay out a draft, outside any transaction: a slow or runaway template holds no lock.

    A template that cannot be filled in with these values (a bound exceeded, a placeholder missing) raises
    :class:`LetterTextUnusable`; the caller has booked nothing yet.
    """
    try:
        content = filled_letter(
            draft.template,
            draft.values,
            town=draft.town,
            recipient=draft.recipient,
            info=draft.info,
            signature=draft.signature,
            payment=draft.payment,
        )
    except InvalidInput as error:
        if error.field not in TEMPLATE_FIELDS:
            raise
        raise LetterTextUnusable(
            draft.template.kind.value, draft.info.case_reference, error.field, error.problem
        ) from error
    return PreparedLetter(draft, content, render_letter(content))


def keep_letter(
    session: Session, case: Case, actor: Actor, prepared: PreparedLetter | None, draft: LetterDraft | None
) -> OutgoingDocument | None:
    """Store the prepared letter with ``case`` in the booking transaction, if it still says what ``draft`` says.

    ``draft`` is the letter as read now, under the booking's locks; if it differs from what was rendered (or a
    letter is due now that was not before, or the other way round), :class:`LetterOutdated` rolls the booking back.
    """
    if (prepared.draft if prepared is not None else None) != draft:
        raise LetterOutdated(case.reference)
    if prepared is None:
        return None
    return store_letter(session, case, actor, prepared.content, prepared.rendered)


def book_with_letter(
    db: Database,
    render_letter: LetterRenderer,
    draft: Callable[[Session], LetterDraft | None],
    book: Callable[[Session, PreparedLetter | None], _T],
) -> _T:
    """A booking with its letter, the letter rendered before the booking's write transaction starts.

    ``draft`` runs in a read transaction: it checks what the booking will check (so a refused step renders
    nothing) and returns the letter's draft, or ``None`` for no letter. The draft is filled in and laid out with no
    transaction open. ``book`` then runs in the write transaction, takes its locks, checks again and stores the
    prepared letter with :func:`keep_letter`, so decision and letter are booked together or not at all. When
    what the letter says changed meanwhile, the letter is rendered again (at most :data:`LETTER_ATTEMPTS` times,
    then :class:`ConcurrentChange`).
    """
    reference = "?"
    for _attempt in range(LETTER_ATTEMPTS):
        with db.read() as session:
            planned = draft(session)
        prepared = prepare_letter(planned, render_letter) if planned is not None else None
        try:
            with db.write() as session:
                return book(session, prepared)
        except LetterOutdated as outdated:
            reference = outdated.reference
    raise ConcurrentChange(reference)


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


def _outstanding_fee(case: Case, actor: Actor) -> int:
    """The amount still to pay, after the checks of a fee notice (the holder's case, in a state that takes fees)."""
    holder_may_work(case, actor, take_over=False)
    if case.status not in FEE_STATES:
        raise CaseNotWorkable(case.reference, case.status.value, "fee_notice")
    outstanding = case.open_fee_cents
    if outstanding <= 0:
        raise InvalidInput("fee", "nothing_to_pay")
    return outstanding


def _fee_notice_draft(session: Session, case: Case, actor: Actor, today: dt.date) -> LetterDraft:
    outstanding = _outstanding_fee(case, actor)
    town = load_section(session, TownProfile)
    payment = payment_to_town(town, outstanding, f"Gebühr {case.reference} {case.service.name}", today)
    extra = {
        "betrag": format_euro(outstanding),
        "faellig_am": format_date(payment.due_date),
        "verwendungszweck": payment.purpose,
    }
    return draft_letter(session, case, actor, DocumentKind.FEE_NOTICE, today, extra=extra, payment=payment)


@operation
def issue_fee_notice(
    db: Database,
    actor: Actor,
    case_id: int,
    render_letter: LetterRenderer,
    *,
    expected_version: int | None = None,
    today: dt.date | None = None,
) -> DocumentRow:
    """A fee notice (Gebührenbescheid) for what is still to pay on the case, with the GiroCode.

    The notice is rendered before the write transaction (see :func:`book_with_letter`).
    """
    day = today or german_today()

    def draft(session: Session) -> LetterDraft:
        return _fee_notice_draft(session, case_as_read(session, actor, case_id, expected_version), actor, day)

    def book(session: Session, prepared: PreparedLetter | None) -> DocumentRow:
        case = case_for_work(session, actor, case_id, expected_version, step="fee_notice", states=FEE_STATES)
        document = keep_letter(session, case, actor, prepared, _fee_notice_draft(session, case, actor, day))
        assert document is not None  # a fee notice always has its letter
        case.updated_at = utcnow()  # bumps the version: the case changed
        return document_row(document, case.reference)

    return book_with_letter(db, render_letter, draft, book)
