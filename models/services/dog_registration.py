"""Registering a dog for the dog tax (Anmeldung zur Hundesteuer) and its tax notice (Hundesteuerbescheid).

Approval (online or at the counter) finds the keeper in the resident register, checks the chip, classifies the dog
by the LHundG NRW and refuses a §§ 3/10 dog without the permit and a § 11 dog without the report; then it stores
the dog (with the exemption or reduction of the statute claimed and its evidence, which a dangerous dog gets only
where the statute allows it; and the SEPA mandate, if the tax is paid by direct debit), issues the next free tax
tag and writes the tax notice as the confirmation letter: the household's assessment (all dogs of the residents at
the keeper's main residence, :func:`models.registers.dogs.keeping.household_dogs`) of the current year with a
line per dog, the months taxed, the relief granted and its evidence, the instalments with their due dates, the
legal-remedy notice, and either the GiroCode of the first instalment or the mandate's text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy.orm import Session

from models.actors import Actor
from models.cases import Case
from models.errors import InvalidInput
from models.german_format import MONTH_NAMES, format_date, format_euro
from models.letters import MAX_PURPOSE_LENGTH, PaymentRequest
from models.registers.dogs.breeds import BreedAssessment, DogCategory, Requirement, breed_rules, classify_dog
from models.registers.dogs.dog_tax import TaxAssessment, TaxedDog, tax_for_year
from models.registers.dogs.keeping import (
    NEW_DOG,
    PERMIT_SERVICE,
    REPORT_SERVICE,
    chip_registered,
    decided_for_keeper,
    find_keeper,
    form_date,
    issue_tag,
    keepers_dogs,
    next_free_tag,
    taxed_dog,
)
from models.registers.dogs.register import Dog, DogSex, DogTaxMandate
from models.registers.dogs.sepa_mandate import MandateKind, SepaMandate, checked_mandate, mandate_text
from models.registers.dogs.tax_statute import Relief, town_tax_statute
from models.registers.dogs.transponder import checked_transponder, grouped_chip
from models.registers.residents.resident import Resident
from models.services import PAYMENT_VALUE, SpecialisedService
from models.town_config import TownProfile, load_section

NO_RELIEF = "none"  # the form's choice for no relief claimed
_DECLARED = {"section3": DogCategory.DANGEROUS, "section10": DogCategory.CERTAIN_BREED}


@dataclass(frozen=True)
class Registration:
    """What approving the case will store, worked out (and checked) without changing anything."""

    keeper: Resident
    dog: dict[str, Any]  # the Dog's columns
    assessment: BreedAssessment
    mandate: SepaMandate | None
    household: tuple[tuple[str, str, bool], ...]  # (tax id, name, dangerous) of the household's dogs, this NEW_DOG
    tax: TaxAssessment
    tag_number: int


def _text(form: dict[str, Any], key: str, field: str, limit: int, *, required: bool = True) -> str | None:
    value = form.get(key)
    text = " ".join(value.split()) if isinstance(value, str) else ""
    if not text:
        if required:
            raise InvalidInput(field, "required")
        return None
    if len(text) > limit:
        raise InvalidInput(field, "too_long")
    return text


def _object(form: dict[str, Any], key: str) -> dict[str, Any]:
    """A nested object of the form, or an empty one when the form has none there (or something else)."""
    value = form.get(key)
    return value if isinstance(value, dict) else {}


def _measure(value: object) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def _assessment(dog: dict[str, Any], form: dict[str, Any]) -> BreedAssessment:
    """The LHundG class from the breed text; the §§ 3/10 class the keeper declared, or the large dog declared,
    when the text and the measures name none (the stricter of the two counts)."""
    assessment = classify_dog(str(dog.get("breed") or ""), _measure(dog.get("heightCm")), _measure(dog.get("weightKg")))
    declared = _DECLARED.get(str(_object(form, "listedBreed").get("category")))
    if declared is None and form.get("largeDog") is True and assessment.category is DogCategory.NONE:
        declared = DogCategory.LARGE
    if declared is None or assessment.category.taxed_as_dangerous or assessment.category is declared:
        return assessment
    rules = breed_rules()
    requirement = Requirement.REPORT if declared is DogCategory.LARGE else Requirement.PERMIT
    return BreedAssessment(declared, None, rules.sections[declared], requirement, rules.prerequisite[declared])


def _permit(
    session: Session, assessment: BreedAssessment, form: dict[str, Any], keeper: Resident
) -> tuple[str | None, dt.date | None]:
    """The permit (§§ 3/10) or report (§ 11) recorded with the dog: from the form, else the keeper's approved case
    of the order office (``dangerous_dog_permit``, ``large_dog_notification``); refused when there is none."""
    if assessment.requirement is Requirement.PERMIT:
        listed = _object(form, "listedBreed")
        reference = _text(listed, "permitReference", "permit", 40, required=False)
        day = form_date(listed, "permitDate", "permit_date")
        if reference is not None and day is not None:
            return reference, day
        decided = decided_for_keeper(session, keeper, PERMIT_SERVICE)
        if decided is not None:
            return decided
        if assessment.category is DogCategory.DANGEROUS:
            raise InvalidInput("permit", "required_dangerous")
        raise InvalidInput("permit", "required_certain_breed")
    if assessment.requirement is Requirement.REPORT:
        decided = decided_for_keeper(session, keeper, REPORT_SERVICE)
        if decided is not None:
            return decided
        if form.get("largeDog") is not True:
            raise InvalidInput("large_dog_report", "required")
        return "Anzeige § 11 LHundG NRW mit der Anmeldung", None
    return None, None


def _mandate(
    form: dict[str, Any], keeper: Resident, case: Case, town: TownProfile, today: dt.date
) -> SepaMandate | None:
    if form.get("paymentMethod") != "sepa":
        return None
    data = form.get("sepaMandate")
    if not isinstance(data, dict):
        raise InvalidInput("sepa_mandate", "required")
    address = keeper.main_address()
    fallback = (
        f"{address.street.name} {address.house_number}\n{address.street.postcode} {address.street.town}"
        if address
        else ""
    )
    signed_on = form_date(data, "signedOn", "signed_on")
    if signed_on is None:
        raise InvalidInput("signed_on", "required")
    kind = MandateKind.ONE_OFF if data.get("mandateType") == "one_off" else MandateKind.RECURRING
    return checked_mandate(
        creditor_name=town.name,
        creditor_address=f"{town.street}\n{town.postcode} {town.city}",
        creditor_id=town.creditor_id,
        reference=f"HUNDESTEUER-{case.reference}",
        debtor_name=str(data.get("accountHolder") or ""),
        debtor_address=str(data.get("accountHolderAddress") or fallback),
        iban=str(data.get("iban") or ""),
        bic=str(data.get("bic") or ""),
        kind=kind,
        place=str(data.get("place") or ""),
        signed_on=signed_on,
        today=today,
    )


def _claimed_relief(form: dict[str, Any]) -> tuple[Relief | None, str | None]:
    """The exemption or reduction of the statute the keeper claims (``taxRelief``), and the evidence shown for it.

    Nothing claimed: (None, None). A code the statute does not know is refused (``("relief", "unknown")``), a claim
    without evidence as well; whether a dangerous dog may have it is the tax's check (:func:`tax_for_year`)."""
    claim = _object(form, "taxRelief")
    code = claim.get("code")
    if code is None or code in ("", NO_RELIEF):
        return None, None
    if not isinstance(code, str):
        raise InvalidInput("relief", "unknown")
    relief = town_tax_statute().relief(code)
    return relief, _text(claim, "evidence", "relief_evidence", 200)


