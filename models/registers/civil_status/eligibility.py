"""Who may receive a certificate from a civil-status entry (§ 62 PStG, § 63 PStG, § 65 PStG): pure rules, no database.

The decision, with what the officer recorded, is a case event (:data:`EventKind.ELIGIBILITY_RECORDED`) whose comment
:func:`history_comment` writes and :func:`recorded_eligibility` reads back (the approval checks it).

The registry officer records the applicant's relation to the entry, the reason and the evidence seen; :func:`decide`
says whether a certificate may be issued and names the rule in a German sentence (shown in the case history and
named in a rejection letter). The rules, checked in this order:

1. **§ 63 block** (adoption, change of the sex entry): certificates go to the person concerned only. Authorities
   acting within their remit (§ 65 PStG) keep their access, as the block protects against private disclosure; every
   other relation — also spouse, ancestors and descendants — is refused (``restricted_entry``). The block does not
   lapse with the 30 years of § 62 Abs. 3 here (a simplification: the officer decides such a case by hand).
2. **Age** (§ 62 Abs. 1 Satz 3 PStG: a person who has reached 16 may apply themself): applied to *every* natural
   applicant, not only to descendants; an applicant under 16 is refused (``applicant_under_16``), one whose age is
   not known too (``age_missing``). An authority has no age.
3. **The relation:** the person concerned, spouse or partner, ancestors and descendants are entitled (§ 62 Abs. 1
   Satz 1). Siblings need a legitimate interest (a reason) and receive birth and death certificates only (§ 62
   Abs. 2; marriage or partnership: ``sibling_register``). Anyone else needs a credible legal interest: a reason
   and the evidence seen (§ 62 Abs. 1 Satz 2). An authority needs the reason its task gives (§ 65 Abs. 1).
4. **30 years after the death of the last person concerned** (``years_since_last_death`` ≥ 30) a legitimate
   interest suffices for anyone (§ 62 Abs. 3): a sibling or anyone else is entitled with a reason alone, also for a
   marriage or partnership entry.

A reason that is required but empty is ``reason_missing``; missing evidence of a legal interest ``evidence_missing``.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from models.cases import EventKind
from models.errors import InvalidInput
from models.registers.civil_status.entries import RegisterKind


class Relation(enum.StrEnum):
    """The applicant's relation to the entry."""

    PERSON_CONCERNED = "person_concerned"  # die Person, auf die sich der Eintrag bezieht
    SPOUSE_OR_PARTNER = "spouse_or_partner"  # Ehegatte, Lebenspartner
    ANCESTOR = "ancestor"  # Vorfahre (Eltern, Großeltern)
    DESCENDANT = "descendant"  # Abkömmling (Kind, Enkelkind)
    SIBLING = "sibling"  # Geschwister
    LEGAL_INTEREST = "legal_interest"  # jede andere Person mit glaubhaft gemachtem rechtlichem Interesse
    AUTHORITY = "authority"  # Behörde, Gericht (§ 65 PStG)


#: The values of the order forms' ``relationship`` field (the four certificate schemas), and the counter's.
FORM_RELATIONS = {
    "self": Relation.PERSON_CONCERNED,
    "spouse_partner": Relation.SPOUSE_OR_PARTNER,
    "ancestor": Relation.ANCESTOR,
    "descendant": Relation.DESCENDANT,
    "sibling": Relation.SIBLING,
    "legal_interest": Relation.LEGAL_INTEREST,
    "authority": Relation.AUTHORITY,
}

#: The relations entitled by § 62 Abs. 1 Satz 1 PStG without a reason.
CLOSE_RELATIONS = frozenset(
    {Relation.PERSON_CONCERNED, Relation.SPOUSE_OR_PARTNER, Relation.ANCESTOR, Relation.DESCENDANT}
)
#: The registers a sibling receives certificates from (§ 62 Abs. 2 PStG).
SIBLING_REGISTERS = frozenset({RegisterKind.BIRTH, RegisterKind.DEATH})
MINIMUM_AGE = 16
YEARS_AFTER_DEATH = 30

