"""Demo forms for waste services: bulky-waste and e-waste pickups, waste-bin changes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from typing import Any

from sync.portal_demo.forms import (
    DocumentSpec,
    FormDraft,
    chance,
    first_of_next_month,
    pdf,
    photo,
    weighted,
    working_day_after,
)
from sync.portal_demo.people import Address, Residence, make_person, town_address

_BULKY_ITEMS = (
    ("Sofa, dreisitzig", 1.5),
    ("Eckcouch", 2.0),
    ("Sessel", 0.7),
    ("Kleiderschrank, zerlegt", 1.2),
    ("Matratze 140 × 200", 0.5),
    ("Lattenrost", 0.2),
    ("Esstisch mit 4 Stühlen", 1.0),
    ("Bücherregal", 0.6),
    ("Kommode", 0.5),
    ("Schreibtisch", 0.7),
    ("Kinderbett", 0.5),
    ("Teppich, gerollt", 0.3),
    ("Gartenmöbel (Tisch und Bank)", 0.9),
    ("Wäschekorb und Bügelbrett", 0.2),
)
_E_WASTE_IN_BULKY = ("Kühlschrank", "Waschmaschine", "Fernseher", "Mikrowelle", "Staubsauger")
_DEVICES = (
    ("Kühlschrank", "heat_exchanger", 45.0),
    ("Gefrierschrank", "heat_exchanger", 50.0),
    ("Waschmaschine", "large", 70.0),
    ("Wäschetrockner", "large", 40.0),
    ("Elektroherd", "large", 45.0),
    ("Geschirrspüler", "large", 45.0),
    ("Röhrenfernseher", "screen", 30.0),
    ("Flachbildfernseher 55 Zoll", "screen", 18.0),
    ("Computermonitor", "screen", 5.0),
    ("Mikrowelle", "small", 12.0),
    ("Staubsauger", "small", 6.0),
    ("Kaffeevollautomat", "small", 9.0),
    ("Drucker", "small_it", 7.0),
    ("Laptop", "small_it", 2.5),
    ("Router mit Netzteil", "small_it", 1.0),
    ("Leuchtstoffröhren", "lamp", 1.0),
)
_PLACEMENT_NOTES = (
    "Hinter dem Gartentor, bitte klingeln",
    "Am Straßenrand vor der Garage",
    "Einfahrt links neben den Mülltonnen",
    "Hofeinfahrt, Tor ist ab 6 Uhr offen",
)
_MANAGERS = (
    "Hausverwaltung Brüggemann & Partner GmbH",
    "Immobilienverwaltung Öztürk GmbH",
    "Wohnungsgenossenschaft Lindenbrück eG",
    "Haus & Grund Verwaltungs-GmbH Hellweg",
)
_MINIMUM_LITRES_PER_RESIDENT_WEEK = 15  # residual waste, as the town's statute sets it
_INTERVAL_WEEKS = {"weekly": 1, "biweekly": 2, "fourweekly": 4}


def _pickup_address(address: Address) -> dict[str, Any]:
    body = address.as_json(with_country=False)
    body.pop("addition", None)
    if address.district:
        body["district"] = address.district
    return body


def bulky_waste_pickup(rng: random.Random, today: dt.date) -> FormDraft:
    person = make_person(rng, today)
    items: list[dict[str, Any]] = []
    volume = 0.0
    for description, item_volume in rng.sample(_BULKY_ITEMS, k=rng.randint(1, 5)):
        quantity = 2 if item_volume <= 0.5 and chance(rng, 0.2) else 1
        if volume + quantity * item_volume > 5.0:  # the usual cap per pickup
            break
        volume += quantity * item_volume
        items.append({"description": description, "quantity": quantity, "volumeM3": round(quantity * item_volume, 1)})
    form: dict[str, Any] = {"pickupAddress": _pickup_address(person.address), "items": items}
    if chance(rng, 0.25):
        form["eWaste"] = [{"description": rng.choice(_E_WASTE_IN_BULKY), "quantity": 1}]
    if chance(rng, 0.6):
        form["preferredDate"] = working_day_after(today, rng.randint(7, 30)).isoformat()
    if chance(rng, 0.35):
        form["placementNote"] = rng.choice(_PLACEMENT_NOTES)
    if person.phone and chance(rng, 0.5):
        form["contactPhone"] = person.phone
    documents = (photo(f"IMG_{today:%Y%m%d}_{rng.randint(1000, 2359)}.jpg", "Foto der Gegenstände"),)
    return FormDraft(form, person, documents if chance(rng, 0.3) else ())


def e_waste_pickup(rng: random.Random, today: dt.date) -> FormDraft:
    person = make_person(rng, today, residence=weighted(rng, ((Residence.TOWN, 9), (Residence.GERMANY, 1))))
    pickup = person.address if person.address.district else town_address(rng, with_addition=False)
    devices = []
    for description, category, weight in rng.sample(_DEVICES, k=rng.randint(1, 4)):
        device: dict[str, Any] = {"category": category, "description": description, "quantity": 1}
        if category in ("small", "small_it", "lamp") and chance(rng, 0.3):
            device["quantity"] = rng.randint(2, 4)
        if chance(rng, 0.6):
            device["weightKg"] = weight
        devices.append(device)
    form: dict[str, Any] = {
        "applicant": person.applicant_json(birth_date=False),
        "pickupAddress": _pickup_address(pickup),
        "devices": devices,
        "personalDataDeleted": chance(rng, 0.95),
    }
    if chance(rng, 0.8):
        form["batteriesRemoved"] = True
    if chance(rng, 0.5):
        form["preferredDate"] = working_day_after(today, rng.randint(7, 30)).isoformat()
    if chance(rng, 0.3):
        form["placementNote"] = rng.choice(_PLACEMENT_NOTES)
    if person.phone and chance(rng, 0.4):
        form["contactPhone"] = person.phone
    documents = (photo("Foto_Elektrogeräte.jpg", "Foto der Elektrogeräte"),) if chance(rng, 0.3) else ()
    return FormDraft(form, person, documents)


def waste_bin_change(rng: random.Random, today: dt.date) -> FormDraft:
    manager = chance(rng, 0.3)
    residence = Residence.GERMANY if chance(rng, 0.25) else Residence.TOWN
    person = make_person(rng, today, min_age=25, residence=residence)
    prop = town_address(rng, with_addition=False) if manager or residence is Residence.GERMANY else person.address
    # A new building on a divided plot ("7d"): the demo town's houses carry a, b or c at most, so the property is
    # new to the waste-bin register and the order can be approved with the owner it names.
    new_building = f"{prop.house_number.rstrip('abc')}{rng.choice('def')}"
    prop = dataclasses.replace(prop, house_number=new_building, addition=None)
    if not manager and residence is Residence.TOWN:
        person = dataclasses.replace(person, address=prop)
    residents = rng.randint(6, 40) if manager else rng.randint(1, 6)
    form: dict[str, Any] = {
        "applicant": person.applicant_json(birth_date=False),
        "applicantRole": "manager" if manager else "owner",
    }
    documents: tuple[DocumentSpec, ...] = ()
    if manager:
        form["managementCompany"] = rng.choice(_MANAGERS)
        form["ownerName"] = f"Wohnungseigentümergemeinschaft {prop.street} {prop.house_number}"
        documents = (pdf("Vollmacht_Hausverwaltung.pdf", "Verwaltervollmacht", form["ownerName"], person.full_name),)
    property_address = prop.as_json(with_country=False)
    property_address.pop("addition", None)
    if chance(rng, 0.2):
        property_address["parcel"] = f"Flur {rng.randint(1, 12)}, Flurstück {rng.randint(10, 480)}"
    form["propertyAddress"] = property_address
    composting = not manager and chance(rng, 0.2)
    form["changes"] = _bin_changes(rng, residents, manager, composting)
    form["effectiveDate"] = first_of_next_month(today, rng.choice((1, 1, 2))).isoformat()
    form["residents"] = residents
    if manager:
        form["households"] = max(1, residents // rng.randint(2, 3))
    if composting:
        form["homeComposting"] = True
    if chance(rng, 0.25):
        form["locationNote"] = "Behälter stehen in der Einfahrt links neben dem Carport"
    return FormDraft(form, person, documents)


def _bin_changes(rng: random.Random, residents: int, large: bool, composting: bool) -> list[dict[str, Any]]:
    """The first bins of a new building: residual-waste bins that meet the statute's minimum volume, now and then
    paper and bio bins as well."""
    changes: list[dict[str, Any]] = []
    needed = residents * _MINIMUM_LITRES_PER_RESIDENT_WEEK
    sizes = (770, 1100) if large else (60, 80, 120, 240)
    interval = "weekly" if large else "biweekly"
    count = 1
    size = next((s for s in sizes if s / _INTERVAL_WEEKS[interval] >= needed), sizes[-1])
    while size * count / _INTERVAL_WEEKS[interval] < needed:
        count += 1
    residual: dict[str, Any] = {"binType": "residual", "sizeLitres": size, "count": count, "interval": interval}
    changes.append({"action": "order", **residual})  # a new building: its first bins
    if chance(rng, 0.5):
        paper_size = 1100 if large else 240
        changes.append(
            {"action": "order", "binType": "paper", "sizeLitres": paper_size, "count": 1, "interval": "fourweekly"}
        )
    if not composting and chance(rng, 0.3):  # composting at home: no bio bin
        changes.append(
            {
                "action": "order",
                "binType": "bio",
                "sizeLitres": 240 if large else 120,
                "count": rng.randint(1, 3) if large else 1,
                "interval": "biweekly",
            }
        )
    return changes
