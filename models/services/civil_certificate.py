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
from collections import Counter
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.actors import Actor
from models.cases import Case, Channel
from models.catalogue import PublicService
from models.errors import InvalidInput
from models.fees import Fee, FeeRule, fee_cents
from models.german_format import format_euro
from models.registers.civil_status.certificate_content import TITLES
from models.registers.civil_status.eligibility import recorded_eligibility
from models.registers.civil_status.issued import IssuedCertificate, IssuedKind, valid_certificates_of_case
from models.services import SpecialisedService
from models.town_config import TownProfile, load_section, town_address

#: The order form's purpose for which certificates are free of charge, and the reason the case history keeps.
FREE_PURPOSES = {
    "pension": "Gebührenfrei: Urkunde für Zwecke der Renten- oder Sozialversicherung.",
}

#: The catalogue's service of the certified register printout, whose fee rule an order's printouts follow.
PRINTOUT_SERVICE = "register_printout"

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


def rule_for(session: Session, case: Case, kind: IssuedKind) -> Fee:
    """The fee rule of a certificate of ``kind`` in the order of ``case``: the order's own service, and for a
    certified register printout that service of the catalogue (the order's rule if the town has none)."""
    if kind is IssuedKind.REGISTER_PRINTOUT:
        printout = session.scalar(
            select(PublicService).where(PublicService.key == PRINTOUT_SERVICE, PublicService.active.is_(True))
        )
        if printout is not None:
            return printout.fee
    return case.service.fee


def copies_fee_cents(fee: Fee, copies: int) -> int:
    """What ``copies`` certificates of one kind issued at the same time cost under ``fee``."""
    if fee.rule is FeeRule.PER_COPY:
        return fee_cents(fee, copies)
    return fee.cents * copies if fee.rule is FeeRule.FIXED else 0


def _fee_text(session: Session, case: Case, certificates: tuple[IssuedCertificate, ...]) -> str:
    reason = fee_exemption(case.form_data)
    if reason is not None and case.fee_cents == 0:
        return reason
    counts = Counter(certificate.kind for certificate in certificates)
    parts = []
    for kind, copies in counts.items():
        fee = rule_for(session, case, kind)
        if fee.rule is not FeeRule.PER_COPY:
            continue
        part = f"{TITLES[kind]}: {format_euro(fee.cents)} für die erste"
        if copies > 1 and fee.further_copy_cents is not None:
            part += f", {copies - 1} × {format_euro(fee.further_copy_cents)} für jede weitere gleichzeitig ausgestellte"
        parts.append(part)
    return f"{format_euro(case.fee_cents)} ({'; '.join(parts)})" if parts else format_euro(case.fee_cents)


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
        "gebuehr": _fee_text(session, case, certificates),
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
