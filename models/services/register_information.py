"""Simple register information (einfache Melderegisterauskunft, §44 BMG).

Answering the request (approving the case) searches the resident register for the person the applicant names:
the family name (search form, exactly), every given name (each must start a given name of the resident) and the
date of birth or a former (or current) address the applicant gives. Only when exactly one resident matches is the
answer positive, and then it gives only what :class:`Section44Data` holds — family name, given names, doctoral
degree, current addresses and the fact of death — nothing else by construction.

Every other outcome gets one and the same **standard answer**: the person "could not be identified unambiguously
from the details given" (``STANDARD_ANSWER``). That wording is true for no match and for several matches, and it
is the answer §51(1) BMG requires for a person with an information block: the applicant must not be able to tell
a blocked person from one who is not registered, so neither the letter, nor the case history, nor the audit text a
clerk can read differs from a "no match" (only the §40 disclosure log, read by the data-protection role alone,
says what happened). The fee is due in every case (AVerwGebO NRW, Tarifstelle 5): the answer never changes it.

A person with a conditional block (bedingter Sperrvermerk, §52 BMG) is answered only after the person was heard:
the approval does not happen, the case stays open with a note for the supervisor (Amtsleitung), who decides
(:mod:`models.operations.held_information`): allowed, the clerk's next approval answers; refused, it is refused.
A request for advertising or address trading without the person's consent is not answered (§44(3) BMG): the
approval is refused with a message, and the rejection letter names §44(3). Every answer — positive, standard,
refused — is one row of the §40 disclosure log (:mod:`models.registers.residents.disclosures`).
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session, selectinload

from models.actors import Actor
from models.cases import Case, EventKind
from models.errors import InvalidInput
from models.registers.residents.disclosures import DisclosureLogEntry, DisclosureOutcome
from models.registers.residents.resident import Resident, ResidentAddress, address_line
from models.registers.residents.streets import Street
from models.search_form import search_form, search_terms
from models.services import SpecialisedService

#: Residents of the family name (and date of birth or address) read at most before the given names are compared.
_CANDIDATES = 200

#: The standard answer for no match, several matches and an information block alike (see the module docstring).
STANDARD_ANSWER = (
    "Die gesuchte Person konnte anhand Ihrer Angaben im Melderegister nicht eindeutig bestimmt werden. Eine "
    "Auskunft kann daher nicht erteilt werden."
)

#: The note in the case history when a conditional block (§52 BMG) holds the answer back.
CONDITIONAL_BLOCK_NOTE = (
    "Bedingter Sperrvermerk (§ 52 BMG): Auskunft erst nach Anhörung der betroffenen Person. Der Vorgang bleibt "
    "offen und ist der Amtsleitung zur Entscheidung vorgelegt."
)

_DECISIONS = (EventKind.INFORMATION_ALLOWED, EventKind.INFORMATION_REFUSED)

#: The purposes of the form, as the log and the letter name them.
PURPOSES = {
    "debt_collection": "Forderungsbeitreibung",
    "contract": "Vertragsabwicklung",
    "inheritance": "Erbenermittlung / Nachlassangelegenheit",
    "legal_service": "Zustellung in einem Rechtsstreit",
    "private_contact": "Private Kontaktaufnahme",
    "other": "Sonstiger Zweck",
}


@dataclass(frozen=True)
class Section44Data:
    """What a simple register information gives (§44(1) BMG), and nothing more: no date of birth, no former
    address, no nationality, no sex. The letter and the disclosure log are made from this alone."""

    family_name: str
    given_names: str
    doctoral_degree: str | None
    current_addresses: tuple[str, ...]
    died: bool

    def logged(self) -> dict[str, Any]:
        """The data given, as the §40 log keeps them (German labels, the values as the letter gives them)."""
        data: dict[str, Any] = {"Familienname": self.family_name, "Vornamen": self.given_names}
        if self.doctoral_degree:
            data["Doktorgrad"] = self.doctoral_degree
        data["Derzeitige Anschriften"] = list(self.current_addresses)
        if self.died:
            data["Tatsache des Todes"] = "verstorben"
        return data


class Identification(enum.Enum):
    ONE = "one"
    NONE = "none"
    SEVERAL = "several"


@dataclass(frozen=True)
class RequestedPerson:
    family_name: str
    given_names: str
    born: dt.date | None
    street: str | None
    house_number: str | None
    postcode: str | None


@dataclass(frozen=True)
class Answer:
    """The outcome for the log, the data given (positive answers only) and whom they concern."""

    outcome: DisclosureOutcome
    data: Section44Data | None
    resident_id: int | None


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def requested_person(form: dict[str, Any]) -> RequestedPerson:
    person = form.get("requestedPerson")
    person = person if isinstance(person, dict) else {}
    born: dt.date | None = None
    try:
        born = dt.date.fromisoformat(_text(person.get("dateOfBirth"))) if person.get("dateOfBirth") else None
    except ValueError:
        born = None
    address = person.get("lastKnownAddress")
    address = address if isinstance(address, dict) else {}
    return RequestedPerson(
        family_name=_text(person.get("familyName")),
        given_names=_text(person.get("givenNames")),
        born=born,
        street=_text(address.get("street")) or None,
        house_number=_text(address.get("houseNumber")) or None,
        postcode=_text(address.get("postcode")) or None,
    )


def advertising_without_consent(form: dict[str, Any]) -> bool:
    """§44(3) BMG: for advertising or address trading only with the consent of the person concerned."""
    return form.get("advertisingOrAddressTrading") is True and form.get("consentOfPersonConcerned") is not True


def purpose_text(form: dict[str, Any]) -> str:
    purpose = PURPOSES.get(_text(form.get("purpose")), _text(form.get("purpose")) or "nicht angegeben")
    detail = _text(form.get("purposeDetail"))
    flags = []
    if form.get("commercialUse") is True:
        flags.append("gewerblich")
    if form.get("advertisingOrAddressTrading") is True:
        consent = "mit" if form.get("consentOfPersonConcerned") is True else "ohne"
        flags.append(f"Werbung/Adresshandel, {consent} Einwilligung")
    text = f"{purpose}: {detail}" if detail else purpose
    return f"{text} ({', '.join(flags)})" if flags else text


def find_requested(session: Session, person: RequestedPerson) -> list[Resident]:
    """At most two residents matching the request: the family name (search form) and the date of birth or an
    address (a former one as well as a current one) in SQL, then each given name the applicant wrote must be one of
    the resident's given names (search form)."""
    if not person.family_name or (person.born is None and person.house_number is None):
        return []
    conditions = [Resident.search_family_name == search_form(person.family_name)]
    if person.born is not None:
        conditions.append(Resident.born == person.born)
    if person.house_number is not None:
        at_address = (
            select(ResidentAddress.resident_id)
            .join(Street, Street.id == ResidentAddress.street_id)
            .where(ResidentAddress.house_number == person.house_number)
        )
        if person.postcode:
            at_address = at_address.where(Street.postcode == person.postcode)
        candidates = [
            street_id
            for street_id, name in session.execute(select(Street.id, Street.name))
            if search_form(name) == search_form(person.street or "")
        ]
        conditions.append(Resident.id.in_(at_address.where(Street.id.in_(candidates))))
    query = (
        select(Resident)
        .where(and_(*conditions))
        .options(selectinload(Resident.addresses).joinedload(ResidentAddress.street))
        .order_by(Resident.id)
        .limit(_CANDIDATES)
    )
    wanted = set(search_terms(person.given_names))
    return [r for r in session.scalars(query) if wanted <= set(search_terms(r.given_names))][:2]


