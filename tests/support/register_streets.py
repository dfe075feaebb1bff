"""A few streets of the town for tests of the resident register (one of them with two postcodes), and an answered
register information request."""

from __future__ import annotations

import pytest
from sqlalchemy import insert

from models.case_status import CaseStatus
from models.db import Database
from models.german_format import today
from models.operations.claims import claim_case
from models.operations.resident_changes import MoveIn, NewResident, register_resident
from models.operations.rows import CaseRow
from models.operations.transitions import UnpaidFee, transition_case
from models.registers.residents.resident import Sex
from models.registers.residents.streets import Street
from tests.conftest import Staff
from tests.support.factories import new_case


@pytest.fixture
def streets(db: Database) -> None:
    with db.write() as session:
        session.execute(
            insert(Street),
            [
                {"name": "Lindenweg", "postcode": "59821", "town": "Lindenbrück", "district": "Mitte"},
                {"name": "Mühlenbach", "postcode": "59821", "town": "Lindenbrück", "district": "Altstadt"},
                {"name": "Hauptstraße", "postcode": "59821", "town": "Lindenbrück", "district": "Mitte"},
                {"name": "Hauptstraße", "postcode": "59823", "town": "Lindenbrück", "district": "Nord"},
            ],
        )


def answered_request(db: Database, staff: Staff) -> CaseRow:
    """A resident (Greta Amsel, Mühlenbach 9) and a register information request about her, answered by the clerk
    (one entry of the disclosure log). Needs the ``streets`` fixture."""
    born = today().replace(year=today().year - 30, day=1)
    person = NewResident("Amsel", "Greta", Sex.FEMALE, born)
    register_resident(db, staff.clerk, person, MoveIn("Mühlenbach", "9", today()), reason="Zuzug")
    form = {
        "requestedPerson": {"familyName": "Amsel", "givenNames": "Greta", "dateOfBirth": born.isoformat()},
        "purpose": "contract",
        "commercialUse": False,
        "advertisingOrAddressTrading": False,
    }
    case = claim_case(db, staff.clerk, new_case(db, staff.system, "register_information", form=form).id)
    transition_case(db, staff.clerk, case.id, CaseStatus.APPROVED, expected_version=None,
                    unpaid_fee=UnpaidFee.APPROVE_ANYWAY)  # fmt: skip
    return case
