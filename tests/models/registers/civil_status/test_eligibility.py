"""§ 62 PStG against a table written here, row by row: relation × register × age × years since the last death × § 63
block → entitled or the refusal code."""

from __future__ import annotations

import pytest

from models.errors import InvalidInput
from models.registers.civil_status.eligibility import (
    EligibilityRequest,
    Relation,
    decide,
    relation_from_form,
)
from models.registers.civil_status.entries import RegisterKind

P, S, A, D = Relation.PERSON_CONCERNED, Relation.SPOUSE_OR_PARTNER, Relation.ANCESTOR, Relation.DESCENDANT
SIB, LEG, AUT = Relation.SIBLING, Relation.LEGAL_INTEREST, Relation.AUTHORITY
G, E, L, T = RegisterKind.BIRTH, RegisterKind.MARRIAGE, RegisterKind.PARTNERSHIP, RegisterKind.DEATH
OK = None  # entitled
R, EV = "Erbschein beantragt", "Schreiben des Nachlassgerichts"  # a reason, the evidence seen

# relation, register, age, years since the last death, § 63 block, reason, evidence → refusal code (None: entitled)
TABLE = [
    # the close relations, every register
    (P, G, 30, None, False, "", "", OK),
    (P, E, 30, None, False, "", "", OK),
    (P, L, 30, None, False, "", "", OK),
    (P, T, 30, 5, False, "", "", OK),
    (S, G, 40, None, False, "", "", OK),
    (S, E, 40, None, False, "", "", OK),
    (S, T, 70, 1, False, "", "", OK),
    (A, G, 50, None, False, "", "", OK),
    (A, L, 50, None, False, "", "", OK),
    (D, G, 16, None, False, "", "", OK),
    (D, E, 20, None, False, "", "", OK),
    (D, T, 45, 2, False, "", "", OK),
    # under 16: every applicant, not only descendants; an unknown age too
    (D, G, 15, None, False, "", "", "applicant_under_16"),
    (P, G, 15, None, False, "", "", "applicant_under_16"),
    (S, E, 15, None, False, "", "", "applicant_under_16"),
    (SIB, T, 12, 40, False, R, "", "applicant_under_16"),
    (LEG, G, 10, None, False, R, EV, "applicant_under_16"),
    (A, G, None, None, False, "", "", "age_missing"),
    # siblings: a legitimate interest, birth and death only
    (SIB, G, 30, None, False, R, "", OK),
    (SIB, T, 30, 3, False, R, "", OK),
    (SIB, G, 30, None, False, "", "", "reason_missing"),
    (SIB, T, 30, 3, False, "   ", "", "reason_missing"),
    (SIB, E, 30, None, False, R, "", "sibling_register"),
    (SIB, L, 30, None, False, R, "", "sibling_register"),
    (SIB, E, 30, 29, False, R, "", "sibling_register"),
    # anyone else: a credible legal interest, reason and evidence
    (LEG, G, 40, None, False, R, EV, OK),
    (LEG, E, 40, None, False, R, EV, OK),
    (LEG, T, 40, 10, False, R, EV, OK),
    (LEG, G, 40, None, False, "", EV, "reason_missing"),
    (LEG, E, 40, None, False, R, "", "evidence_missing"),
    (LEG, T, 40, 29, False, R, " ", "evidence_missing"),
    # 30 years after the last death a legitimate interest suffices for anyone (no evidence, any register)
    (LEG, G, 40, 30, False, R, "", OK),
    (LEG, T, 40, 45, False, R, "", OK),
    (SIB, E, 40, 30, False, R, "", OK),
    (SIB, L, 40, 31, False, R, "", OK),
    (LEG, E, 40, 30, False, "", "", "reason_missing"),
    (SIB, E, 40, 35, False, "", "", "reason_missing"),
    # authorities within their remit: a reason, no age
    (AUT, G, None, None, False, "Prüfung der Staatsangehörigkeit", "", OK),
    (AUT, E, None, None, False, "Rentenversicherung", "", OK),
    (AUT, T, None, 5, False, "", "", "reason_missing"),
    # § 63 block: the person concerned and authorities only
    (P, G, 30, None, True, "", "", OK),
    (P, G, 15, None, True, "", "", "applicant_under_16"),
    (AUT, G, None, None, True, "Familiengericht", "", OK),
    (AUT, G, None, None, True, "", "", "reason_missing"),
    (S, G, 40, None, True, "", "", "restricted_entry"),
    (A, G, 50, None, True, "", "", "restricted_entry"),
    (D, G, 30, None, True, "", "", "restricted_entry"),
    (SIB, G, 30, None, True, R, "", "restricted_entry"),
    (LEG, G, 40, None, True, R, EV, "restricted_entry"),
    (LEG, G, 40, 50, True, R, EV, "restricted_entry"),
]


@pytest.mark.parametrize(("relation", "register", "age", "years", "blocked", "reason", "evidence", "refusal"), TABLE)
def test_every_row_of_the_table(
    relation: Relation,
    register: RegisterKind,
    age: int | None,
    years: int | None,
    blocked: bool,
    reason: str,
    evidence: str,
    refusal: str | None,
) -> None:
    decision = decide(EligibilityRequest(relation, register, age, years, blocked, reason, evidence))
    assert (decision.entitled, decision.refusal_code) == (refusal is None, refusal)
    assert "PStG" in decision.rule


def _rule(
    relation: Relation,
    register: RegisterKind = G,
    *,
    age: int | None = 30,
    years: int | None = None,
    blocked: bool = False,
    reason: str = "",
    evidence: str = "",
) -> str:
    return decide(EligibilityRequest(relation, register, age, years, blocked, reason, evidence)).rule


def test_the_rule_names_the_paragraph() -> None:
    assert _rule(P) == "§ 62 Abs. 1 Satz 1 PStG: die Person, auf die sich der Eintrag bezieht"
    assert _rule(D, age=15).startswith("§ 62 Abs. 1 Satz 3 PStG")
    assert _rule(SIB, E, reason=R).startswith("§ 62 Abs. 2 PStG")
    assert _rule(LEG, reason=R, evidence=EV).startswith("§ 62 Abs. 1 Satz 2 PStG")
    assert _rule(LEG, reason=R, years=30).startswith("§ 62 Abs. 3 PStG")
    assert _rule(AUT, age=None, reason=R).startswith("§ 65 Abs. 1 PStG")
    assert _rule(S, blocked=True).startswith("§ 63 Abs. 1 PStG")


def test_the_form_values_map_to_relations() -> None:
    assert [relation_from_form(v) for v in ("self", "spouse_partner", "ancestor", "descendant")] == [P, S, A, D]
    assert [relation_from_form(v) for v in ("sibling", "legal_interest", "authority")] == [SIB, LEG, AUT]
    with pytest.raises(InvalidInput) as refused:
        relation_from_form("neighbour")
    assert (refused.value.field, refused.value.problem) == ("relationship", "unknown")
