"""The demo town's waste-bin register: a property for every house with residents, bins that meet the statute's
minimum for them, owners who live there or a manager for the large houses, and the demo's two orders approvable
(one town seeded for all of it: seeding is the slow part)."""

from __future__ import annotations

import io
from typing import Any

import pdfplumber
from sqlalchemy import select

from models.case_status import CaseStatus
from models.db import Database
from models.demo.town import seed_town
from models.demo.waste_bins import SMALL_HOUSE, demo_bin_orders, seed_waste_bins
from models.german_format import today
from models.operations.claims import claim_case
from models.operations.documents import document_pdf
from models.operations.transitions import transition_case
from models.registers.residents.changes import house_key
from models.registers.residents.resident import AddressKind, Resident, ResidentAddress
from models.registers.waste_bins.properties import line_of, open_bins, residents_at
from models.registers.waste_bins.register import WasteProperty
from models.registers.waste_bins.statute import town_waste_statute
from tests.conftest import Staff
from tests.support.factories import RecordingRenderer, new_case

RESIDENTS = 1500


def test_the_demo_towns_houses_meet_the_minimum_and_its_orders_are_approved(db: Database, staff: Staff) -> None:
    seed_town(db, RESIDENTS, seed=11, as_of=today())
    written = seed_waste_bins(db, seed=11, as_of=today())
    statute = town_waste_statute()
    with db.read() as session:
        houses = session.execute(
            select(ResidentAddress.street_id, ResidentAddress.house_number)
            .join(Resident, Resident.id == ResidentAddress.resident_id)
            .where(ResidentAddress.moved_out.is_(None), ResidentAddress.kind == AddressKind.MAIN,
                   Resident.died_on.is_(None))
            .distinct()
        ).all()  # fmt: skip
        assert written == len({(street, house_key(number)) for street, number in houses}) > 100
        for prop in session.scalars(select(WasteProperty)):
            living = residents_at(session, prop.street_id, prop.house_key, today())
            lines = [line_of(row) for row in open_bins(session, prop.id)]
            statute.check_minimum(lines, living)  # raises below the minimum
            assert statute.annual_fee_cents(lines) > 0
            if prop.manager_name is None:
                names = session.execute(
                    select(Resident.given_names, Resident.family_name)
                    .join(ResidentAddress, ResidentAddress.resident_id == Resident.id)
                    .where(ResidentAddress.street_id == prop.street_id,
                           ResidentAddress.house_number == prop.house_number)
                ).all()  # fmt: skip
                assert prop.owner_name in {f"{given} {family}" for given, family in names}
                assert living <= SMALL_HOUSE
            else:
                assert prop.owner_name.startswith("Wohnungseigentümergemeinschaft")

    _the_demos_orders_are_approved_by_the_register(db, staff)


def _the_demos_orders_are_approved_by_the_register(db: Database, staff: Staff) -> None:
    orders = demo_bin_orders(db)
    assert [form["applicantRole"] for _applicant, form in orders] == ["owner", "manager"]
    for applicant, form in orders:
        names: dict[str, Any] = {"title": None, **applicant}
        case = new_case(db, staff.system, "waste_bin_change", form=form, **names)
        version = claim_case(db, staff.clerk, case.id).version
        result = transition_case(db, staff.clerk, case.id, CaseStatus.APPROVED, expected_version=version,
                                 render_letter=RecordingRenderer())  # fmt: skip
        assert result.document is not None
        with pdfplumber.open(io.BytesIO(document_pdf(db, staff.clerk, result.document.id).pdf)) as pdf:
            text = " ".join((page.extract_text() or "") for page in pdf.pages)
        assert "Gebührenbescheid Abfallbehälter" in text