def _dog_columns(form: dict[str, Any], session: Session, today: dt.date) -> dict[str, Any]:
    dog = _object(form, "dog")
    chip_text = dog.get("chipNumber")
    chip = checked_transponder(chip_text) if isinstance(chip_text, str) and chip_text.strip() else None
    if chip is not None and chip_registered(session, chip):
        raise InvalidInput("chip", "already_registered")
    born = form_date(dog, "dateOfBirth", "dog_born")
    acquired = form_date(dog, "keptSince", "acquired_on")
    if born is None:
        raise InvalidInput("dog_born", "required")
    if acquired is None:
        raise InvalidInput("acquired_on", "required")
    if born > today or acquired > today + dt.timedelta(days=366) or acquired < born:
        raise InvalidInput("acquired_on", "implausible")
    insurance, previous = _object(form, "liabilityInsurance"), _object(form, "previousKeeper")
    sex = dog.get("sex")
    if sex not in {member.value for member in DogSex}:
        raise InvalidInput("dog_sex", "required")
    return {
        "name": _text(dog, "name", "dog_name", 60),
        "breed": _text(dog, "breed", "breed", 120),
        "cross": dog.get("breedKind") == "cross",
        "sex": DogSex(sex),
        "colour": _text(dog, "colour", "colour", 60),
        "born": born,
        "acquired_on": acquired,
        "previous_keeper": _text(previous, "name", "previous_keeper", 200, required=False),
        "chip": chip,
        "insurer": _text(insurance, "insurer", "insurer", 120),
        "policy_number": _text(insurance, "policyNumber", "policy_number", 40),
    }


