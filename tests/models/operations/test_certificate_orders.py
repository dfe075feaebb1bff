"""Certificate orders at the registry office: only registry officers see the candidates (an audited search with the
case) and record the § 62 PStG decision, which is a case event with the rule, the reason, the evidence and the entry;
years since the last death come from the registers, the § 63 block from the entry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from models.actors import Actor
from models.audit import AuditRecord
from models.cases import CaseEvent, EventKind
from models.db import Database
from models.errors import InvalidInput, PermissionDenied
from models.german_format import today
from models.operations.case_detail import case_detail
from models.operations.certificate_orders import case_eligibility, certificate_order_candidates, record_eligibility
from models.operations.civil_status import NewEntry, annotate_civil_entry, record_civil_entry
from models.registers.civil_status.eligibility import Relation
from models.registers.civil_status.entries import AnnotationKind, PersonRole, RegisterKind
from models.registers.civil_status.recording import NewPerson
from models.registers.residents.resident import Sex
from tests.conftest import Staff
from tests.support.factories import GENERIC_FEE_SERVICE, new_case

OFFICER = "Vera Standes"
BORN = dt.date(1950, 4, 2)


def _birth_entry(db: Database, staff: Staff, *, restricted: bool = False) -> int:
    child = NewPerson(PersonRole.CHILD, "Kühn", "Greta", sex=Sex.FEMALE, born=BORN, birth_place="Lindenbrück")
    mother = NewPerson(PersonRole.MOTHER, "Kühn", "Ilse", sex=Sex.FEMALE)
    entry = NewEntry(RegisterKind.BIRTH, BORN + dt.timedelta(days=2), BORN, "Lindenbrück", OFFICER, (child, mother),
                     restricted=restricted)  # fmt: skip
    return record_civil_entry(db, staff.registry, entry).id


def _death_entry(db: Database, staff: Staff, died: dt.date, *, born: dt.date = BORN) -> int:
    deceased = NewPerson(PersonRole.DECEASED, "Kühn", "Greta", sex=Sex.FEMALE, born=born)
    entry = NewEntry(RegisterKind.DEATH, died, died, "Lindenbrück", OFFICER, (deceased,))
    return record_civil_entry(db, staff.registry, entry).id


def _birth_order(db: Database, staff: Staff, relationship: str = "self") -> int:
    form = {
        "personConcerned": {"familyName": "Kuehn", "givenNames": "Greta", "dateOfBirth": BORN.isoformat(),
                            "placeOfBirth": "Lindenbrück"},
        "relationship": relationship,
        "copies": 1,
    }  # fmt: skip
    return new_case(db, staff.system, "birth_certificate", form=form).id


def _death_order(db: Database, staff: Staff, died: dt.date) -> int:
    form = {"deceased": {"familyName": "Kühn", "givenNames": "Greta"}, "dateOfDeath": died.isoformat()}
    return new_case(db, staff.system, "death_certificate", form=form).id


def _years_ago(years: int) -> dt.date:
    return today().replace(year=today().year - years, day=1)


def _audits(db: Database, action: str) -> list[AuditRecord]:
    with db.read() as session:
        return list(session.scalars(select(AuditRecord).where(AuditRecord.action == action).order_by(AuditRecord.id)))


def _events(db: Database, case_id: int) -> list[CaseEvent]:
    with db.read() as session:
        query = select(CaseEvent).where(CaseEvent.case_id == case_id, CaseEvent.kind == EventKind.ELIGIBILITY_RECORDED)
        return list(session.scalars(query.order_by(CaseEvent.id)))


def test_only_the_registry_officer_looks_and_decides(db: Database, staff: Staff) -> None:
    entry = _birth_entry(db, staff)
    case_id = _birth_order(db, staff)
    calls: list[Callable[[Actor], Any]] = [
        lambda a: certificate_order_candidates(db, a, case_id),
        lambda a: record_eligibility(db, a, case_id, entry, Relation.PERSON_CONCERNED, 30, "", ""),
        lambda a: case_eligibility(db, a, case_id),
    ]
    for actor in (staff.clerk, staff.supervisor, staff.admin, staff.data_protection):
        for call in calls:
            with pytest.raises(PermissionDenied):
                call(actor)
    assert _audits(db, "civil_entries.searched") == []
    assert _events(db, case_id) == []
    civic = new_case(db, staff.system, GENERIC_FEE_SERVICE).id  # a Bürgerbüro case: not the officer's
    with pytest.raises(PermissionDenied):
        certificate_order_candidates(db, staff.registry, civic)
    with pytest.raises(InvalidInput) as refused:
        certificate_order_candidates(db, staff.system, civic)
    assert (refused.value.field, refused.value.problem) == ("certificate_order", "not_a_certificate_order")
    for call in calls:
        call(staff.registry)


def test_the_candidates_are_an_audited_search_with_the_case(db: Database, staff: Staff) -> None:
    entry = _birth_entry(db, staff)
    case_id = _birth_order(db, staff)
    result = certificate_order_candidates(db, staff.registry, case_id)
    assert [(c.entry_id, c.rule) for c in result.candidates] == [(entry, "Name, Geburtsdatum und Geburtsort")]
    (audit,) = _audits(db, "civil_entries.searched")
    reference = case_detail(db, staff.registry, case_id).case.reference
    assert (audit.actor, audit.object_type, audit.object_id) == (staff.registry.username, "case", str(case_id))
    assert (audit.details["reference"], audit.details["kind"], audit.details["hits"]) == (reference, "birth", 1)


def test_the_decision_is_in_the_case_history_and_read_back(db: Database, staff: Staff) -> None:
    entry = _birth_entry(db, staff)
    case_id = _birth_order(db, staff)
    assert case_eligibility(db, staff.registry, case_id) is None
    granted = record_eligibility(db, staff.registry, case_id, entry, Relation.PERSON_CONCERNED, 76,
                                 "  Eigene  Urkunde ", "Personalausweis L01X00T47")  # fmt: skip
    assert (granted.entitled, granted.refusal_code) == (True, None)
    (event,) = _events(db, case_id)
    assert event.actor == staff.registry.username
    assert event.comment is not None
    assert "§ 62 Abs. 1 Satz 1 PStG: die Person, auf die sich der Eintrag bezieht" in event.comment
    assert f"Eintrag: G 1/1950 (Eintrag-Nr. {entry})" in event.comment
    assert "Begründung: Eigene Urkunde" in event.comment
    assert "Nachweis: Personalausweis L01X00T47" in event.comment
    recorded = case_eligibility(db, staff.registry, case_id)
    assert recorded is not None
    assert (recorded.decision, recorded.entry_id, recorded.register_number) == (granted, entry, "G 1/1950")
    assert (recorded.relation, recorded.applicant_age, recorded.reason) == (Relation.PERSON_CONCERNED, 76,
                                                                            "Eigene Urkunde")  # fmt: skip
    refused = record_eligibility(db, staff.registry, case_id, entry, Relation.DESCENDANT, 15, "", "")
    assert (refused.entitled, refused.refusal_code) == (False, "applicant_under_16")
    assert len(_events(db, case_id)) == 2
    last = case_eligibility(db, staff.registry, case_id)
    assert last is not None
    assert (last.decision, last.relation, last.reason, last.evidence) == (refused, Relation.DESCENDANT, "", "")
    (checked, _second) = _audits(db, "civil_entry.eligibility_checked")
    assert (checked.object_id, checked.details["entitled"]) == (str(entry), True)
    assert len(_audits(db, "case.eligibility_recorded")) == 2
    assert len(_audits(db, "civil_eligibility.viewed")) == 3
    detail = case_detail(db, staff.registry, case_id)
    assert detail.case.assignee_username == staff.registry.username  # the decision took the case over


def test_thirty_years_after_the_last_death_a_legitimate_interest_suffices(db: Database, staff: Staff) -> None:
    interest = ("Familienforschung", "")
    entry = _birth_entry(db, staff)
    case_id = _birth_order(db, staff, "legal_interest")
    living = record_eligibility(db, staff.registry, case_id, entry, Relation.LEGAL_INTEREST, 40, *interest)
    assert living.refusal_code == "evidence_missing"
    _death_entry(db, staff, _years_ago(31), born=BORN + dt.timedelta(days=1))  # someone else: another birthday
    other_person = record_eligibility(db, staff.registry, case_id, entry, Relation.LEGAL_INTEREST, 40, *interest)
    assert other_person.refusal_code == "evidence_missing"
    _death_entry(db, staff, _years_ago(31))  # the same person: names and date of birth
    after = record_eligibility(db, staff.registry, case_id, entry, Relation.LEGAL_INTEREST, 40, *interest)
    assert (after.entitled, after.rule[:16]) == (True, "§ 62 Abs. 3 PStG")

    # a birth without a death entry, but with a death noted on it 35 years ago
    persons = (NewPerson(PersonRole.CHILD, "Adler", "Otto", born=BORN), NewPerson(PersonRole.MOTHER, "Adler", "Eva"))
    noted = record_civil_entry(db, staff.registry, NewEntry(RegisterKind.BIRTH, BORN, BORN, "Lindenbrück", OFFICER,
                                                            persons)).id  # fmt: skip
    before = record_eligibility(db, staff.registry, case_id, noted, Relation.LEGAL_INTEREST, 40, *interest)
    assert before.refusal_code == "evidence_missing"  # Otto Adler is not known to have died
    annotate_civil_entry(db, staff.registry, noted, AnnotationKind.DEATH, _years_ago(35), "Gestorben.")
    decision = record_eligibility(db, staff.registry, case_id, noted, Relation.LEGAL_INTEREST, 40, *interest)
    assert decision.entitled

    recent = _death_entry(db, staff, _years_ago(10), born=dt.date(1960, 1, 1))
    death_case = _death_order(db, staff, _years_ago(10))
    refused = record_eligibility(db, staff.registry, death_case, recent, Relation.LEGAL_INTEREST, 40, *interest)
    assert refused.refusal_code == "evidence_missing"
    old = _death_entry(db, staff, _years_ago(30), born=dt.date(1920, 1, 1))
    assert record_eligibility(db, staff.registry, death_case, old, Relation.LEGAL_INTEREST, 40, *interest).entitled


def test_a_blocked_entry_goes_to_the_person_concerned_only(db: Database, staff: Staff) -> None:
    entry = _birth_entry(db, staff, restricted=True)
    case_id = _birth_order(db, staff, "spouse_partner")
    spouse = record_eligibility(db, staff.registry, case_id, entry, Relation.SPOUSE_OR_PARTNER, 70, "", "")
    assert (spouse.entitled, spouse.refusal_code) == (False, "restricted_entry")
    own = record_eligibility(db, staff.registry, case_id, entry, Relation.PERSON_CONCERNED, 70, "", "")
    assert own.entitled
    assert "Ablehnungsgrund: Der Eintrag trägt einen Sperrvermerk nach § 63 PStG." in (
        _events(db, case_id)[0].comment or ""
    )


def test_bad_input_is_refused(db: Database, staff: Staff) -> None:
    birth = _birth_entry(db, staff)
    death = _death_entry(db, staff, _years_ago(1))
    case_id = _birth_order(db, staff)
    cases: list[tuple[Callable[[], Any], tuple[str, str]]] = [
        (lambda: record_eligibility(db, staff.registry, case_id, death, Relation.PERSON_CONCERNED, 30, "", ""),
         ("eligibility_entry", "other_register")),
        (lambda: record_eligibility(db, staff.registry, case_id, birth, Relation.PERSON_CONCERNED, -1, "", ""),
         ("applicant_age", "out_of_range")),
        (lambda: record_eligibility(db, staff.registry, case_id, birth, Relation.SIBLING, 30, "x" * 1001, ""),
         ("eligibility_reason", "too_long")),
        (lambda: record_eligibility(db, staff.registry, case_id, birth, Relation.LEGAL_INTEREST, 30, "x", "y" * 1001),
         ("eligibility_evidence", "too_long")),
    ]  # fmt: skip
    for call, code in cases:
        with pytest.raises(InvalidInput) as refused:
            call()
        assert (refused.value.field, refused.value.problem) == code
    assert _events(db, case_id) == []
