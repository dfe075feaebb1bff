"""Building cases for tests through the real operations."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from models.actors import Actor
from models.cases import Channel
from models.db import Database
from models.documents import DocumentKind
from models.letters import LetterContent, RenderedDocument
from models.operations.case_creation import ApplicantInput, AttachmentInput, NewCase, create_case
from models.operations.rows import CaseRow, DocumentRow
from models.registers.residents.streets import Street
from models.services.bulky_waste import PICKUP_SERVICES

#: The plain catalogue service with a fixed fee (5,00 €) that the tests use where any service with a fee will do:
#: handled generically (no register, no specialised module), for applicants who need be in no register. Change it
#: here only, if that service ever gets a module of its own.
GENERIC_FEE_SERVICE = "dog_tag_replacement"


def applicant(**overrides: Any) -> ApplicantInput:
    values: dict[str, Any] = {
        "given_names": "Łukasz",
        "family_name": "Öztürk-Nguyễn",
        "title": "Dr.",
        "street": "Lindenweg",
        "house_number": "4a",
        "postcode": "59999",
        "city": "Lindenbrück",
        "email": "l.oeztuerk@example.org",
    }
    values.update(overrides)
    return ApplicantInput(**values)


#: A few streets of the street directory (one with two postcodes) for tests of the resident register.
STREETS = (
    {"name": "Lindenweg", "postcode": "59821", "town": "Lindenbrück", "district": "Mitte"},
    {"name": "Mühlenbach", "postcode": "59821", "town": "Lindenbrück", "district": "Altstadt"},
    {"name": "Hauptstraße", "postcode": "59821", "town": "Lindenbrück", "district": "Mitte"},
    {"name": "Hauptstraße", "postcode": "59823", "town": "Lindenbrück", "district": "Nord"},
)


def add_streets(db: Database) -> None:
    from sqlalchemy import insert  # noqa: PLC0415

    from models.registers.residents.streets import Street  # noqa: PLC0415

    with db.write() as session:
        session.execute(insert(Street), [dict(street) for street in STREETS])


def bulky_waste_form(**overrides: Any) -> dict[str, Any]:
    form: dict[str, Any] = {
        "pickupAddress": {
            "street": "Lindenweg",
            "houseNumber": "4a",
            "postcode": "59999",
            "city": "Lindenbrück",
            "district": "Mitte",
        },
        "items": [
            {"description": "Sofa, dreisitzig", "quantity": 1, "volumeM3": 1.5},
            {"description": "Lattenrost", "quantity": 2, "volumeM3": 0.4},
        ],
        "eWaste": [{"description": "Kühlschrank", "quantity": 1}],
        "placementNote": "vor der Garage",
    }
    form.update(overrides)
    return form


def known_street(db: Database, name: str = "Lindenweg", postcode: str = "59999", district: str = "Mitte") -> None:
    """A street of the town's directory (the factories' pickup address is in it; Mitte picks up Tue and Thu)."""
    with db.write() as session:
        if session.scalar(select(Street.id).where(Street.name == name, Street.postcode == postcode)) is None:
            session.add(Street(name=name, postcode=postcode, town="Lindenbrück", district=district))


def new_case(
    db: Database,
    actor: Actor,
    service_key: str = "bulky_waste_pickup",
    *,
    form: dict[str, Any] | None = None,
    channel: Channel = Channel.ONLINE,
    submission_id: str | None = None,
    received_at: dt.datetime | None = None,
    attachments: tuple[AttachmentInput, ...] = (),
    **applicant_overrides: Any,
) -> CaseRow:
    if form is None:
        form = bulky_waste_form() if service_key == "bulky_waste_pickup" else {"anliegen": "Test"}
    if service_key in PICKUP_SERVICES:
        known_street(db)
    return create_case(
        db,
        actor,
        NewCase(
            service_key=service_key,
            applicant=applicant(**applicant_overrides),
            form_data=form,
            channel=channel,
            submission_id=submission_id,
            attachments=attachments,
            received_at=received_at,
        ),
    )


class RecordingRenderer:
    """The real letter renderer, remembering what it was asked to render (for assertions on content)."""

    def __init__(self) -> None:
        self.letters: list[LetterContent] = []

    def __call__(self, content: LetterContent) -> RenderedDocument:
        from printing.letter import render_letter  # noqa: PLC0415

        self.letters.append(content)
        return render_letter(content)


def muster_name(number: int) -> str:
    """A distinct family name per number that DIN 91379 permits (no digits in names): Muster-Aaa, Muster-Aab, …"""
    letters = ""
    for _ in range(3):
        number, rest = divmod(number, 26)
        letters = "abcdefghijklmnopqrstuvwxyz"[rest] + letters
    return f"Muster-{letters.capitalize()}"


def queued_letters(db: Database, count: int, *, service_key: str = GENERIC_FEE_SERVICE) -> list[DocumentRow]:
    """``count`` cases with one confirmation letter each, written through the real templates and renderer."""
    from models.actors import system_actor  # noqa: PLC0415
    from models.operations.case_creation import add_cases  # noqa: PLC0415

    actor = system_actor("tests")
    batch = [
        NewCase(
            service_key=service_key,
            applicant=applicant(family_name=muster_name(number), given_names="Zoë"),
            form_data={"anliegen": "Test"},
            channel=Channel.COUNTER,
        )
        for number in range(count)
    ]
    with db.write() as session:
        case_ids = [case.id for case in add_cases(session, actor, batch)]
    return confirmation_letters(db, actor, case_ids)


def confirmation_letters(db: Database, actor: Actor, case_ids: list[int]) -> list[DocumentRow]:
    """A confirmation letter for each case, drafted, rendered and stored as a decision stores its letter."""
    from models.cases import Case  # noqa: PLC0415
    from models.operations.correspondence import draft_letter, keep_letter, prepare_letter  # noqa: PLC0415
    from models.operations.mapping import document_row  # noqa: PLC0415
    from printing.letter import render_letter  # noqa: PLC0415

    today = dt.date.today()
    with db.read() as session:
        drafts = [
            draft_letter(session, session.get_one(Case, case_id), actor, DocumentKind.CONFIRMATION_LETTER, today)
            for case_id in case_ids
        ]
    prepared = [prepare_letter(draft, render_letter) for draft in drafts]
    with db.write() as session:
        rows = []
        for case_id, letter in zip(case_ids, prepared, strict=True):
            case = session.get_one(Case, case_id)
            document = keep_letter(session, case, actor, letter, letter.draft)
            assert document is not None
            rows.append(document_row(document, case.reference))
        return rows