def planned_registration(session: Session, case: Case, today: dt.date) -> Registration:
    """Everything the approval checks and stores; :class:`InvalidInput` for the first fault (nothing stored)."""
    form = case.form_data
    keeper = find_keeper(session, form.get("applicant"))
    columns = _dog_columns(form, session, today)
    assessment = _assessment(_object(form, "dog"), form)
    permit_reference, permit_date = _permit(session, assessment, form, keeper)
    relief, evidence = _claimed_relief(form)
    columns.update(
        category=assessment.category.value,
        permit_reference=permit_reference,
        permit_date=permit_date,
        relief=relief.code if relief else None,
        relief_evidence=evidence,
    )
    mandate = _mandate(form, keeper, case, load_section(session, TownProfile), today)
    others = keepers_dogs(session, keeper.id, today.year)
    new = TaxedDog(NEW_DOG, columns["acquired_on"], None, assessment.category.taxed_as_dangerous, columns["relief"])
    tax = tax_for_year([*(taxed_dog(dog) for dog in others), new], today.year, town_tax_statute())
    household = (
        *((taxed.dog_id, dog.name, taxed.dangerous) for dog, taxed in ((dog, taxed_dog(dog)) for dog in others)),
        (NEW_DOG, str(columns["name"]), new.dangerous),
    )
    return Registration(keeper, columns, assessment, mandate, household, tax, next_free_tag(session))


def _months(first: int, last: int, year: int) -> str:
    count = last - first + 1
    span = MONTH_NAMES[first - 1] if first == last else f"{MONTH_NAMES[first - 1]} bis {MONTH_NAMES[last - 1]}"
    return f"{span} {year} ({count} {'Monat' if count == 1 else 'Monate'})"


def _position(position: int | None, rate_cents: int, dangerous: bool) -> str:
    if position is None:
        return "steuerfrei"
    if dangerous:
        return f"gefährlicher Hund, Jahressteuer {format_euro(rate_cents)}"
    return f"{position}. Hund, Jahressteuer {format_euro(rate_cents)}"


def instalment_due(due_on: dt.date, today: dt.date, town: TownProfile) -> dt.date:
    """An instalment already due on the notice's date falls due after the town's payment period instead."""
    return max(due_on, today + dt.timedelta(days=town.payment_days))


def _relief_text(plan: Registration) -> str:
    """The relief granted for the new dog, with the evidence it rests on (empty: none claimed)."""
    code = plan.dog["relief"]
    if code is None:
        return ""
    relief = town_tax_statute().relief(code)
    limited = f", für die ersten {relief.months} Monate" if relief.months else ""
    return f"{relief.reason}{limited}; Nachweis: {plan.dog['relief_evidence']}"


