"""``amtsstube pickups route``: the crew's route list of a district and day, on screen and as a PDF."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from models.case_status import CaseStatus
from models.db import Database
from models.operations.case_detail import case_detail
from models.operations.claims import claim_case
from models.operations.transitions import transition_case
from tests.conftest import Staff
from tests.support import command_line
from tests.support.factories import new_case

#: A stable headless interface (issue 12): its answers are checked on both databases.
pytestmark = pytest.mark.both_databases


def test_the_route_list_is_shown_and_saved_as_pdf(db: Database, staff: Staff, tmp_path: Path) -> None:
    case = new_case(db, staff.system)
    claimed = claim_case(db, staff.clerk, case.id)
    transition_case(db, staff.clerk, case.id, CaseStatus.APPROVED, expected_version=claimed.version)
    day = case_detail(db, staff.clerk, case.id).pickup_date
    assert day is not None
    date = day.strftime("%d.%m.%Y")

    shown = command_line.run(
        "--database", db.url, "pickups", "route", "--district", "Mitte", "--date", date, as_user="anna"
    )
    assert shown.returncode == 0, shown.stderr
    assert f"1. Lindenweg 4a  ({case.reference}, 1,9 m³)" in shown.stdout
    assert "[E] 1 × Kühlschrank" in shown.stdout
    assert "Volumen gesamt: 1,9 m³" in shown.stdout

    target = tmp_path / "tour.pdf"
    saved = command_line.run(
        "--database", db.url, "pickups", "route", "--district", "Mitte", "--date", date, "--pdf", str(target),
        as_user="anna",
    )  # fmt: skip
    assert saved.returncode == 0, saved.stderr
    assert "Tourenliste gespeichert" in saved.stdout
    with pdfplumber.open(target) as document:
        text = "\n".join(page.extract_text() or "" for page in document.pages)
    assert "Tourenliste Sperrmüll und Elektroschrott" in text
    assert case.reference in text
    assert "1 × Sofa, dreisitzig (1,5 m³)" in text


def test_an_unknown_district_is_refused_in_german(db: Database, tmp_path: Path) -> None:
    target = tmp_path / "tour.pdf"
    refused = command_line.run(
        "--database", db.url, "pickups", "route", "--district", "Atlantis", "--date", "03.12.2026", "--pdf",
        str(target), as_user="anna",
    )  # fmt: skip
    assert refused.returncode == 1
    assert "Einen Abfuhrbezirk dieses Namens gibt es nicht" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert not target.exists()
