"""Ordering, exchanging or cancelling waste bins (Abfallbehälter-Änderung): approval changes the waste-bin register
from the effective date and writes the fee notice (Gebührenbescheid) with the new annual fee.

Before anything changes, the order is checked as the statute asks:

- the property is an address of the street directory (``street``: ``unknown``; ``house_number``: ``invalid``);
- only the owner or the property manager may order (``applicant_role``): a property already in the register is
  changed only by the owner recorded there (``not_owner``: the applicant's family name and first given name are
  among the words of the recorded owner's name, in the DIN 91379 search form) or by the recorded management
  (``not_manager``: the form's management company names it); a property new to the register is entered with the
  owner the form gives, and the approval's entry in the history asks the clerk to have checked the land register;
- the effective date lies at most three months back and a year ahead (``effective_date``: ``implausible``), and not
  before the property's last change (``before_last_change``): the register's history runs forward;
- each line is one the tariff knows (:mod:`models.registers.waste_bins.orders`), and bins exchanged or cancelled
  are bins the property has (``bin_change``: ``no_such_bin``);
- the residual-waste bins from the effective date hold at least the statute's minimum volume for the residents the
  resident register has at the address on that day (``residual_volume``: ``below_minimum``); the number the form
  states is only compared, and a difference is noted in the history.

The fee notice gives the bins from the effective date with each line's annual fee, the annual fee before and
after, and the fee of the year of the change, pro rata by month: the old fee for the months before the effective
date's month, the new one from that month (from the next month when the change takes effect after the 1st).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from models.actors import Actor
from models.cases import Case
from models.errors import InvalidInput
from models.german_format import format_date, format_euro
from models.registers.residents.changes import checked_house_number, house_key, street_named
from models.registers.residents.resident import address_line
from models.registers.residents.streets import Street
from models.registers.waste_bins.orders import Action, BinChange, bins_after, parsed_changes
from models.registers.waste_bins.properties import (
    last_change,
    line_of,
    open_bins,
    property_at,
    record_bins,
    residents_at,
)
from models.registers.waste_bins.register import WasteProperty
from models.registers.waste_bins.statute import BinLine, BinType, Interval, WasteFeeStatute, town_waste_statute
from models.search_form import search_form
from models.services import SpecialisedService

if TYPE_CHECKING:
    from models.form_problems import FieldProblem

DAYS_BACK = 92  # a change takes effect at most about three months back …
DAYS_AHEAD = 366  # … and at most a year ahead

BIN_TYPE_NAMES = {BinType.RESIDUAL: "Restabfall", BinType.BIO: "Bioabfall", BinType.PAPER: "Altpapier"}
INTERVAL_NAMES = {Interval.WEEKLY: "wöchentlich", Interval.BIWEEKLY: "14-täglich", Interval.FOURWEEKLY: "4-wöchentlich"}
ACTION_NAMES = {Action.ORDER: "zusätzlich bestellt", Action.EXCHANGE: "getauscht", Action.CANCEL: "abgemeldet"}


@dataclass(frozen=True)
class BinOrder:
    """A checked change order: where, by whom, from when, and the bins before and after."""

    street: Street
    house_number: str
    property_id: int | None  # None: the property is new to the register
    owner_name: str
    owner_address: str | None  # one line, where the owner is the applicant of a property new to the register
    manager_name: str | None
    parcel: str | None
    effective: dt.date
    changes: tuple[BinChange, ...]
    before: tuple[BinLine, ...]
    after: tuple[BinLine, ...]
    residents: int  # in the resident register at the address on the effective date
    stated_residents: int | None  # as the form states


def _text(value: object) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _object(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _effective_date(form: dict[str, Any], today: dt.date) -> dt.date:
    value = form.get("effectiveDate")
    if value is None or value == "":
        raise InvalidInput("effective_date", "required")
    if not isinstance(value, str) or len(value) != len("2027-01-01"):
        raise InvalidInput("effective_date", "invalid_date")  # the form's ISO date, nothing that merely reads as one
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise InvalidInput("effective_date", "invalid_date") from None
    if not today - dt.timedelta(days=DAYS_BACK) <= day <= today + dt.timedelta(days=DAYS_AHEAD):
        raise InvalidInput("effective_date", "implausible")
    return day


def applicant_name(case: Case) -> str:
    person = case.applicant
    return " ".join(part for part in (person.given_names, person.name_prefix, person.family_name) if part)


def _is_owner(case: Case, owner_name: str) -> bool:
    """The applicant's family name and first given name are among the words of the recorded owner (so "Erika und
    Max Mustermann" lets either apply)."""
    words = set(search_form(owner_name).split())
    family = search_form(case.applicant.family_name).split()
    given = search_form(case.applicant.given_names).split()[:1]
    return bool(family and given) and set(family) <= words and set(given) <= words


def _names_the_manager(company: str, manager_name: str | None) -> bool:
    """The form's company and the recorded manager share their words (the shorter name's words are all in the
    longer one: "Hausverwaltung Brandt" names "Hausverwaltung Brandt GmbH")."""
    if not manager_name or not company:
        return False
    given, recorded = set(search_form(company).split()), set(search_form(manager_name).split())
    return bool(given) and (given <= recorded or recorded <= given)


