"""Demo forms for the registration office: registering a new residence (§ 17 BMG), deregistering one (§ 17(2)
BMG), a residence certificate (§ 18 BMG), simple register information (§ 44 BMG)."""

from __future__ import annotations

import datetime as dt
import random
import string
import unicodedata
from dataclasses import replace
from typing import Any

from sync.portal_demo.forms import DocumentSpec, FormDraft, LevelOfAssurance, chance, german_date, pdf, weighted
from sync.portal_demo.people import (
    Address,
    Person,
    Residence,
    Sex,
    child_of,
    foreign_address,
    german_address,
    make_person,
    spouse_of,
    town_address,
)
from sync.portal_demo.town_register import registered_household

_LANDLORDS = (  # with the address the landlord's confirmation (§ 19 BMG) gives
    ("Wohnungsgenossenschaft Lindenbrück eG", Address("Am Markt", "3", "59821", "Lindenbrück")),
    ("Immobilien Öztürk GmbH", Address("Königsallee", "18", "44137", "Dortmund")),
    ("Hausverwaltung Brüggemann & Partner GmbH", Address("Ostenhellweg", "42", "44135", "Dortmund", addition="3. OG")),
    ("LEG Wohnen NRW GmbH", Address("Hans-Böckler-Straße", "38", "40476", "Düsseldorf")),
)
_RELIGIONS = (("none", 40), ("rk", 30), ("ev", 25), ("ak", 2), ("jd", 3))
_ID_CARD_ALPHABET = "CFGHJKLMNPRTVWXYZ" + string.digits  # letters of German ID-card serial numbers


def residence_registration(rng: random.Random, today: dt.date) -> FormDraft:
    new_home = town_address(rng)
    household = weighted(rng, (("alone", 45), ("couple", 25), ("family", 20), ("single_parent", 10)))
    first = make_person(rng, today, min_age=18, max_age=80, address=new_home)
    members: list[tuple[Person, str]] = [(first, "self")]
    if household in ("couple", "family"):
        members.append((spouse_of(rng, first, today), "spouse"))
    if household in ("family", "single_parent"):
        members += [(child_of(rng, first, today), "child") for _ in range(rng.randint(1, 3))]
    previous_residence = weighted(rng, ((Residence.GERMANY, 70), (Residence.ABROAD, 15), (Residence.TOWN, 15)))
    if previous_residence is Residence.GERMANY:
        previous = german_address(rng)
    elif previous_residence is Residence.ABROAD:
        previous = foreign_address(rng)
    else:
        previous = town_address(rng)
    status = weighted(rng, (("sole", 85), ("main", 10), ("secondary", 5)))
    moved_in = today - dt.timedelta(days=rng.randint(0, 20) if chance(rng, 0.9) else rng.randint(21, 60))
    married = household in ("couple", "family") and chance(rng, 0.8)
    form: dict[str, Any] = {
        "applicant": first.applicant_json(),
        "moveInDate": moved_in.isoformat(),
        "newAddress": new_home.as_json(with_country=False),
        "dwellingStatus": status,
        "previousAddress": previous.as_json(),
    }
    if status != "sole":
        form["previousDwellingKept"] = True
    religion = weighted(rng, _RELIGIONS)
    form["persons"] = [
        _registered_person(rng, today, person, relationship, married, religion) for person, relationship in members
    ]
    confirmation: dict[str, Any] = {"present": chance(rng, 0.92)}
    documents: tuple[DocumentSpec, ...] = ()
    if confirmation["present"]:
        if chance(rng, 0.6):
            landlord, landlord_address = rng.choice(_LANDLORDS)
        else:
            private_landlord = make_person(rng, today)
            landlord, landlord_address = private_landlord.full_name, private_landlord.address
        confirmation["landlordName"] = landlord
        confirmation["landlordAddress"] = landlord_address.as_json()
        confirmation["moveInDate"] = moved_in.isoformat()
        flat = new_home.as_json(with_country=False)
        confirmation["flatAddress"] = {key: flat[key] for key in ("street", "houseNumber", "postcode")}
        if chance(rng, 0.3):
            confirmation["electronicCode"] = "WGB-" + "".join(rng.choice(_ID_CARD_ALPHABET) for _ in range(8))
        else:
            documents = (
                pdf(
                    "Wohnungsgeberbestätigung.pdf",
                    "Wohnungsgeberbestätigung nach § 19 BMG",
                    landlord,
                    f"Einzug am {german_date(moved_in)}",
                    new_home.one_line(),
                    ", ".join(person.full_name for person, _ in members),
                ),
            )
    form["landlordConfirmation"] = confirmation
    return FormDraft(
        form, first, documents, levels_of_assurance=((LevelOfAssurance.HIGH, 85), (LevelOfAssurance.SUBSTANTIAL, 15))
    )


