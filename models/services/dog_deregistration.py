"""Deregistering a dog from the dog tax (Abmeldung) and the reassessment of the year (Änderungsbescheid).

Approval finds the keeper in the resident register and the dog among the keeper's registered dogs (by its tax tag,
else its chip, else its name; the dogs other residents of the household keep are theirs to deregister), ends it on
the form's date with the form's reason, takes the tag back (a returned tag is not issued again) and writes the
reassessment of the year: the household's tax before and after (all the household's dogs, whoever keeps them), and
the refund or the amount owed in addition (:func:`models.registers.dogs.dog_tax.tax_after_deregistration`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from models.actors import Actor
from models.cases import Case
from models.errors import InvalidInput
from models.german_format import format_date, format_euro
from models.registers.dogs.dog_tax import TaxChange, tax_after_deregistration
from models.registers.dogs.keeping import find_keeper, form_date, keepers_dogs, return_tag, tag_of, tax_id, taxed_dog
from models.registers.dogs.register import Dog
from models.registers.dogs.tax_statute import town_tax_statute
from models.registers.dogs.transponder import checked_transponder
from models.search_form import search_form
from models.services import SpecialisedService

REASONS = {
    "death": "Tod des Hundes",
    "given_away": "Abgabe an eine andere Person",
    "shelter": "Abgabe an ein Tierheim",
    "moved_away": "Wegzug",
    "lost": "Hund entlaufen oder verschwunden",
}
MAX_PAST_DAYS = 366  # a deregistration reaches back at most a year


@dataclass(frozen=True)
class Deregistration:
    dog: Dog
    ends_on: dt.date
    reason: str
    tag_number: int | None
    change: TaxChange


def _the_dog(session: Session, dogs: list[Dog], form_dog: object) -> Dog:
    if not isinstance(form_dog, dict):
        raise InvalidInput("dog", "required")
    tag_text, chip_text = form_dog.get("taxTagNumber"), form_dog.get("chipNumber")
    if isinstance(tag_text, str) and tag_text.strip():
        found = [dog for dog in dogs if str(tag_of(session, dog.id)) == tag_text.strip().lstrip("0")]
    elif isinstance(chip_text, str) and chip_text.strip():
        chip = checked_transponder(chip_text)
        found = [dog for dog in dogs if dog.chip == chip]
    else:
        name = search_form(str(form_dog.get("name") or ""))
        found = [dog for dog in dogs if search_form(dog.name) == name]
    if not found:
        raise InvalidInput("dog", "not_registered")
    if len(found) > 1:
        raise InvalidInput("dog", "ambiguous")
    return found[0]


def planned_deregistration(session: Session, case: Case, today: dt.date) -> Deregistration:
    form = case.form_data
    keeper = find_keeper(session, form.get("applicant"))
    ends_on = form_date(form, "endDate", "deregistered_on")
    if ends_on is None:
        raise InvalidInput("deregistered_on", "required")
    if ends_on > today + dt.timedelta(days=MAX_PAST_DAYS) or ends_on < today - dt.timedelta(days=MAX_PAST_DAYS):
        raise InvalidInput("deregistered_on", "implausible")
    reason = form.get("reason")
    if reason not in REASONS:
        raise InvalidInput("deregistration_reason", "required")
    household = list(keepers_dogs(session, keeper.id, ends_on.year))
    mine = [dog for dog in household if dog.keeper_id == keeper.id and dog.deregistered_on is None]
    dog = _the_dog(session, mine, form.get("dog"))
    change = tax_after_deregistration(
        [taxed_dog(other) for other in household], tax_id(dog.id), ends_on, town_tax_statute()
    )
    return Deregistration(dog, ends_on, str(reason), tag_of(session, dog.id), change)


def reassessment_values(plan: Deregistration) -> dict[str, Any]:
    """The placeholders of the reassessment (``confirmation_letter.dog_deregistration``)."""
    change = plan.change
    if change.refund_cents:
        result = f"Ihnen werden {format_euro(change.refund_cents)} erstattet."
    elif change.extra_cents:
        result = f"Sie haben {format_euro(change.extra_cents)} nachzuzahlen."
    else:
        result = "Es ergibt sich weder eine Erstattung noch eine Nachzahlung."
    return {
        "hund": plan.dog.name,
        "steuermarke": str(plan.tag_number) if plan.tag_number is not None else "keine",
        "abgemeldet_zum": format_date(plan.ends_on),
        "grund": REASONS[plan.reason],
        "jahr": str(change.after.year),
        "bisher": format_euro(change.before.total_cents),
        "neu": format_euro(change.after.total_cents),
        "ergebnis": result,
    }


def planned_on_approval(session: Session, case: Case, today: dt.date) -> dict[str, Any]:
    return reassessment_values(planned_deregistration(session, case, today))


def on_approved(session: Session, case: Case, actor: Actor, today: dt.date) -> dict[str, Any]:
    """End the dog, take its tag back; the reassessment's values as :func:`planned_on_approval` gave them."""
    plan = planned_deregistration(session, case, today)
    values = reassessment_values(plan)
    plan.dog.deregistered_on = plan.ends_on
    plan.dog.deregistration_reason = plan.reason
    return_tag(session, plan.dog.id, today)
    return values


DOG_DEREGISTRATION = SpecialisedService(
    key="dog_deregistration",
    schema_file="dog_deregistration.json",
    on_approved=on_approved,
    planned_on_approval=planned_on_approval,
)