#: The rule of each entitling relation (§ 62 Abs. 1 Satz 1 PStG).
_CLOSE_RULES = {
    Relation.PERSON_CONCERNED: "§ 62 Abs. 1 Satz 1 PStG: die Person, auf die sich der Eintrag bezieht",
    Relation.SPOUSE_OR_PARTNER: "§ 62 Abs. 1 Satz 1 PStG: Ehegatte oder Lebenspartner einer Person, auf die sich "
    "der Eintrag bezieht",
    Relation.ANCESTOR: "§ 62 Abs. 1 Satz 1 PStG: Vorfahre einer Person, auf die sich der Eintrag bezieht",
    Relation.DESCENDANT: "§ 62 Abs. 1 Satz 1 PStG: Abkömmling einer Person, auf die sich der Eintrag bezieht",
}
RULE_RESTRICTED = (
    "§ 63 Abs. 1 PStG: Sperrvermerk – Urkunden nur an die Person, auf die sich der Eintrag bezieht, und an Behörden "
    "im Rahmen ihrer Aufgaben"
)
RULE_UNDER_16 = "§ 62 Abs. 1 Satz 3 PStG: einen Antrag stellt selbst, wer das 16. Lebensjahr vollendet hat"
RULE_AGE_MISSING = "§ 62 Abs. 1 Satz 3 PStG: das Alter der antragstellenden Person ist nicht festgestellt"
RULE_SIBLING = "§ 62 Abs. 2 PStG: Geschwister mit berechtigtem Interesse (Geburten- und Sterberegister)"
RULE_SIBLING_REGISTER = "§ 62 Abs. 2 PStG: Geschwister erhalten Urkunden nur aus dem Geburten- und dem Sterberegister"
RULE_LEGAL_INTEREST = "§ 62 Abs. 1 Satz 2 PStG: andere Personen mit glaubhaft gemachtem rechtlichem Interesse"
RULE_AUTHORITY = "§ 65 Abs. 1 PStG: Behörden und Gerichte, soweit es zur Erfüllung ihrer Aufgaben erforderlich ist"
RULE_AFTER_DEATH = (
    "§ 62 Abs. 3 PStG: 30 Jahre nach dem Tod des zuletzt verstorbenen Beteiligten genügt ein berechtigtes Interesse"
)

#: Each refusal code with the German words the case history gives it.
REFUSALS = {
    "restricted_entry": "Der Eintrag trägt einen Sperrvermerk nach § 63 PStG.",
    "applicant_under_16": "Die antragstellende Person ist jünger als 16 Jahre.",
    "age_missing": "Das Alter der antragstellenden Person ist nicht angegeben.",
    "sibling_register": "Geschwister erhalten keine Ehe- oder Lebenspartnerschaftsurkunde.",
    "reason_missing": "Die erforderliche Begründung des Interesses fehlt.",
    "evidence_missing": "Der Nachweis des rechtlichen Interesses fehlt.",
}


def relation_from_form(value: str) -> Relation:
    """The relation of an order form's ``relationship`` value; an unknown one is ``InvalidInput``."""
    try:
        return FORM_RELATIONS[value]
    except KeyError:
        raise InvalidInput("relationship", "unknown") from None


@dataclass(frozen=True)
class EligibilityRequest:
    """What the officer recorded: ``applicant_age`` None for an authority or when unknown;
    ``years_since_last_death`` None while a person concerned lives (or when unknown); ``restricted`` the § 63 block."""

    relation: Relation
    register: RegisterKind
    applicant_age: int | None
    years_since_last_death: int | None
    restricted: bool
    reason: str
    evidence: str


@dataclass(frozen=True)
class EligibilityDecision:
    entitled: bool
    rule: str  # German, naming the paragraph
    refusal_code: str | None  # a key of :data:`REFUSALS`, None when entitled


def _granted(rule: str) -> EligibilityDecision:
    return EligibilityDecision(True, rule, None)


def _refused(rule: str, code: str) -> EligibilityDecision:
    return EligibilityDecision(False, rule, code)


def decide(request: EligibilityRequest) -> EligibilityDecision:
    """The decision on ``request`` by the rules of the module's docstring."""
    relation = request.relation
    has_reason = bool(request.reason.strip())
    if request.restricted and relation not in (Relation.PERSON_CONCERNED, Relation.AUTHORITY):
        return _refused(RULE_RESTRICTED, "restricted_entry")
    if relation is Relation.AUTHORITY:
        return _granted(RULE_AUTHORITY) if has_reason else _refused(RULE_AUTHORITY, "reason_missing")
    if request.applicant_age is None:
        return _refused(RULE_AGE_MISSING, "age_missing")
    if request.applicant_age < MINIMUM_AGE:
        return _refused(RULE_UNDER_16, "applicant_under_16")
    if relation in CLOSE_RELATIONS:
        return _granted(_CLOSE_RULES[relation])
    long_dead = request.years_since_last_death is not None and request.years_since_last_death >= YEARS_AFTER_DEATH
    if relation is Relation.SIBLING and request.register in SIBLING_REGISTERS:
        return _granted(RULE_SIBLING) if has_reason else _refused(RULE_SIBLING, "reason_missing")
    if long_dead:
        return _granted(RULE_AFTER_DEATH) if has_reason else _refused(RULE_AFTER_DEATH, "reason_missing")
    if relation is Relation.SIBLING:
        return _refused(RULE_SIBLING_REGISTER, "sibling_register")
    if not has_reason:
        return _refused(RULE_LEGAL_INTEREST, "reason_missing")
    if not request.evidence.strip():
        return _refused(RULE_LEGAL_INTEREST, "evidence_missing")
    return _granted(RULE_LEGAL_INTEREST)