def _applicant_address(case: Case) -> str | None:
    person = case.applicant
    if not (person.street and person.postcode and person.city):
        return None
    return f"{person.street} {person.house_number or ''}".strip() + f", {person.postcode} {person.city}"


def _entitled(case: Case, form: dict[str, Any], prop: WasteProperty | None) -> tuple[str, str | None, str | None]:
    """The owner (name and address) and manager the property has after the order; refused if the applicant is
    neither owner nor manager."""
    role = form.get("applicantRole")
    company = _text(form.get("managementCompany"))
    if role not in ("owner", "manager"):
        raise InvalidInput("applicant_role", "not_entitled")
    if prop is not None:
        if role == "owner" and not _is_owner(case, prop.owner_name):
            raise InvalidInput("applicant_role", "not_owner")
        if role == "manager" and not _names_the_manager(company, prop.manager_name):
            raise InvalidInput("applicant_role", "not_manager")
        return prop.owner_name, prop.owner_address, prop.manager_name
    if role == "owner":
        return applicant_name(case)[:200], _applicant_address(case), None
    owner = _text(form.get("ownerName"))
    if not owner:
        raise InvalidInput("owner_name", "required")
    if not company:
        raise InvalidInput("management_company", "required")
    return owner[:200], None, company[:200]


def _stated_residents(form: dict[str, Any]) -> int | None:
    value = form.get("residents")
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def planned_order(session: Session, case: Case, today: dt.date, *, lock: bool = False) -> BinOrder:
    """The checked order of ``case`` (refused with :class:`InvalidInput`); nothing is changed."""
    form = case.form_data
    statute = town_waste_statute()
    address = _object(form.get("propertyAddress"))
    if not _text(address.get("street")):
        raise InvalidInput("street", "unknown")
    street = street_named(session, _text(address.get("street")), _text(address.get("postcode")) or None)
    house_number = checked_house_number(_text(address.get("houseNumber")))
    prop = property_at(session, street.id, house_key(house_number), lock=lock)
    owner, owner_address, manager = _entitled(case, form, prop)
    effective = _effective_date(form, today)
    before: list[BinLine] = []
    if prop is not None:
        latest = last_change(session, prop.id)
        if latest is not None and effective < latest:
            raise InvalidInput("effective_date", "before_last_change")
        before = [line_of(row) for row in open_bins(session, prop.id)]
    changes = parsed_changes(form.get("changes"), statute)
    after = bins_after(before, changes)
    for line in after:
        statute.fee_per_year_cents(line)  # every line the tariff knows, at a count it allows
    residents = residents_at(session, street.id, house_key(house_number), effective)
    statute.check_minimum(after, residents)
    parcel = _text(address.get("parcel"))[:40] or (prop.parcel if prop else None)
    return BinOrder(
        street=street,
        house_number=prop.house_number if prop else house_number,
        property_id=prop.id if prop else None,
        owner_name=owner,
        owner_address=owner_address[:300] if owner_address else None,
        manager_name=manager,
        parcel=parcel,
        effective=effective,
        changes=changes,
        before=tuple(before),
        after=tuple(after),
        residents=residents,
        stated_residents=_stated_residents(form),
    )


def describe_line(line: BinLine) -> str:
    """ "2 × Restabfall 120 l, 14-täglich"."""
    return f"{line.count} × {BIN_TYPE_NAMES[line.bin_type]} {line.size_litres} l, {INTERVAL_NAMES[line.interval]}"


def _describe_change(change: BinChange) -> str:
    if change.action is Action.EXCHANGE:
        line = change.line
        return (
            f"{line.count} × {BIN_TYPE_NAMES[line.bin_type]} {change.previous_size_litres} l gegen "
            f"{line.size_litres} l getauscht, {INTERVAL_NAMES[line.interval]}"
        )
    return f"{describe_line(change.line)}: {ACTION_NAMES[change.action]}"


def _fee_line(line: BinLine, statute: WasteFeeStatute) -> str:
    per_year = statute.emptyings_per_year[line.interval]
    per_emptying = statute.fee_per_emptying_cents[line.bin_type][line.size_litres]
    fee = statute.fee_per_year_cents(line)
    if fee == 0:
        return f"{describe_line(line)}: gebührenfrei"
    how = f"{line.count} × {per_year} Leerungen × {format_euro(per_emptying)}"
    return f"{describe_line(line)} ({how}): {format_euro(fee)}"


def first_new_month(effective: dt.date) -> int:
    """The first month of the year charged at the new fee."""
    if effective.day == 1:
        return effective.month
    return effective.month + 1  # 13: the change counts from the next year


MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
          "Dezember")  # fmt: skip


def _last_old_month(effective: dt.date) -> str:
    """The last month at the old fee, "März 2027" (or "Dezember": a change after the 1st of December)."""
    last = first_new_month(effective) - 1
    return f"{MONTHS[last - 1]} {effective.year}" if last >= 1 else ""


