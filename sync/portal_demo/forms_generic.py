"""Demo forms for services Amtsstube handles generically: a simple form with the applicant and a few fields.

Amtsstube ships no schema for these; the portal's schema URI is the sandbox's fallback, and the clerk sees the
fields labelled from their keys.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

from sync.portal_demo.forms import DocumentSpec, FormDraft, chance, pdf, photo, working_day_after
from sync.portal_demo.people import Person, Residence, make_person, town_address

_Fields = Callable[[random.Random, dt.date, Person], dict[str, Any]]


def _parking_permit(rng: random.Random, today: dt.date, person: Person) -> dict[str, Any]:
    plate = f"LB-{rng.choice('ABCDEFGHKLMNPRSTUVWZ')}{rng.choice('ABCDEFGHKLMNPRSTUVWZ')} {rng.randint(1, 9999)}"
    return {
        "licensePlate": plate + ("E" if chance(rng, 0.1) else ""),
        "vehicleOwner": chance(rng, 0.85),
        "zone": rng.choice("ABC"),
    }


def _no_parking_zone(rng: random.Random, today: dt.date, person: Person) -> dict[str, Any]:
    start = working_day_after(today, rng.randint(14, 40))
    return {
        "reason": "Umzug",
        "street": person.address.street,
        "houseNumber": person.address.house_number,
        "from": start.isoformat(),
        "to": (start + dt.timedelta(days=rng.randint(0, 2))).isoformat(),
        "lengthMetres": rng.choice((10, 15, 20)),
    }


def _postal_vote(rng: random.Random, today: dt.date, person: Person) -> dict[str, Any]:
    fields: dict[str, Any] = {"election": "Kommunalwahl", "deliveryAddressDiffers": chance(rng, 0.15)}
    if fields["deliveryAddressDiffers"]:
        fields["deliveryAddress"] = "Hotel Seeblick, Strandweg 3, 18374 Zingst"
    return fields


def _street_defect(rng: random.Random, today: dt.date, person: Person) -> dict[str, Any]:
    spot = town_address(rng, with_addition=False)
    defect = rng.choice(
        ("Schlagloch auf der Fahrbahn", "Straßenlaterne defekt", "Gehwegplatte lose", "Gully verstopft")
    )
    return {"defect": defect, "location": f"{spot.street} {spot.house_number}", "since": today.isoformat()}


def _lost_property(rng: random.Random, today: dt.date, person: Person) -> dict[str, Any]:
    item = rng.choice(("Schlüsselbund mit rotem Anhänger", "Geldbörse, braun", "Smartphone", "Brille im Etui"))
    return {
        "kind": rng.choice(("Fund", "Verlust")),
        "item": item,
        "date": (today - dt.timedelta(days=rng.randint(0, 5))).isoformat(),
        "place": f"{rng.choice(('Bushaltestelle', 'Parkplatz', 'Spielplatz'))} {town_address(rng).street}",
    }


def _tree_felling(rng: random.Random, today: dt.date, person: Person) -> dict[str, Any]:
    return {
        "species": rng.choice(("Fichte", "Birke", "Walnussbaum", "Ahorn")),
        "trunkCircumferenceCm": rng.randint(80, 240),
        "reason": rng.choice(
            ("Sturmschaden, Baum steht schief", "Wurzeln heben die Terrasse an", "Baum ist abgestorben")
        ),
    }


def _fishing_licence(rng: random.Random, today: dt.date, person: Person) -> dict[str, Any]:
    return {
        "licenceType": rng.choice(("Jahresfischereischein", "Fünfjahresfischereischein")),
        "examPassedOn": (today - dt.timedelta(days=rng.randint(20, 400))).isoformat(),
    }


_GENERIC: dict[str, tuple[_Fields, tuple[str, str] | None]] = {
    # service key → (fields, optional document: filename, title)
    "residents_parking_permit": (_parking_permit, ("Fahrzeugschein.pdf", "Zulassungsbescheinigung Teil I")),
    "no_parking_zone": (_no_parking_zone, None),
    "postal_vote": (_postal_vote, None),
    "street_defect": (_street_defect, ("Foto_Schaden.jpg", "Foto des Schadens")),
    "lost_property": (_lost_property, None),
    "tree_felling_permit": (_tree_felling, ("Lageplan.pdf", "Lageplan mit Standort des Baums")),
    "fishing_licence": (_fishing_licence, ("Prüfungszeugnis_Fischerprüfung.pdf", "Zeugnis über die Fischerprüfung")),
}

#: Generic services with a realistic demo form (any other catalogue key gets a free-text request).
GENERIC_DEMO_SERVICES: tuple[str, ...] = tuple(_GENERIC)


def generic_form(service_key: str) -> Callable[[random.Random, dt.date], FormDraft]:
    def build(rng: random.Random, today: dt.date) -> FormDraft:
        person = make_person(rng, today, residence=Residence.TOWN if chance(rng, 0.9) else Residence.GERMANY)
        form: dict[str, Any] = {"applicant": person.applicant_json(birth_date=chance(rng, 0.5))}
        fields, document = _GENERIC.get(service_key, (None, None))
        if fields is None:
            form["anliegen"] = "Bitte um Bearbeitung meines Antrags, Unterlagen reiche ich bei Bedarf nach."
            return FormDraft(form, person)
        form |= fields(rng, today, person)
        documents: tuple[DocumentSpec, ...] = ()
        if document is not None and chance(rng, 0.7):
            filename, title = document
            spec = photo(filename, title) if filename.endswith(".jpg") else pdf(filename, title, person.full_name)
            documents = (spec,)
        return FormDraft(form, person, documents)

    return build