def section44_data(resident: Resident) -> Section44Data:
    return Section44Data(
        family_name=resident.family_name,
        given_names=resident.given_names,
        doctoral_degree=resident.doctoral_degree,
        current_addresses=tuple(
            address_line(a.street.name, a.house_number, a.street.postcode, a.street.town)
            for a in resident.addresses
            if a.moved_out is None
        ),
        died=resident.died_on is not None,
    )


def _blocked(resident: Resident, today: dt.date) -> bool:
    until = resident.information_block_until
    return until is not None and until >= today


def answer(session: Session, case: Case, today: dt.date) -> Answer:
    """What the request gets (nothing is written)."""
    if advertising_without_consent(case.form_data):
        raise InvalidInput("purpose", "advertising_without_consent")
    found = find_requested(session, requested_person(case.form_data))
    if not found:
        return Answer(DisclosureOutcome.NO_MATCH, None, None)
    if len(found) > 1:
        return Answer(DisclosureOutcome.NOT_UNAMBIGUOUS, None, None)
    resident = found[0]
    if _blocked(resident, today):
        return Answer(DisclosureOutcome.INFORMATION_BLOCK, None, resident.id)
    return Answer(DisclosureOutcome.ANSWERED, section44_data(resident), resident.id)


def answer_values(result: Answer) -> dict[str, Any]:
    """The placeholders of ``confirmation_letter.register_information`` (see ``SERVICE_PLACEHOLDERS``)."""
    data = result.data
    if data is None:
        return {
            "auskunft_erteilt": "",
            "standardantwort": STANDARD_ANSWER,
            "familienname": "",
            "vornamen": "",
            "doktorgrad": "",
            "anschriften": [],
            "verstorben": "",
        }
    return {
        "auskunft_erteilt": "ja",
        "standardantwort": "",
        "familienname": data.family_name,
        "vornamen": data.given_names,
        "doktorgrad": data.doctoral_degree or "",
        "anschriften": list(data.current_addresses),
        "verstorben": "ja" if data.died else "",
    }