def notice_values(session: Session, case: Case, plan: Registration, today: dt.date) -> dict[str, Any]:
    """The placeholders of the tax notice (``confirmation_letter.dog_registration``), and its payment block."""
    town = load_section(session, TownProfile)
    names = {dog_id: name for dog_id, name, _dangerous in plan.household}
    dangerous = {dog_id for dog_id, _name, is_dangerous in plan.household if is_dangerous}
    lines = [
        f"{names[line.dog_id]}: {_months(line.first_month, line.last_month, plan.tax.year)}, "
        f"{_position(line.position, line.rate_cents, line.dog_id in dangerous)}: {format_euro(line.amount_cents)}"
        + (f" ({line.relief_reason})" if line.relief_reason else "")
        for line in plan.tax.lines
    ]
    instalments = [
        f"fällig am {format_date(instalment_due(rate.due_on, today, town))}: {format_euro(rate.amount_cents)}"
        for rate in plan.tax.instalments
    ]
    new_months = plan.tax.dog_months(NEW_DOG)
    new_lines = [line for line in plan.tax.lines if line.dog_id == NEW_DOG]
    values: dict[str, Any] = {
        "hund": str(plan.dog["name"]),
        "rasse": str(plan.dog["breed"]),
        "chip": grouped_chip(plan.dog["chip"]) if plan.dog["chip"] else "nicht angegeben",
        "steuermarke": str(plan.tag_number),
        "jahr": str(plan.tax.year),
        "jahresbetrag": format_euro(plan.tax.total_cents),
        "steuer_hund": format_euro(plan.tax.dog_cents(NEW_DOG)),
        "monate": _months(new_lines[0].first_month, new_lines[-1].last_month, plan.tax.year) if new_months else "keine",
        "positionen": lines,
        "raten": instalments,
        "satzung": town_tax_statute().name,
        "einstufung": plan.assessment.section or "keine Einstufung nach dem LHundG NRW",
        "lastschriftmandat": mandate_text(plan.mandate) if plan.mandate else "",
        "steuerverguenstigung": _relief_text(plan),
    }
    if plan.mandate is None and plan.tax.instalments:
        first = plan.tax.instalments[0]
        values[PAYMENT_VALUE] = PaymentRequest(
            amount_cents=first.amount_cents,
            due_date=instalment_due(first.due_on, today, town),
            purpose=f"Hundesteuer {plan.tax.year} Marke {plan.tag_number} {case.reference}"[:MAX_PURPOSE_LENGTH],
            beneficiary=town.name,
            iban=town.iban,
            bic=town.bic,
        )
    return values


def planned_on_approval(session: Session, case: Case, today: dt.date) -> dict[str, Any]:
    return notice_values(session, case, planned_registration(session, case, today), today)


def on_approved(session: Session, case: Case, actor: Actor, today: dt.date) -> dict[str, Any]:
    """Store the dog, its mandate and its tag; the notice's values as :func:`planned_on_approval` gave them."""
    plan = planned_registration(session, case, today)
    mandate_id = None
    if plan.mandate is not None:
        mandate = plan.mandate
        stored = DogTaxMandate(
            keeper_id=plan.keeper.id,
            reference=mandate.reference,
            creditor_id=mandate.creditor_id,
            debtor_name=mandate.debtor_name,
            debtor_address=mandate.debtor_address,
            iban=mandate.iban,
            bic=mandate.bic,
            kind=mandate.kind.value,
            place=mandate.place,
            signed_on=mandate.signed_on,
        )
        session.add(stored)
        session.flush()
        mandate_id = stored.id
    dog = Dog(keeper_id=plan.keeper.id, registration_case_id=case.id, mandate_id=mandate_id, **plan.dog)
    session.add(dog)
    session.flush()
    issue_tag(session, dog, plan.tag_number, today)
    return notice_values(session, case, plan, today)


DOG_REGISTRATION = SpecialisedService(
    key="dog_registration",
    schema_file="dog_registration.json",
    on_approved=on_approved,
    planned_on_approval=planned_on_approval,
)
