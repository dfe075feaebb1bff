"""A few streets of the town for tests of the resident register (one of them with two postcodes)."""

from __future__ import annotations

import pytest
from sqlalchemy import insert

from models.db import Database
from models.registers.residents.streets import Street


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