def year_fee_cents(before_cents: int, after_cents: int, effective: dt.date) -> int:
    """The fee of the effective date's year: the old annual fee for the months before, the new one from then."""
    new_months = 13 - first_new_month(effective)
    return round((before_cents * (12 - new_months) + after_cents * new_months) / 12)


def _people(count: int) -> str:
    return "niemand" if count == 0 else "1 Person" if count == 1 else f"{count} Personen"


def fee_notice_values(order: BinOrder) -> dict[str, Any]:
    """The placeholders of the fee notice (``confirmation_letter.waste_bin_change``)."""
    statute = town_waste_statute()
    before = statute.annual_fee_cents(list(order.before))
    after = statute.annual_fee_cents(list(order.after))
    year = order.effective.year
    street = order.street
    residual = statute.residual_litres_per_week(list(order.after))
    return {
        "grundstueck": address_line(street.name, order.house_number, street.postcode, street.town),
        "eigentuemer": order.owner_name,
        "hausverwaltung": order.manager_name or "",
        "wirksam_ab": format_date(order.effective),
        "aenderungen": [_describe_change(change) for change in order.changes],
        "behaelter": [_fee_line(line, statute) for line in order.after],
        "keine_behaelter": "" if order.after else "ja",
        "jahresgebuehr_bisher": format_euro(before),
        "jahresgebuehr_neu": format_euro(after),
        "jahr": str(year),
        "gebuehr_jahr": format_euro(year_fee_cents(before, after, order.effective)),
        "anteilig": "ja" if 1 < first_new_month(order.effective) <= 12 and before != after else "",
        "bisheriger_tarif_bis": _last_old_month(order.effective),
        "bewohner": _people(order.residents),
        "mindestvolumen": f"{statute.minimum_residual_litres_per_week(order.residents)} l",
        "restabfallvolumen": f"{residual.numerator // residual.denominator} l",
        "satzung": statute.name,
    }


def problems(session: Session, form: dict[str, Any]) -> list[FieldProblem]:
    """The property's address, checked when the case is opened: a street the directory lacks, a postcode the street
    does not have."""
    from models.form_problems import FieldProblem  # noqa: PLC0415 (it imports the service registry)

    address = _object(form.get("propertyAddress"))
    street, postcode = _text(address.get("street")), _text(address.get("postcode"))
    if not street:
        return []
    try:
        street_named(session, street, postcode or None)
    except InvalidInput as refused:
        return [
            FieldProblem(
                ("propertyAddress", "postcode" if refused.field == "postcode" else "street"),
                f"{refused.field}_{refused.problem}",
                f"Die Straße „{street}“ mit der Postleitzahl {postcode} steht nicht im Straßenverzeichnis der Stadt. "
                "Behälter gibt es nur für Grundstücke im Stadtgebiet; bitte Schreibweise und Postleitzahl prüfen.",
            )
        ]
    return []


def planned_on_approval(session: Session, case: Case, today: dt.date) -> dict[str, Any]:
    return fee_notice_values(planned_order(session, case, today))


def approval_notes(session: Session, case: Case, today: dt.date) -> tuple[str, ...]:
    order = planned_order(session, case, today)
    notes: list[str] = []
    if order.property_id is None:
        notes.append(
            "Das Grundstück war noch nicht im Behälterverzeichnis und wurde mit den Angaben des Antrags "
            f"aufgenommen (Eigentum: {order.owner_name}); das Eigentum ist anhand des Grundbuchs zu prüfen."
        )
    if order.stated_residents is not None and order.stated_residents != order.residents:
        notes.append(
            f"Laut Antrag {order.stated_residents} Bewohnerinnen und Bewohner, laut Melderegister am "
            f"{format_date(order.effective)} {order.residents}; das Mindestvolumen wurde nach dem Melderegister "
            "geprüft."
        )
    return tuple(notes)


def on_approved(session: Session, case: Case, actor: Actor, today: dt.date) -> dict[str, Any]:
    """Enter the property if it is new, change its bins from the effective date; the notice's values as
    :func:`planned_on_approval` gave them."""
    order = planned_order(session, case, today, lock=True)
    if order.property_id is None:
        prop = WasteProperty(
            street_id=order.street.id,
            house_number=order.house_number,
            house_key=house_key(order.house_number),
            parcel=order.parcel,
            owner_name=order.owner_name,
            owner_address=order.owner_address,
            manager_name=order.manager_name,
            registered_on=today,
            registration_case_id=case.id,
        )
        session.add(prop)
        session.flush()
    else:
        found = session.get(WasteProperty, order.property_id)
        assert found is not None
        prop = found
        if order.parcel and not prop.parcel:
            prop.parcel = order.parcel
    record_bins(session, prop, list(order.after), order.effective, case.id)
    return fee_notice_values(order)


WASTE_BIN_CHANGE = SpecialisedService(
    key="waste_bin_change",
    schema_file="waste_bin_change.json",
    on_approved=on_approved,
    planned_on_approval=planned_on_approval,
    approval_notes=approval_notes,
    form_check=problems,
)
