"""Certificate orders of the registry office (Geburts-, Ehe-, Lebenspartnerschafts- und Sterbeurkunde), online and at
the counter: the four services share the steps after the § 62 PStG decision.

* **Approval** needs the order's certificates printed (:func:`~models.operations.certificate_orders.
  issue_order_certificates`, which needs a decision that entitles): else ``certificates``: ``not_issued``. The
  confirmation is the cover letter under the Standesamt's letterhead (the services belong to the department
  "Standesamt"), naming every certificate with its register number and verification code, how it reaches the
  applicant, and the fee with its reckoning (10 € for the first certificate, 5 € for each further copy issued at
  the same time, from the catalogue's ``per_copy`` rule; a town may set its own amounts).
* **Free of charge** for pension or social-security purposes: the order form's purpose ``pension`` starts the case
  without a fee, and the reason stands in its history (a town that charges them after all changes
  :data:`FREE_PURPOSES`).
* **At the counter** the certificates are printed while the applicant waits and handed over at once (the case
  history and the cover letter say so); "Sofort erledigen" is refused for an order, whose entitlement is checked
  first.
* **Rejection** (after a decision that refuses, or for an order the registers cannot answer) names § 62 PStG and the
  rule that decided; the reason the officer writes is the letter's "Begründung".
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from models.actors import Actor
from models.cases import Case, Channel
from models.errors import InvalidInput
from models.fees import FeeRule
from models.german_format import format_euro
from models.registers.civil_status.certificate_content import TITLES
from models.registers.civil_status.eligibility import recorded_eligibility
from models.registers.civil_status.issued import IssuedCertificate, valid_certificates_of_case
from models.services import SpecialisedService
from models.town_config import TownProfile, load_section, town_address

#: The order form's purpose for which certificates are free of charge, and the reason the case history keeps.
FREE_PURPOSES = {
    "pension": "Gebührenfrei: Urkunde für Zwecke der Renten- oder Sozialversicherung.",
}

DELIVERY_TEXTS = {
    "post": "Die Urkunden liegen diesem Schreiben bei.",
    "post_other": "Die Urkunden senden wir an die von Ihnen angegebene Versandanschrift.",
    "pickup": "Die Urkunden liegen zur Abholung im Standesamt bereit; bitte bringen Sie Ihren Ausweis mit.",
    "counter": "Die Urkunden wurden Ihnen im Standesamt ausgehändigt.",
}
#: How the certificates of an order taken at the counter reach the applicant: handed over at once.
COUNTER_DELIVERY = "counter"


def fee_exemption(form: dict[str, Any]) -> str | None:
    """Why an order is free of charge (the reason the case history keeps), or None."""
    purpose = form.get("purpose")
    return FREE_PURPOSES.get(purpose) if isinstance(purpose, str) else None


def _certificate_lines(certificates: tuple[IssuedCertificate, ...]) -> list[str]:
    counted: dict[tuple[str, str], int] = {}
    for certificate in certificates:
        key = (TITLES[certificate.kind], certificate.register_number)
        counted[key] = counted.get(key, 0) + 1
    lines = []
    for (title, number), count in counted.items():
        codes = ", ".join(c.verification_code for c in certificates if c.register_number == number)
        copies = "1 Exemplar" if count == 1 else f"{count} Exemplare"
        lines.append(f"{title}, Registernummer {number} ({copies}; Prüfcode {codes})")
    return lines


def _fee_text(case: Case, copies: int) -> str:
    reason = fee_exemption(case.form_data)
    if reason is not None and case.fee_cents == 0:
        return reason
    service = case.service  # the catalogue's rule, as the case's fee was reckoned by it
    further_cents = service.fee_further_copy_cents
    if service.fee_rule is FeeRule.PER_COPY and copies > 1 and further_cents is not None:
        return (
            f"{format_euro(case.fee_cents)} ({format_euro(service.fee_cents)} für die erste Urkunde, {copies - 1} × "
            f"{format_euro(further_cents)} für jede weitere gleichzeitig ausgestellte)"
        )
    return format_euro(case.fee_cents)


def _values(session: Session, case: Case) -> dict[str, Any]:
    certificates = valid_certificates_of_case(session, case.id)
    if not certificates:
        raise InvalidInput("certificates", "not_issued")
    town = load_section(session, TownProfile)
    delivery = COUNTER_DELIVERY if case.channel == Channel.COUNTER else case.form_data.get("delivery")
    return {
        "standesamt": f"Standesamt {town.city}",
        "urkunden": _certificate_lines(certificates),
        "anzahl": len(certificates),
        "versand": DELIVERY_TEXTS.get(delivery, DELIVERY_TEXTS["post"]) if isinstance(delivery, str) else "",
        "gebuehr": _fee_text(case, len(certificates)),
        "pruefadresse": town_address(town, "urkunde"),
    }


def planned_values(session: Session, case: Case, today: dt.date) -> dict[str, Any]:
    """The cover letter's values. Before the case exists ("Sofort erledigen" at the counter) there is nothing
    printed yet and no entitlement checked: refused (``certificates``: ``entitlement_first``), nothing is stored."""
    if case.id is None:
        raise InvalidInput("certificates", "entitlement_first")
    return _values(session, case)


def approved(session: Session, case: Case, actor: Actor, today: dt.date) -> dict[str, Any]:
    return _values(session, case)


def rejection_values(case: Case) -> dict[str, Any]:
    """The rule of the recorded § 62 decision, if one refused."""
    recorded = recorded_eligibility(case.events)
    if recorded is None or recorded.decision.entitled:
        return {"regel": ""}
    return {"regel": recorded.decision.rule}


def _service(key: str) -> SpecialisedService:
    return SpecialisedService(
        key=key,
        schema_file=f"{key}.json",
        on_approved=approved,
        planned_on_approval=planned_values,
        rejection_values=rejection_values,
        fee_exemption=fee_exemption,
    )


BIRTH_CERTIFICATE = _service("birth_certificate")
MARRIAGE_CERTIFICATE = _service("marriage_certificate")
PARTNERSHIP_CERTIFICATE = _service("partnership_certificate")
DEATH_CERTIFICATE = _service("death_certificate")
CERTIFICATE_SERVICES = (BIRTH_CERTIFICATE, MARRIAGE_CERTIFICATE, PARTNERSHIP_CERTIFICATE, DEATH_CERTIFICATE)