#: The relations' German names in the case history.
RELATION_LABELS = {
    Relation.PERSON_CONCERNED: "Person, auf die sich der Eintrag bezieht",
    Relation.SPOUSE_OR_PARTNER: "Ehegatte oder Lebenspartner",
    Relation.ANCESTOR: "Vorfahre",
    Relation.DESCENDANT: "Abkömmling",
    Relation.SIBLING: "Geschwister",
    Relation.LEGAL_INTEREST: "andere Person mit rechtlichem Interesse",
    Relation.AUTHORITY: "Behörde oder Gericht",
}
_NONE = "–"
_ENTRY = re.compile(r"^(?P<number>.+) \(Eintrag-Nr\. (?P<id>[0-9]+)\)$")


@dataclass(frozen=True)
class RecordedEligibility:
    """A decision as the case history keeps it, with the entry it is about and what the officer recorded."""

    decision: EligibilityDecision
    entry_id: int
    register_number: str
    relation: Relation
    applicant_age: int | None
    reason: str
    evidence: str


def history_comment(recorded: RecordedEligibility) -> str:
    """The case event's comment: German lines ``Label: value`` (values on one line), read back by
    :func:`recorded_eligibility`."""
    decision = recorded.decision
    lines = [
        f"Berechtigung nach § 62 PStG: {'erteilt' if decision.entitled else 'abgelehnt'}",
        f"Regel: {decision.rule}",
    ]
    if decision.refusal_code is not None:
        lines.append(f"Ablehnungsgrund: {REFUSALS[decision.refusal_code]}")
    lines += [
        f"Eintrag: {recorded.register_number} (Eintrag-Nr. {recorded.entry_id})",
        f"Beziehung: {RELATION_LABELS[recorded.relation]}",
        f"Alter: {recorded.applicant_age if recorded.applicant_age is not None else _NONE}",
        f"Begründung: {recorded.reason or _NONE}",
        f"Nachweis: {recorded.evidence or _NONE}",
    ]
    return "\n".join(lines)


def _parsed(comment: str) -> RecordedEligibility | None:
    fields = dict(line.split(": ", 1) for line in comment.splitlines() if ": " in line)
    try:
        entitled = {"erteilt": True, "abgelehnt": False}[fields["Berechtigung nach § 62 PStG"]]
        refusal = next((code for code, text in REFUSALS.items() if text == fields.get("Ablehnungsgrund")), None)
        entry = _ENTRY.match(fields["Eintrag"])
        relation = next(r for r, label in RELATION_LABELS.items() if label == fields["Beziehung"])
        age = None if fields["Alter"] == _NONE else int(fields["Alter"])
    except (KeyError, StopIteration, ValueError):
        return None
    if entry is None or entitled == (refusal is not None):
        return None
    reason, evidence = (fields.get(label, _NONE) for label in ("Begründung", "Nachweis"))
    return RecordedEligibility(
        EligibilityDecision(entitled, fields["Regel"], refusal),
        int(entry["id"]),
        entry["number"],
        relation,
        age,
        "" if reason == _NONE else reason,
        "" if evidence == _NONE else evidence,
    )


class HistoryEvent(Protocol):
    """An entry of a case's history, as stored (:class:`~models.cases.CaseEvent`) or as the desktop shows it."""

    @property
    def kind(self) -> EventKind: ...

    @property
    def comment(self) -> str | None: ...


def recorded_eligibility(events: Iterable[HistoryEvent]) -> RecordedEligibility | None:
    """The last eligibility decision recorded in a case's history (``events`` in order), None if there is none."""
    last = None
    for event in events:
        if event.kind == EventKind.ELIGIBILITY_RECORDED and event.comment:
            last = _parsed(event.comment) or last
    return last