def residence_deregistration(rng: random.Random, today: dt.date) -> FormDraft:
    """Moving abroad (or giving up a secondary residence): the applicant and perhaps the spouse."""
    household = registered_household(rng)
    if household:  # someone the register has, with the others of the house now and then
        first = household[0]
        members = list(household[:2]) if len(household) > 1 and chance(rng, 0.4) else [first]
    else:
        first = make_person(rng, today, min_age=18, max_age=80)
        members = [first, spouse_of(rng, first, today)] if chance(rng, 0.4) else [first]
    secondary = not household and chance(rng, 0.15)  # the register's people have their main residence here
    destination: dict[str, Any] = {"kind": "main_kept"} if secondary else {"kind": "abroad"}
    if not secondary:
        if chance(rng, 0.9):
            abroad = foreign_address(rng)
            destination.update(street=abroad.street, houseNumber=abroad.house_number, postcode=abroad.postcode,
                               city=abroad.city, country=abroad.country)  # fmt: skip
        else:
            destination["kind"] = "unknown"
    form: dict[str, Any] = {
        "applicant": first.applicant_json(),
        "moveOutDate": (today - dt.timedelta(days=rng.randint(0, 13))).isoformat(),
        "dwelling": "secondary" if secondary else "main",
        "destination": destination,
        "persons": [person.name_json(title=False) for person in members],
    }
    for entry in form["persons"]:
        entry.pop("birthName", None)
    return FormDraft(form, first, levels_of_assurance=((LevelOfAssurance.HIGH, 70), (LevelOfAssurance.SUBSTANTIAL, 30)))


def residence_certificate(rng: random.Random, today: dt.date) -> FormDraft:
    """A resident asks for a certificate about themselves; the register, not the form, gives its content."""
    household = registered_household(rng)
    person = household[0] if household else make_person(rng, today, min_age=16, residence=Residence.TOWN)
    purpose = rng.choice(("Vorlage beim Arbeitgeber", "Vorlage bei der Bank", "Kindergeldkasse", "Visumantrag"))
    form: dict[str, Any] = {
        "applicant": person.applicant_json(birth_date=True),
        "purpose": purpose,
        "copies": weighted(rng, ((1, 80), (2, 20))),
        "extended": chance(rng, 0.2),
    }
    assurance = ((LevelOfAssurance.SUBSTANTIAL, 60), (LevelOfAssurance.HIGH, 40))
    return FormDraft(form, person, levels_of_assurance=assurance)


def _registered_person(
    rng: random.Random, today: dt.date, person: Person, relationship: str, married: bool, religion: str
) -> dict[str, Any]:
    entry = person.name_json()
    entry["placeOfBirth"] = person.birthplace
    entry["sex"] = {Sex.FEMALE: "female", Sex.MALE: "male", Sex.DIVERSE: "diverse"}[person.sex]
    entry["nationalities"] = list(person.nationalities)
    adult = person.age_on(today) >= 18
    if relationship == "child" or not adult:
        entry["maritalStatus"] = "LD"
    elif married:
        entry["maritalStatus"] = "VH"
    else:
        entry["maritalStatus"] = weighted(rng, (("LD", 60), ("GS", 25), ("VW", 10), ("NB", 5)))
    entry["religion"] = religion
    entry["relationship"] = relationship
    if person.age_on(today) >= 16:  # identity documents are compulsory from 16
        german = "deutsch" in person.nationalities
        kind = ("id_card" if chance(rng, 0.8) else "passport") if german else "foreign_passport"
        serial_length = 9 if german else rng.randint(8, 9)
        entry["identityDocument"] = {
            "kind": kind,
            "number": "".join(rng.choice(_ID_CARD_ALPHABET) for _ in range(serial_length)),
            "issuingAuthority": f"Stadt {rng.choice(('Dortmund', 'Hamm', 'Lindenbrück', 'Münster'))}"
            if german
            else f"Behörde in {person.birthplace}",
            "validUntil": (today + dt.timedelta(days=rng.randint(60, 3650))).isoformat(),
        }
    return entry


