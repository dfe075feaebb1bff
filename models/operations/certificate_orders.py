"""Certificate orders at the registry office: the register entries an order matches, and the § 62 PStG decision.

Only registry officers: :attr:`Action.VIEW_CIVIL_STATUS` to see the candidates and a recorded decision,
:attr:`Action.RECORD_CIVIL_STATUS` to decide, :attr:`Action.ISSUE_CERTIFICATES` to print the order's certificates
(:func:`issue_order_certificates`: only after a decision that entitles, from the entry it names, as many copies as
the order asks for, one case event listing them). The candidates are a search of the registers and an audit record
(``civil_entries.searched``, with the case); the decision is a case event (``eligibility_recorded``: the relation,
the rule, the reason, the evidence seen and the chosen entry, see
:func:`~models.registers.civil_status.eligibility.history_comment`) and an audit record of the entry
(``civil_entry.eligibility_checked``). Years since the last death come from the registers
(:mod:`~models.registers.civil_status.deaths`), the § 63 block from the entry.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy.orm import Session

from models.actors import Actor
from models.base import utcnow
from models.case_status import OPEN_STATES
from models.cases import Case, Channel, EventKind
from models.db import Database
from models.errors import InvalidInput, NotFound
from models.german_format import format_euro, today
from models.operations.audit_of_reads import record_read
from models.operations.audit_trail import record
from models.operations.case_access import add_event, case_for_work
from models.operations.certificates import (
    CertificateRequest,
    IssuedKind,
    IssuedRow,
    RenderCertificate,
    issue_in_session,
)
from models.operations.rights import operation
from models.operations.visibility import visible_case
from models.permissions import Action
from models.print_jobs import Deliver
from models.registers.civil_status.certificate_content import TITLES as CERTIFICATE_TITLES
from models.registers.civil_status.deaths import years_since_last_death
from models.registers.civil_status.eligibility import (
    FORM_RELATIONS,
    EligibilityDecision,
    EligibilityRequest,
    RecordedEligibility,
    Relation,
    decide,
    history_comment,
    recorded_eligibility,
)
from models.registers.civil_status.entries import CivilEntry, RegisterKind, register_number
from models.registers.civil_status.issued import valid_certificates_of_case
from models.registers.civil_status.order_matching import ORDER_SERVICES, MatchResult, match_entries
from models.registers.civil_status.security_paper import next_serial, stock
from models.services.civil_certificate import copies_fee_cents, fee_exemption, rule_for

MAX_TEXT_LENGTH = 1000  # the reason and the evidence, each
MAX_AGE = 130
MAX_PRINTOUTS = 10  # certified register printouts of the entry issued with an order


def _order_kind(case: Case) -> RegisterKind:
    """The register the case orders a certificate from; another service is ``certificate_order``:
    ``not_a_certificate_order``."""
    kind = ORDER_SERVICES.get(case.service.key)
    if kind is None:
        raise InvalidInput("certificate_order", "not_a_certificate_order")
    return kind


def _form_relation(form: dict[str, Any]) -> str | None:
    value = form.get("relationship")
    return FORM_RELATIONS[value].value if isinstance(value, str) and value in FORM_RELATIONS else None


def _age(born: dt.date | None, day: dt.date) -> int | None:
    if born is None or born > day:
        return None
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


@operation
def certificate_order_candidates(db: Database, actor: Actor, case_id: int) -> MatchResult:
    """The register entries the certificate order of case ``case_id`` matches, with the rule that found them
    (:func:`~models.registers.civil_status.order_matching.match_entries`); the search is logged with the case."""
    actor.require(Action.VIEW_CIVIL_STATUS)
    with db.read() as session:
        case = visible_case(session, actor, case_id)
        kind = _order_kind(case)
        result = replace(
            match_entries(session, case.form_data, kind),
            form_relation=_form_relation(case.form_data),
            applicant_age=_age(case.applicant.date_of_birth, today()),
        )
        reference = case.reference
    record_read(
        db,
        actor,
        "civil_entries.searched",
        "case",
        case_id,
        reference=reference,
        kind=kind.value,
        rule=result.rule_used,
        hits=len(result.candidates),
    )
    return result


@operation
def record_eligibility(
    db: Database,
    actor: Actor,
    case_id: int,
    entry_id: int,
    relation: Relation,
    applicant_age: int | None,
    reason: str,
    evidence: str,
    *,
    expected_version: int | None = None,
) -> EligibilityDecision:
    """Decide by § 62 PStG whether the applicant of case ``case_id`` receives a certificate from entry
    ``entry_id`` and record the decision in the case history (also when it refuses: the service then sends the
    rejection letter). ``applicant_age`` None for an authority. The case is a step of the officer's case work
    (an unclaimed one is taken over); the entry must be of the order's register (``eligibility_entry``:
    ``other_register``)."""
    actor.require(Action.RECORD_CIVIL_STATUS)
    relation = Relation(relation)
    reason, evidence = " ".join(reason.split()), " ".join(evidence.split())
    if len(reason) > MAX_TEXT_LENGTH:
        raise InvalidInput("eligibility_reason", "too_long")
    if len(evidence) > MAX_TEXT_LENGTH:
        raise InvalidInput("eligibility_evidence", "too_long")
    if applicant_age is not None and not 0 <= applicant_age <= MAX_AGE:
        raise InvalidInput("applicant_age", "out_of_range")
    with db.write() as session:
        case = case_for_work(
            session, actor, case_id, expected_version, step="record_eligibility", states=OPEN_STATES, take_over=True
        )
        kind = _order_kind(case)
        entry = session.get(CivilEntry, entry_id)
        if entry is None:
            raise NotFound("civil_entry", entry_id)
        if entry.kind is not kind:
            raise InvalidInput("eligibility_entry", "other_register")
        years = years_since_last_death(session, entry, today())
        decision = decide(EligibilityRequest(relation, kind, applicant_age, years, entry.restricted, reason, evidence))
        number = register_number(entry)
        recorded = RecordedEligibility(decision, entry.id, number, relation, applicant_age, reason, evidence)
        add_event(session, case, actor, EventKind.ELIGIBILITY_RECORDED, comment=history_comment(recorded))
        record(
            session,
            actor,
            "civil_entry.eligibility_checked",
            "civil_entry",
            entry.id,
            register_number=number,
            case=case.reference,
            relation=relation.value,
            entitled=decision.entitled,
            refusal=decision.refusal_code,
        )
        case.updated_at = utcnow()  # a new version: a view of the case is out of date now
        session.flush()
        return decision


@operation
def case_eligibility(db: Database, actor: Actor, case_id: int) -> RecordedEligibility | None:
    """The last § 62 decision recorded for case ``case_id`` (None if there is none yet); the read is logged."""
    actor.require(Action.VIEW_CIVIL_STATUS)
    with db.read() as session:
        case = visible_case(session, actor, case_id)
        found = recorded_eligibility(case.events)
        reference = case.reference
    record_read(db, actor, "civil_eligibility.viewed", "case", case_id, reference=reference, found=found is not None)
    return found


#: The last line of the case event when the order was taken at the counter: printed while the applicant waited.
HANDED_OVER = "Am Schalter ausgehändigt."


def order_copies(form: dict[str, Any]) -> int:
    """How many certificates the order asks for (the form's ``copies``, 1 when it names none)."""
    copies = form.get("copies")
    return copies if isinstance(copies, int) and not isinstance(copies, bool) and copies >= 1 else 1


def issued_lines(rows: Sequence[IssuedRow]) -> str:
    """The case event's comment: one line per certificate (kind, register number, sheet, code)."""
    return "\n".join(
        f"{CERTIFICATE_TITLES[row.kind]} {row.register_number}, Blatt {row.sheet_serial}, Prüfcode "
        f"{row.verification_code}"
        for row in rows
    )


@operation
def issue_order_certificates(
    db: Database,
    actor: Actor,
    case_id: int,
    workstation: str,
    render: RenderCertificate,
    *,
    expected_version: int | None = None,
    without_parents: bool = False,
    printouts: int = 0,
    deliver: Deliver | None = None,
    today: dt.date | None = None,
) -> tuple[IssuedRow, ...]:
    """Print the certificates of the order of case ``case_id`` on ``workstation``'s security paper (and with
    ``deliver`` on the certificate printer), from the entry the recorded § 62 decision names. Refused without a
    decision (``eligibility``: ``not_recorded``), after a refusing one (``eligibility``: ``refused``) and when the
    order's certificates were printed already (``certificates``: ``already_issued``; a lost or spoilt one is
    reissued from the entry). ``printouts`` certified register printouts (§ 55 PStG) of the same entry go with
    them in the same case, letter and fee: the case's fee grows by the printouts' fee under the catalogue's
    ``register_printout`` rule (not for an order free of charge), and the event says so (``printouts``:
    ``out_of_range`` beyond :data:`MAX_PRINTOUTS`). An order taken at the counter is handed over at once: the event
    says so and the audit log keeps ``certificates.handed_over``. All or nothing, as
    :func:`~models.operations.certificates.issue_certificates`."""
    actor.require(Action.ISSUE_CERTIFICATES)
    if isinstance(printouts, bool) or not isinstance(printouts, int) or not 0 <= printouts <= MAX_PRINTOUTS:
        raise InvalidInput("printouts", "out_of_range")
    with db.write() as session:
        case = case_for_work(
            session, actor, case_id, expected_version, step="issue_certificates", states=OPEN_STATES, take_over=True
        )
        kind = _order_kind(case)
        recorded = recorded_eligibility(case.events)
        if recorded is None:
            raise InvalidInput("eligibility", "not_recorded")
        if not recorded.decision.entitled:
            raise InvalidInput("eligibility", "refused")
        if valid_certificates_of_case(session, case.id):
            raise InvalidInput("certificates", "already_issued")
        requests = [
            CertificateRequest(
                IssuedKind(kind.value), recorded.entry_id, order_copies(case.form_data), case.id, None, without_parents
            )
        ]
        if printouts:
            requests.append(CertificateRequest(IssuedKind.REGISTER_PRINTOUT, recorded.entry_id, printouts, case.id))
        rows = issue_in_session(session, actor, requests, workstation, render, today=today, deliver=deliver)
        at_counter = case.channel == Channel.COUNTER
        lines = issued_lines(rows) + _printouts_fee(session, case, printouts)
        lines += f"\n{HANDED_OVER}" if at_counter else ""
        add_event(session, case, actor, EventKind.CERTIFICATES_ISSUED, comment=lines)
        if at_counter:
            record(session, actor, "certificates.handed_over", "case", case.id, reference=case.reference,
                   codes=[row.verification_code for row in rows])  # fmt: skip
        case.updated_at = utcnow()
        session.flush()
        return rows


def _printouts_fee(session: Session, case: Case, printouts: int) -> str:
    """Add the fee of ``printouts`` register printouts to the case's (unless the order is free of charge); the
    event line that says so, or ''."""
    if not printouts or (fee_exemption(case.form_data) is not None and case.fee_cents == 0):
        return ""
    extra = copies_fee_cents(rule_for(session, case, IssuedKind.REGISTER_PRINTOUT), printouts)
    if not extra:
        return ""
    before, case.fee_cents = case.fee_cents, case.fee_cents + extra
    return f"\nGebühr mit den Registerausdrucken: {format_euro(before)} → {format_euro(case.fee_cents)}"


@dataclass(frozen=True)
class PrintPlan:
    """What printing an order's certificates would do, for the officer to confirm before paper is used."""

    kind: IssuedKind
    register_number: str  # of the entry the § 62 decision names
    copies: int
    ordered_form: str | None  # the order form's certificateKind (national, international, eu_multilingual)
    next_serial: int | None  # the workstation's next sheet (None: no paper loaded or left)
    sheets_left: int


@operation
def certificate_print_plan(db: Database, actor: Actor, case_id: int, workstation: str) -> PrintPlan:
    """What :func:`issue_order_certificates` would print for case ``case_id`` on ``workstation`` (nothing is
    changed); refused like it without an entitling decision."""
    actor.require(Action.ISSUE_CERTIFICATES)
    with db.read() as session:
        case = visible_case(session, actor, case_id)
        kind = _order_kind(case)
        recorded = recorded_eligibility(case.events)
        if recorded is None:
            raise InvalidInput("eligibility", "not_recorded")
        if not recorded.decision.entitled:
            raise InvalidInput("eligibility", "refused")
        ranges = stock(session, workstation)
        left = sum(paper.remaining for paper in ranges)
        serial = next_serial(session, workstation)[1] if left else None
        form = case.form_data.get("certificateKind")
        return PrintPlan(
            IssuedKind(kind.value),
            recorded.register_number,
            order_copies(case.form_data),
            form if isinstance(form, str) else None,
            serial,
            left,
        )
