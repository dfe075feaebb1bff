"""``amtsstube disclosures`` as the installed command: the §40 log as JSON and CSV, for data protection only."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from models.db import Database
from models.german_format import format_date, today
from tests.conftest import Staff
from tests.desktop.cli.test_cli import run_as
from tests.support.register_streets import answered_request, streets  # noqa: F401 (a fixture)


@pytest.mark.usefixtures("streets")
def test_data_protection_lists_and_exports_the_answers(db: Database, staff: Staff, tmp_path: Path) -> None:
    case = answered_request(db, staff)

    listed = run_as("frank", "--database", db.url, "disclosures", "--json")
    assert listed.returncode == 0, listed.stderr
    (row,) = json.loads(listed.stdout)
    assert {"id", "at", "case_reference", "outcome", "recipient", "purpose", "data_given", "clerk"} <= set(row)
    assert (row["case_reference"], row["outcome"], row["clerk"]) == (case.reference, "answered", "anna")
    assert row["data_given"]["Derzeitige Anschriften"] == ["Mühlenbach 9, 59821 Lindenbrück"]

    target = tmp_path / "auskuenfte.csv"
    day = format_date(today())
    saved = run_as("frank", "--database", db.url, "disclosures", "--from", day, "--to", day, "--csv", str(target))
    assert saved.returncode == 0, saved.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 2
    assert case.reference in lines[1]

    for user in ("anna", "dieter", "eva"):
        refused = run_as(user, "--database", db.url, "disclosures", "--json")
        assert refused.returncode == 1
        assert refused.stdout == ""
        assert "Traceback" not in refused.stderr