_REQUESTERS = (
    # organisation, purpose, commercial use
    ("Forderungsmanagement Westfalen GmbH", "debt_collection", True),
    ("Inkasso Hellweg AG", "debt_collection", True),
    ("Rechtsanwälte Öztürk & Weiß", "legal_service", True),
    ("Stadtwerke Hamm GmbH", "contract", True),
    ("Nachlasspflegschaft Dr. Hölscher", "inheritance", False),
)
_PURPOSE_DETAILS = {
    "debt_collection": "Offene Forderung aus Mobilfunkvertrag, Schuldner ist unbekannt verzogen.",
    "legal_service": "Zustellung einer Klageschrift, Anschrift der beklagten Partei erforderlich.",
    "contract": "Schlussrechnung nach Auszug kann nicht zugestellt werden.",
    "inheritance": "Ermittlung der Anschrift eines gesetzlichen Erben.",
    "private_contact": "Ehemalige Schulfreundin, Kontakt zum Klassentreffen.",
    "other": "Rückgabe einer Fundsache (Familienerbstück).",
}


def _capitals(name: str) -> str:
    """Surnames in capitals, as collection agencies type them: ß becomes ẞ, not SS (DIN 91379 keeps ẞ)."""
    return name.replace("ß", "ẞ").upper()


def register_information(rng: random.Random, today: dt.date) -> FormDraft:
    organisation = chance(rng, 0.55)
    if organisation:
        company, purpose, commercial = rng.choice(_REQUESTERS)
        clerk = make_person(rng, today, min_age=22, max_age=65, residence=Residence.GERMANY)
        applicant = clerk.applicant_json(birth_date=False)
        applicant["organisation"] = company
        applicant["reference"] = f"Az. {rng.randint(1000, 9999)}/{today:%y}"
        person = clerk
    else:
        purpose = weighted(rng, (("private_contact", 45), ("inheritance", 25), ("contract", 15), ("other", 15)))
        commercial = False
        person = make_person(
            rng, today, residence=weighted(rng, ((Residence.TOWN, 3), (Residence.GERMANY, 5), (Residence.ABROAD, 2)))
        )
        applicant = person.applicant_json(birth_date=chance(rng, 0.5))
    known = registered_household(rng, share=0.7)  # most ask about someone the register has
    wanted = known[-1] if known else make_person(rng, today, min_age=20, max_age=80)
    requested = wanted.name_json(title=False, birth_date=chance(rng, 0.85))
    if organisation and chance(rng, 0.4):
        capitals = _capitals(wanted.family_name)
        if not any(unicodedata.combining(char) for char in capitals):  # no capital forms of K͟h and the like
            requested["familyName"] = capitals
    if "dateOfBirth" not in requested or chance(rng, 0.5):
        last_known = wanted.address if known else town_address(rng, with_addition=False)
        requested["lastKnownAddress"] = last_known.as_json(with_country=False)
    form: dict[str, Any] = {
        "applicant": applicant,
        "requestedPerson": requested,
        "purpose": purpose,
        "purposeDetail": _PURPOSE_DETAILS[purpose],
        "commercialUse": commercial,
        "advertisingOrAddressTrading": False,
        "deliveryChannel": "email" if chance(rng, 0.4) else "post",
    }
    documents: tuple[DocumentSpec, ...] = ()
    if organisation and chance(rng, 0.3):
        documents = (pdf("Vollmacht.pdf", "Vollmacht", str(applicant["organisation"]), person.full_name),)
    elif purpose == "inheritance" and chance(rng, 0.3):
        documents = (pdf("Erbschein.pdf", "Erbschein (Kopie)", f"Nachlass {wanted.full_name}"),)
    applicant_person = replace(person, email=applicant.get("email"))
    return FormDraft(
        form,
        applicant_person,
        documents,
        levels_of_assurance=((LevelOfAssurance.SUBSTANTIAL, 60), (LevelOfAssurance.HIGH, 40)),
    )
