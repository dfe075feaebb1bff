"""Certificate orders at the registry office: the register entries an order matches, and the § 62 PStG decision.

Only registry officers: :attr:`Action.VIEW_CIVIL_STATUS` to see the candidates and a recorded decision,
:attr:`Action.RECORD_CIVIL_STATUS` to decide. The candidates are a search of the registers and an audit record
(``civil_entries.searched``, with the case); the decision is a case event (``eligibility_recorded``: the relation,
the rule, the reason, the evidence seen and the chosen entry, see
:func:`~models.registers.civil_status.eligibility.history_comment`) and an audit record of the entry
(``civil_entry.eligibility_checked``). Years since the last death come from the registers
(:mod:`~models.registers.civil_status.deaths`), the § 63 block from the entry.
"""

from __future__ import annotations

from models.actors import Actor
from models.base import utcnow
from models.case_status import OPEN_STATES
from models.cases import Case, EventKind
from models.db import Database
from models.errors import InvalidInput, NotFound
from models.german_format import today
from models.operations.audit_of_reads import record_read
from models.operations.audit_trail import record
from models.operations.case_access import add_event, case_for_work
from models.operations.rights import operation
from models.operations.visibility import visible_case
from models.permissions import Action
from models.registers.civil_status.deaths import years_since_last_death
from models.registers.civil_status.eligibility import (
    EligibilityDecision,
    EligibilityRequest,
    RecordedEligibility,
    Relation,
    decide,
    history_comment,
    recorded_eligibility,
)
from models.registers.civil_status.entries import CivilEntry, RegisterKind, register_number
from models.registers.civil_status.order_matching import ORDER_SERVICES, MatchResult, match_entries

MAX_TEXT_LENGTH = 1000  # the reason and the evidence, each
MAX_AGE = 130


def _order_kind(case: Case) -> RegisterKind:
    """The register the case orders a certificate from; another service is ``certificate_order``:
    ``not_a_certificate_order``."""
    kind = ORDER_SERVICES.get(case.service.key)
    if kind is None:
        raise InvalidInput("certificate_order", "not_a_certificate_order")
    return kind


@operation
def certificate_order_candidates(db: Database, actor: Actor, case_id: int) -> MatchResult:
    """The register entries the certificate order of case ``case_id`` matches, with the rule that found them
    (:func:`~models.registers.civil_status.order_matching.match_entries`); the search is logged with the case."""
    actor.require(Action.VIEW_CIVIL_STATUS)
    with db.read() as session:
        case = visible_case(session, actor, case_id)
        kind = _order_kind(case)
        result = match_entries(session, case.form_data, kind)
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
