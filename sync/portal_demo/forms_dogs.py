"""Demo forms for the dog tax: registering and deregistering a dog (Hundesteuer, LHundG NRW)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from sync.portal_demo.banking import demo_account
from sync.portal_demo.forms import (
    FormDraft,
    LevelOfAssurance,
    chance,
    date_between,
    german_date,
    pdf,
    photo,
    weighted,
)
from sync.portal_demo.people import Person, Residence, make_person, spouse_of
from sync.portal_demo.town_register import registered_household


@dataclass(frozen=True)
class Breed:
    name: str
    cross: bool
    height_cm: tuple[int, int]
    weight_kg: tuple[float, float]
    listed: str = "none"  # LHundG NRW: "section3" (dangerous dogs), "section10" (certain breeds)


_BREEDS: tuple[tuple[Breed, int], ...] = (
    (Breed("Labrador Retriever", False, (54, 57), (25, 36)), 8),
    (Breed("Golden Retriever", False, (51, 61), (25, 34)), 5),
    (Breed("Deutscher Schäferhund", False, (55, 65), (22, 40)), 5),
    (Breed("Rauhaardackel", False, (20, 27), (7, 9)), 4),
    (Breed("Französische Bulldogge", False, (24, 35), (8, 14)), 5),
    (Breed("Chihuahua", False, (15, 23), (1.5, 3)), 3),
    (Breed("Jack Russell Terrier", False, (25, 30), (5, 8)), 4),
    (Breed("Australian Shepherd", False, (46, 58), (16, 32)), 4),
    (Breed("Border Collie", False, (46, 56), (14, 22)), 3),
    (Breed("Beagle", False, (33, 41), (9, 14)), 2),
    (Breed("Boxer", False, (53, 63), (25, 32)), 2),
    (Breed("Havaneser", False, (23, 27), (4, 6)), 3),
    (Breed("Magyar Vizsla", False, (54, 64), (20, 30)), 2),
    (Breed("Zwergpudel", False, (28, 35), (5, 7)), 2),
    (Breed("Berner Sennenhund", False, (58, 70), (38, 50)), 2),
    (Breed("Mops", False, (25, 32), (6, 8)), 2),
    (Breed("Labrador-Mischling", True, (45, 60), (18, 35)), 6),
    (Breed("Terrier-Mischling", True, (25, 45), (6, 15)), 5),
    (Breed("Schäferhund-Mischling", True, (50, 65), (22, 38)), 3),
    (Breed("Labradoodle", True, (45, 60), (18, 30)), 3),
    (Breed("Podenco-Mischling", True, (45, 60), (15, 25)), 3),
    (Breed("Rottweiler", False, (56, 68), (35, 55), "section10"), 2),
    (Breed("Bullmastiff", False, (61, 69), (41, 59), "section10"), 1),
    (Breed("American Bulldog", False, (51, 69), (27, 54), "section10"), 1),
    (Breed("Rottweiler-Mischling", True, (50, 65), (30, 45), "section10"), 1),
    (Breed("Staffordshire Bullterrier", False, (36, 41), (11, 17), "section3"), 1),
    (Breed("American Staffordshire Terrier", False, (43, 48), (25, 30), "section3"), 1),
)
_DOG_NAMES = (
    "Bruno",
    "Luna",
    "Balu",
    "Emma",
    "Milo",
    "Frieda",
    "Sammy",
    "Nala",
    "Paula",
    "Oskar",
    "Kira",
    "Lotte",
    "Benji",
    "Ayla",
    "Mogli",
    "Krümel",
    "Pünktchen",
    "Flöckchen",
    "Bärli",
    "Jördis",
    "Çiçek",
    "Šarik",
    "Łatka",
)
_COLOURS = (
    "schwarz",
    "braun",
    "blond",
    "schwarz-weiß",
    "rot",
    "gestromt",
    "weiß mit braunen Flecken",
    "tricolor",
    "grau meliert",
    "creme",
    "black and tan",
)
_INSURERS = (
    "Provinzial Versicherung AG",
    "HUK-COBURG",
    "Allianz Versicherungs-AG",
    "DEVK Allgemeine Versicherungs-AG",
    "R+V Allgemeine Versicherung AG",
    "uelzener Allgemeine Versicherungs-Gesellschaft a. G.",
)
_SHELTERS = ("Tierheim Hamm e. V.", "Tierschutzverein Lindenbrück und Umgebung e. V.", "Tierheim Dortmund")
_BREEDERS = ("Zwinger vom Lindenhof", "Zucht „Von der Mühlenbach-Aue“", "Hundezucht Große-Kleimann")
_RESCUES = ("Tierhilfe Süd-Europa e. V. (Spanien)", "Pfotenbrücke Rumänien e. V.")


def chip_number(rng: random.Random) -> str:
    """An ISO 11784/11785 transponder number: country code 276 (Germany) or a manufacturer code 900–998."""
    prefix = weighted(rng, (("276", 70), (str(rng.choice((941, 945, 956, 968, 981, 985))), 27), ("642", 3)))
    return prefix + "".join(str(rng.randint(0, 9)) for _ in range(12))


def _insurance(rng: random.Random, since: dt.date, big: bool) -> dict[str, Any]:
    return {
        "insurer": rng.choice(_INSURERS),
        "policyNumber": f"{rng.choice(('HV', 'TH', 'PH'))}-{rng.randint(100000, 999999)}-{rng.randint(10, 99)}",
        "validFrom": (since - dt.timedelta(days=rng.randint(0, 20))).isoformat(),
        "coverageEuro": rng.choice((5_000_000, 10_000_000) if big else (3_000_000, 5_000_000, 10_000_000)),
    }


def dog_registration(rng: random.Random, today: dt.date) -> FormDraft:
    household = registered_household(rng)  # the keeper must be in the resident register
    keeper = household[0] if household else make_person(rng, today, min_age=18, max_age=80)
    breed = weighted(rng, _BREEDS)
    name = rng.choice(_DOG_NAMES)
    born = date_between(rng, today - dt.timedelta(days=12 * 365), today - dt.timedelta(days=63))
    kept_since = date_between(rng, max(born + dt.timedelta(days=56), today - dt.timedelta(days=45)), today)
    origin = weighted(
        rng,
        (
            ("breeder", 30),
            ("private", 20),
            ("shelter", 15),
            ("rescue_abroad", 10 if breed.cross else 0),
            ("moved_in", 25),
        ),
    )
    height = rng.randint(*breed.height_cm)
    weight = round(rng.uniform(*breed.weight_kg), 1)
    dog: dict[str, Any] = {
        "name": name,
        "breedKind": "cross" if breed.cross else "purebred",
        "breed": breed.name,
        "sex": rng.choice(("male", "female")),
        "neutered": chance(rng, 0.5),
        "colour": rng.choice(_COLOURS),
        "dateOfBirth": born.isoformat(),
        "keptSince": kept_since.isoformat(),
        "heightCm": height,
        "weightKg": weight,
    }
    if chance(rng, 0.95) or breed.listed != "none" or height >= 40 or weight >= 20:  # § 11 LHundG: chip required
        dog["chipNumber"] = chip_number(rng) if origin != "rescue_abroad" else "642" + chip_number(rng)[3:]
    dog["origin"] = origin
    form: dict[str, Any] = {"applicant": keeper.applicant_json(), "dog": dog}
    big = breed.listed != "none" or height >= 40 or weight >= 20
    insurance = _insurance(rng, kept_since, big)
    # The portal makes the insurance certificate a required upload (the tax office checks it for every dog).
    documents = [
        pdf(
            "Versicherungsnachweis.pdf",
            "Bestätigung Hundehalter-Haftpflichtversicherung",
            insurance["insurer"],
            f"Versicherungsschein {insurance['policyNumber']}",
            f"Versicherungsnehmer: {keeper.full_name}",
            f"Versicherter Hund: {name} ({breed.name})",
            description="Nachweis der Haftpflichtversicherung",
        )
    ]
    if origin in ("breeder", "private", "shelter", "rescue_abroad"):
        previous = _previous_keeper(rng, origin, today)
        form["previousKeeper"] = previous
        if origin in ("shelter", "rescue_abroad") and chance(rng, 0.5):
            documents.append(pdf("Abgabevertrag.pdf", "Schutzvertrag / Abgabevertrag", previous["name"], name))
    else:
        form["previousMunicipality"] = rng.choice(("Hamm", "Soest", "Dortmund", "Münster", "Werl"))
        if chance(rng, 0.5):
            form["previousTaxTagNumber"] = str(rng.randint(1, 4000))
    form["liabilityInsurance"] = insurance
    form["dogsInHousehold"] = weighted(rng, ((1, 80), (2, 15), (3, 5)))
    form["largeDog"] = height >= 40 or weight >= 20
    listed: dict[str, Any] = {"category": breed.listed}
    if breed.listed != "none":
        permit_date = kept_since - dt.timedelta(days=rng.randint(1, 90))
        listed |= {
            "permitReference": f"32.1-LHundG-{permit_date.year}/{rng.randint(1, 60):03d}",
            "permitAuthority": f"Stadt {'Hamm' if origin == 'moved_in' else 'Lindenbrück'} – Ordnungsamt",
            "permitDate": permit_date.isoformat(),
            "expertiseProven": True,
        }
        documents.append(
            pdf(
                "Erlaubnis_LHundG.pdf",
                "Erlaubnis zum Halten eines Hundes (LHundG NRW)",
                listed["permitReference"],
                german_date(permit_date),
            )
        )
        documents.append(pdf("Sachkundebescheinigung.pdf", "Sachkundebescheinigung", keeper.full_name))
    form["listedBreed"] = listed
    if chance(rng, 0.7):
        form["paymentMethod"] = "sepa"
        form["sepaMandate"] = _sepa_mandate(rng, keeper, today)
    else:
        form["paymentMethod"] = "transfer"
    if chance(rng, 0.35):
        documents.append(pdf(f"Impfpass_{name}.pdf", f"Heimtierausweis {name}", f"Chip: {dog.get('chipNumber', '–')}"))
    if chance(rng, 0.2):
        documents.append(photo(f"Foto_{name}.jpg", f"Foto von {name}"))
    return FormDraft(form, keeper, tuple(documents))


def _previous_keeper(rng: random.Random, origin: str, today: dt.date) -> dict[str, Any]:
    if origin == "shelter":
        return {"name": rng.choice(_SHELTERS)}
    if origin == "rescue_abroad":
        return {"name": rng.choice(_RESCUES)}
    if origin == "breeder" and chance(rng, 0.6):
        return {
            "name": rng.choice(_BREEDERS),
            "address": make_person(rng, today, residence=Residence.GERMANY).address.one_line(),
        }
    seller = make_person(rng, today, residence=weighted(rng, ((Residence.TOWN, 1), (Residence.GERMANY, 2))))
    return {"name": seller.full_name, "address": seller.address.one_line()}


def _sepa_mandate(rng: random.Random, keeper: Person, today: dt.date) -> dict[str, Any]:
    account = demo_account(rng)
    holder = keeper if chance(rng, 0.85) else spouse_of(rng, keeper, today)
    mandate: dict[str, Any] = {"accountHolder": holder.full_name}
    if holder is not keeper and chance(rng, 0.5):
        mandate["accountHolderAddress"] = holder.address.one_line()
    mandate |= {"iban": account.iban, "bic": account.bic, "bankName": account.bank_name}
    mandate |= {
        "mandateType": "recurring",
        "place": keeper.address.city,
        "signedOn": today.isoformat(),
        "consent": True,
    }
    return mandate


_DEREGISTRATION_REASONS = (("death", 40), ("given_away", 20), ("shelter", 8), ("moved_away", 27), ("lost", 5))


def dog_deregistration(rng: random.Random, today: dt.date) -> FormDraft:
    reason = weighted(rng, _DEREGISTRATION_REASONS)
    residence = Residence.TOWN
    if reason == "moved_away":
        residence = weighted(rng, ((Residence.GERMANY, 8), (Residence.ABROAD, 2)))
    keeper = make_person(rng, today, residence=residence)
    name = rng.choice(_DOG_NAMES)
    breed = weighted(rng, _BREEDS)
    dog: dict[str, Any] = {"name": name, "breed": breed.name, "taxTagNumber": str(rng.randint(1, 4000))}
    if chance(rng, 0.7):
        dog["chipNumber"] = chip_number(rng)
    end = today - dt.timedelta(days=rng.randint(0, 60))
    form: dict[str, Any] = {
        "applicant": keeper.applicant_json(birth_date=chance(rng, 0.5)),
        "dog": dog,
        "reason": reason,
        "endDate": end.isoformat(),
    }
    documents = []
    if reason == "given_away":
        buyer = make_person(rng, today, residence=weighted(rng, ((Residence.TOWN, 1), (Residence.GERMANY, 2))))
        form["newKeeper"] = {"name": buyer.full_name, "address": buyer.address.one_line()}
        if chance(rng, 0.5):
            documents.append(pdf("Abgabevertrag.pdf", "Abgabevertrag", f"{name} an {buyer.full_name}"))
    elif reason == "moved_away":
        form["newMunicipality"] = keeper.address.city
    elif reason == "death" and chance(rng, 0.6):
        documents.append(
            pdf(
                "Bescheinigung_Tierarzt.pdf",
                "Tierärztliche Bescheinigung",
                f"{name} ist am {german_date(end)} verstorben.",
            )
        )
    elif reason == "shelter" and chance(rng, 0.6):
        documents.append(pdf("Übernahmebestätigung_Tierheim.pdf", "Übernahmebestätigung", rng.choice(_SHELTERS)))
    form["taxTagReturn"] = weighted(rng, (("post", 60), ("counter", 25), ("lost", 15)))
    if chance(rng, 0.4):
        form["refundIban"] = demo_account(rng).iban
    return FormDraft(
        form,
        keeper,
        tuple(documents),
        levels_of_assurance=(
            (LevelOfAssurance.LOW, 50),
            (LevelOfAssurance.SUBSTANTIAL, 30),
            (LevelOfAssurance.HIGH, 20),
        ),
    )