def recipient_text(case: Case) -> str:
    applicant = case.applicant
    form_applicant = case.form_data.get("applicant")
    organisation = _text(form_applicant.get("organisation")) if isinstance(form_applicant, dict) else ""
    parts = [
        " ".join(p for p in (applicant.title, applicant.given_names, applicant.family_name) if p),
        organisation,
        " ".join(p for p in (applicant.street, applicant.house_number) if p),
        " ".join(p for p in (applicant.postcode, applicant.city) if p),
    ]
    return ", ".join(part for part in parts if part)


def log_answer(session: Session, case: Case, actor: Actor, result: Answer) -> None:
    """One row of the §40 disclosure log for this answer."""
    session.add(
        DisclosureLogEntry(
            case_reference=case.reference,
            service_key=case.service.key,
            outcome=result.outcome,
            recipient=recipient_text(case),
            purpose=purpose_text(case.form_data),
            data_given=result.data.logged() if result.data is not None else {},
            resident_id=result.resident_id,
            clerk=actor.username,
        )
    )


def held_for_supervisor(session: Session, case: Case, actor: Actor, today: dt.date) -> str | None:
    """The note that holds the approval back: a conditional block (§52 BMG) on the one person found. The
    supervisor decides after the person was heard (the block is lifted, or the request rejected). None: the
    approval goes ahead."""
    if advertising_without_consent(case.form_data):
        return None
    found = find_requested(session, requested_person(case.form_data))
    if len(found) == 1 and found[0].conditional_block_reason and not _blocked(found[0], today):
        decision = supervisor_decision(case)
        if decision is EventKind.INFORMATION_ALLOWED:
            return None  # the supervisor allowed it after the hearing: answered as any request
        if decision is EventKind.INFORMATION_REFUSED:
            raise InvalidInput("held_information", "refused")
        return CONDITIONAL_BLOCK_NOTE
    return None


def supervisor_decision(case: Case) -> EventKind | None:
    """The supervisor's decision on the held information (:mod:`models.operations.held_information`), if any."""
    decisions = [event.kind for event in case.events if event.kind in _DECISIONS]
    return decisions[-1] if decisions else None


def awaiting_decision(case: Case) -> bool:
    """Held back for the supervisor (the note is in the history) and not decided yet."""
    held = any(event.kind == EventKind.COMMENT and event.comment == CONDITIONAL_BLOCK_NOTE for event in case.events)
    return held and supervisor_decision(case) is None


def on_approved(session: Session, case: Case, actor: Actor, today: dt.date) -> dict[str, Any]:
    result = answer(session, case, today)
    log_answer(session, case, actor, result)
    return answer_values(result)


def planned_on_approval(session: Session, case: Case, today: dt.date) -> dict[str, Any]:
    return answer_values(answer(session, case, today))


def on_rejected(session: Session, case: Case, actor: Actor, today: dt.date) -> None:
    """A refusal is an answer too: logged, with no data given."""
    log_answer(session, case, actor, Answer(DisclosureOutcome.REFUSED, None, None))


def rejection_values(case: Case) -> dict[str, Any]:
    """The placeholders of ``rejection_letter.register_information``."""
    return {"werbung_ohne_einwilligung": "ja" if advertising_without_consent(case.form_data) else ""}


def _service(key: str) -> SpecialisedService:
    return SpecialisedService(
        key=key,  # the extended information (§45 BMG) gives more fields and needs its own module
        schema_file="register_information.json",
        on_approved=on_approved,
        planned_on_approval=planned_on_approval,
        held_on_approval=held_for_supervisor,
        on_rejected=on_rejected,
        rejection_values=rejection_values,
    )


REGISTER_INFORMATION = _service("register_information")
#: The same request retrieved online (automatisierter Abruf, § 49 Abs. 2 BMG): the same rules and letters, its own fee.
REGISTER_INFORMATION_AUTOMATED = _service("register_information_automated")
