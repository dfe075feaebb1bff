"""Demo data for trying Amtsstube out (``amtsstube demo``, ``make run``): staff, and cases in every state.

Everything is created through the real operations, so the demo history looks like real work.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from models.actors import Actor, system_actor
from models.base import utcnow
from models.case_status import CaseStatus
from models.cases import Channel, PaymentMethod
from models.db import Database
from models.demo.certificate_orders import applicant_of, birth_orders, death_order, living_residents_query
from models.demo.certificates import load_local_paper, seed_certificates
from models.demo.civil_registers import seed_civil_registers
from models.demo.dogs import seed_dogs
from models.demo.register_forms import (
    REGISTERED_APPLICANT_SERVICES,
    dog_registration_form,
    register_information_form,
    with_applicant,
)
from models.demo.town import demo_resident_count, seed_town
from models.demo.town_names import DEMO_SEED
from models.demo.waste_bins import demo_bin_orders, seed_waste_bins
from models.german_format import today as german_today
from models.letters import LetterRenderer
from models.operations.case_creation import ApplicantInput, AttachmentInput, NewCase, create_case
from models.operations.case_fees import set_tariff_fee
from models.operations.certificates import RenderCertificate
from models.operations.claims import claim_case
from models.operations.correspondence import issue_fee_notice
from models.operations.payments import record_payment
from models.operations.transitions import transition_case
from models.operations.users import authenticate, count_users, create_user
from models.registers.residents.resident import Resident
from models.registers.residents.streets import Street
from models.roles import Role

DEMO_PASSWORD = "Demo-Zugang-2026"  # passes the password policy like any other (models/password_policy.py)
DEMO_STAFF = (
    ("anna", "Anna Schmitz", Role.CLERK, "02999 123-41"),
    ("ben", "Ben Yılmaz", Role.CLERK, "02999 123-42"),
    ("clara", "Clara Nowak", Role.REGISTRY_OFFICER, "02999 123-51"),
    ("dieter", "Dieter Brandt", Role.SUPERVISOR, "02999 123-10"),
    ("eva", "Eva Klein", Role.ADMIN, "02999 123-99"),
    ("frank", "Frank Weber", Role.DATA_PROTECTION, "02999 123-90"),
)

# Names with letters beyond ASCII and Latin-1, as DIN 91379 requires us to handle.
_APPLICANTS: tuple[dict[str, Any], ...] = (
    {"given_names": "Łukasz", "family_name": "Kowalczyk", "street": "Lindenweg", "house_number": "4a"},
    {
        "given_names": "Zoë",
        "family_name": "Müller-Lüdenscheidt",
        "title": "Dr.",
        "street": "Am Markt",
        "house_number": "12",
    },
    {"given_names": "Ömer", "family_name": "Doğan", "street": "Bahnhofstraße", "house_number": "7"},
    {
        "given_names": "Ilse",
        "name_prefix": "von",
        "family_name": "Hohenstein",
        "street": "Schlossallee",
        "house_number": "1",
    },
    {"given_names": "Ngọc Anh", "family_name": "Nguyễn", "street": "Kirchgasse", "house_number": "3"},
    {"given_names": "Jürgen", "family_name": "Weiß", "street": "Mühlenbach", "house_number": "22"},
    {"given_names": "Sigrún", "family_name": "Þórsdóttir", "street": "Gartenstraße", "house_number": "9"},
    {"given_names": "Ágnes", "family_name": "Szőke", "street": "Eichenring", "house_number": "15"},
    {"given_names": "Małgorzata", "family_name": "Wiśniewska", "street": "Rosenhof", "house_number": "2"},
    {"given_names": "Hans-Peter", "family_name": "Schäfer", "street": "Hauptstraße", "house_number": "101"},
    {"given_names": "Fatma", "family_name": "Çelik", "street": "Wiesenweg", "house_number": "8"},
    {"given_names": "Ŋgozi", "family_name": "Okafor", "street": "Am Bach", "house_number": "5"},
    {
        "given_names": "Renée",
        "family_name": "Dubois",
        "street": "Rue des Fleurs",
        "house_number": "14",
        "postcode": "67000",
        "city": "Strasbourg",
        "country": "FR",
    },
    {"given_names": "Karl", "family_name": "Große", "street": "Feldstraße", "house_number": "30"},
)

_BULKY_ITEMS = (
    ("Sofa, dreisitzig", 1.5),
    ("Kleiderschrank, zerlegt", 1.2),
    ("Matratze 140 × 200", 0.5),
    ("Esstisch mit 4 Stühlen", 1.0),
    ("Teppich, gerollt", 0.3),
    ("Lattenrost", 0.2),
    ("Bücherregal", 0.6),
)
_E_WASTE = ("Kühlschrank", "Waschmaschine", "Fernseher", "Mikrowelle", "Staubsauger")

_GENERIC_FORMS: dict[str, dict[str, Any]] = {
    "residence_certificate": {"purpose": "Vorlage beim Arbeitgeber", "copies": 1, "deliveryByPost": True},
    "residents_parking_permit": {"licensePlate": "LB-AM 214", "vehicleOwner": True, "zone": "B"},
    "special_use_permit": {
        "purpose": "Container für Entrümpelung",
        "from": "2026-12-07",
        "to": "2026-12-11",
        "areaM2": 12.5,
    },
    "birth_certificate": {
        "personConcerned": {"familyName": "Nowak", "givenNames": "Lena", "dateOfBirth": "1991-08-23"},
        "copies": 2,
        "relationship": "selbst",
    },
    "death_certificate": {
        "deceased": {"familyName": "Hartmann", "givenNames": "Erich", "dateOfDeath": "2026-10-30"},
        "copies": 3,
        "relationship": "Sohn",
    },
    "postal_vote": {"election": "Kommunalwahl", "deliveryAddressDiffers": False},
}


#: Services whose claimed demo case gets a fee notice in the print queue.
FEE_NOTICE_SERVICES = frozenset({"register_information", "special_use_permit"})
#: The fee the clerk sets by tariff before the fee notice (cents, and why): the container stands 12,5 m² for 5 days.
TARIFF_FEES = {"special_use_permit": (6250, "12,5 m² an 5 Tagen (1,00 € je m² und Tag)")}


@dataclass(frozen=True)
class DemoSummary:
    users: int
    cases: int
    letters: int
    residents: int = 0
    dogs: int = 0
    properties: int = 0  # in the waste-bin register
    civil_entries: int = 0  # in the civil-status registers
    certificates: int = 0  # issued from them


def seed_demo_if_empty(
    db: Database,
    render_letter: LetterRenderer,
    render_certificate: RenderCertificate | None = None,
    *,
    workstation: str | None = None,
) -> bool:
    """Seed demo staff, cases and the town's residents into a database without any user (with security paper for
    ``workstation``, the one the demo runs on). Returns whether it seeded."""
    if count_users(db) > 0:
        return False
    seed_demo(db, render_letter, render_certificate=render_certificate, workstation=workstation)
    return True


def seed_demo(
    db: Database,
    render_letter: LetterRenderer,
    *,
    seed: int = DEMO_SEED,
    residents: int | None = None,
    render_certificate: RenderCertificate | None = None,
    workstation: str | None = None,
) -> DemoSummary:
    """Demo staff, cases in every state, the resident register of the demo town (``residents`` people,
    else :func:`~models.demo.town.demo_resident_count`) and its civil-status registers, with certificates of every
    kind issued from them if ``render_certificate`` renders them."""
    town = seed_town(db, demo_resident_count() if residents is None else residents, seed=seed)
    dogs = seed_dogs(db, seed=seed)
    properties = seed_waste_bins(db, seed=seed)
    civil = seed_civil_registers(db, seed=seed)
    rng = random.Random(seed)
    system = system_actor("demo")
    staff: dict[str, Actor] = {}
    for username, name, role, phone in DEMO_STAFF:
        create_user(
            db,
            system,
            username,
            name,
            frozenset({role}),
            password=DEMO_PASSWORD,
            email=f"{username}@lindenbrueck.de",
            phone=phone,
        )
        staff[username] = authenticate(db, username, DEMO_PASSWORD)
    clerks = [staff["anna"], staff["ben"]]
    certificates = 0
    if render_certificate is not None:
        certificates = seed_certificates(db, staff["clara"], render_certificate, german_today())
    if workstation is not None:
        load_local_paper(db, staff["clara"], workstation)
    now = utcnow()
    cases = letters = 0

    registered = _registered_applicants(db)

    bin_orders = demo_bin_orders(db)
    death = death_order(db)
    certificate_orders = {"birth_certificate": birth_orders(db, 2), "death_certificate": [death] if death else []}
    asked_about: list[str] = []

    def create(service_key: str, form: dict[str, Any], channel: Channel, days_ago: float, **extra: Any) -> int:
        nonlocal cases
        # A Meldebescheinigung is printed from the register: its applicant is a resident of the demo town.
        # So is a dog's keeper: the register must find them (REGISTERED_APPLICANT_SERVICES).
        pool = registered if service_key in REGISTERED_APPLICANT_SERVICES and registered else _APPLICANTS
        person = dict(pool[cases % len(pool)])
        if service_key == "waste_bin_change" and bin_orders:  # the recorded owner or manager of a demo property
            person, form = dict(bin_orders[0][0]), dict(bin_orders.pop(0)[1])
        if certificate_orders.get(service_key):  # answerable from the registers
            person, form = certificate_orders[service_key].pop(0)
        if service_key == "dog_registration":
            form = {**dog_registration_form(cases, now.date()), **form}
        if service_key == "register_information":  # the first asks about a resident, the next about a stranger
            form = register_information_form(registered[-1] if registered and not asked_about else None)
            asked_about.append(service_key)
        form = with_applicant(service_key, form, person)
        person.setdefault("postcode", "59999")
        person.setdefault("city", "Lindenbrück")
        person["email"] = f"buerger{cases + 1}@example.org"
        submission_id = f"demo-{cases + 1:04d}-{rng.getrandbits(32):08x}" if channel == Channel.ONLINE else None
        actor = system if channel == Channel.ONLINE else clerks[cases % 2]
        row = create_case(
            db,
            actor,
            NewCase(
                service_key=service_key,
                applicant=ApplicantInput(**person),
                form_data=form,
                channel=channel,
                submission_id=submission_id,
                received_at=now - dt.timedelta(days=days_ago, hours=rng.random() * 8),
                **extra,
            ),
        )
        cases += 1
        return row.id

    def walk(case_id: int, clerk: Actor, path: list[tuple[CaseStatus, str | None]]) -> None:
        nonlocal letters
        version = claim_case(db, clerk, case_id).version
        for target, comment in path:
            result = transition_case(
                db,
                clerk,
                case_id,
                target,
                expected_version=version,
                comment=comment,
                render_letter=render_letter,
            )
            version = result.case.version
            letters += result.document is not None

    # Bulky waste: the bread and butter of the Bürgerbüro, in every state; at addresses of the town's streets.
    with db.read() as session:
        streets = list(session.scalars(select(Street).order_by(Street.id).limit(40)))
    for number in range(16):
        items = rng.sample(_BULKY_ITEMS, k=rng.randint(1, 4))
        street = streets[number % len(streets)]
        form: dict[str, Any] = {
            "pickupAddress": {
                "street": street.name,
                "houseNumber": _APPLICANTS[cases % len(_APPLICANTS)]["house_number"],
                "postcode": street.postcode,
                "city": street.town,
                "district": street.district,
            },
            "items": [{"description": d, "quantity": rng.randint(1, 2), "volumeM3": v} for d, v in items],
        }
        if number % 3 == 0:
            form["eWaste"] = [{"description": rng.choice(_E_WASTE), "quantity": 1}]
        if number % 4 == 1:
            form["placementNote"] = "Hinter dem Gartentor, bitte klingeln"
        case_id = create("bulky_waste_pickup", form, Channel.ONLINE, days_ago=number * 1.3)
        clerk = clerks[number % 2]
        if number < 6:
            continue  # received, waiting in the queue
        if number < 8:
            walk(case_id, clerk, [])
        elif number < 13:
            walk(case_id, clerk, [(CaseStatus.APPROVED, None)])
        elif number < 14:
            walk(case_id, clerk, [(CaseStatus.APPROVED, None), (CaseStatus.CLOSED, None)])
        elif number < 15:
            walk(
                case_id,
                clerk,
                [
                    (
                        CaseStatus.WAITING_FOR_CITIZEN,
                        "Aufstellung der Gegenstände mit Maßen (die Menge übersteigt 5 m³)",
                    )
                ],
            )
        else:
            walk(
                case_id,
                clerk,
                [(CaseStatus.REJECTED, "Gewerbeabfall ist von der Sperrmüllabfuhr ausgeschlossen")],
            )

    # Other services, handled generically.
    plan: list[tuple[str, Channel, list[tuple[CaseStatus, str | None]] | None]] = [
        ("residence_certificate", Channel.COUNTER, [(CaseStatus.APPROVED, None), (CaseStatus.CLOSED, None)]),
        ("residence_certificate", Channel.ONLINE, None),
        ("register_information", Channel.ONLINE, []),
        ("register_information", Channel.ONLINE, None),
        (
            "residents_parking_permit",
            Channel.ONLINE,
            [(CaseStatus.WAITING_FOR_CITIZEN, "Kopie des Fahrzeugscheins (Zulassungsbescheinigung Teil I)")],
        ),
        ("residents_parking_permit", Channel.ONLINE, None),
        ("dog_registration", Channel.ONLINE, None),
        ("dog_registration", Channel.COUNTER, []),
        ("waste_bin_change", Channel.ONLINE, [(CaseStatus.APPROVED, None)]),
        ("waste_bin_change", Channel.ONLINE, None),
        ("special_use_permit", Channel.ONLINE, []),
        ("postal_vote", Channel.ONLINE, [(CaseStatus.WITHDRAWN, "Antrag von der Bürgerin zurückgezogen")]),
        ("birth_certificate", Channel.ONLINE, None),
        ("birth_certificate", Channel.ONLINE, []),
        ("death_certificate", Channel.ONLINE, None),
    ]
    for index, (service_key, channel, path) in enumerate(plan):
        actor_pool = (
            [staff["clara"]] if service_key.endswith("_certificate") and "residence" not in service_key else clerks
        )
        if service_key == "waste_bin_change" and not bin_orders:
            continue  # a demo town without houses: the orders come from its waste-bin register
        form = dict(_GENERIC_FORMS.get(service_key, {"anliegen": "Bitte um Bearbeitung"}))
        attachments: tuple[AttachmentInput, ...] = ()
        if service_key == "residents_parking_permit":
            attachments = (AttachmentInput("Fahrzeugschein.pdf", "application/pdf", _demo_pdf_bytes()),)
        case_id = create(service_key, form, channel, days_ago=index * 0.9 + 0.5, attachments=attachments)
        clerk = actor_pool[index % len(actor_pool)]
        if service_key == "residence_certificate" and channel == Channel.COUNTER:
            walk(case_id, clerk, [])  # the citizen pays at the counter while the clerk holds the case
            record_payment(db, clerk, case_id, 500, PaymentMethod.CARD, reference="EC 4711")
        if path is not None:
            walk(case_id, clerk, path)
        if service_key in FEE_NOTICE_SERVICES and path == []:  # claimed: the clerk sends the fee notice first
            if service_key in TARIFF_FEES:  # a fee by tariff is set before it is charged
                amount, why = TARIFF_FEES[service_key]
                set_tariff_fee(db, clerk, case_id, amount, note=why, expected_version=None)
            issue_fee_notice(db, clerk, case_id, render_letter)
            letters += 1

    return DemoSummary(
        users=len(staff),
        cases=cases,
        letters=letters,
        residents=town.residents,
        dogs=dogs,
        properties=properties,
        civil_entries=civil.entries,
        certificates=certificates,
    )


def _registered_applicants(db: Database, count: int = 8) -> tuple[dict[str, Any], ...]:
    """Residents of the demo town as applicants (names, date of birth, current main address), the first ``count``
    with a main residence."""
    with db.read() as session:
        rows = session.execute(living_residents_query().order_by(Resident.id).limit(count)).all()
    return tuple(applicant_of(row) for row in rows)


def _demo_pdf_bytes() -> bytes:
    """A tiny valid PDF standing in for a scanned document the citizen uploaded."""
    return (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF\n"
    )
