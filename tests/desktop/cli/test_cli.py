"""The headless interface other programs rely on, run as the installed ``amtsstube`` command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pypdf

from models.case_status import CaseStatus
from models.db import Database
from models.migrate import current_revision, head_revision
from models.operations.claims import claim_case
from models.operations.transitions import transition_case
from printing.letter import render_letter
from tests.conftest import Staff
from tests.support import command_line
from tests.support.factories import new_case

AMTSSTUBE = str(Path(sys.executable).with_name("amtsstube"))


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([AMTSSTUBE, *args], capture_output=True, text=True, input=stdin, timeout=120, check=False)


def run_as(user: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """Logged in as one of the test staff (the database of the ``db`` fixture is shared: a login is needed)."""
    return command_line.run(*args, as_user=user, stdin=stdin)


def test_demo_then_cases_json_then_letter_on_the_embedded_database(tmp_path: Path) -> None:
    seeded = run("demo")
    assert seeded.returncode == 0, seeded.stderr
    assert "Demo-Daten angelegt" in seeded.stdout
    assert (tmp_path / "home" / "xdg_data_home" / "amtsstube" / "amtsstube.sqlite3").exists()

    listed = run("cases", "--json")
    assert listed.returncode == 0, listed.stderr
    cases = json.loads(listed.stdout)
    assert {"reference", "service", "status", "assignee", "submission_id"} <= set(cases[0])
    statuses = {c["status"] for c in cases}
    assert statuses == {s.value for s in CaseStatus}  # the demo holds every state
    approved_bulky = [c for c in cases if c["service"] == "bulky_waste_pickup" and c["status"] == "approved"]
    assert approved_bulky
    assert all(c["submission_id"] for c in cases if c["channel"] == "online")
    assert all(c["submission_id"] is None for c in cases if c["channel"] == "counter")

    target = tmp_path / "brief.pdf"
    written = run("letter", approved_bulky[0]["reference"], "--pdf", str(target))
    assert written.returncode == 0, written.stderr
    text = pypdf.PdfReader(target).pages[0].extract_text()
    assert approved_bulky[0]["reference"] in text
    assert "Sperrmüllabholung" in text

    dogs = run("dogs", "--json")
    assert dogs.returncode == 0, dogs.stderr
    demo_dogs = json.loads(dogs.stdout)
    assert f"{len(demo_dogs)} Hunde" in seeded.stdout
    assert len(demo_dogs) >= 5
    assert len({dog["tag_number"] for dog in demo_dogs}) == len(demo_dogs)
    assert any(dog["category"] == "section_10" for dog in demo_dogs)  # the Rottweiler with its permit

    again = run("demo")
    assert again.returncode == 0
    assert "bereits Benutzer" in again.stdout
    assert len(json.loads(run("cases", "--json").stdout)) == len(cases)


def test_cases_json_and_letter_against_either_database(db: Database, staff: Staff, tmp_path: Path) -> None:
    online = new_case(db, staff.system, submission_id="9b0e1d2c-0000-4000-8000-000000000001")
    claimed = claim_case(db, staff.clerk, online.id)
    transition_case(
        db, staff.clerk, online.id, CaseStatus.APPROVED, expected_version=claimed.version, render_letter=render_letter
    )
    listed = run_as("dieter", "--database", db.url, "cases", "--json")  # the supervisor exports
    assert listed.returncode == 0, listed.stderr
    (only,) = json.loads(listed.stdout)
    assert only["reference"] == online.reference
    assert only["service"] == "bulky_waste_pickup"
    assert only["status"] == "approved"
    assert only["assignee"] == "anna"
    assert only["submission_id"] == "9b0e1d2c-0000-4000-8000-000000000001"

    target = tmp_path / "letter.pdf"
    assert run_as("anna", "--database", db.url, "letter", online.reference, "--pdf", str(target)).returncode == 0
    assert len(pypdf.PdfReader(target).pages) == 1


def test_unknown_reference_and_unreachable_database_fail_clearly(db: Database, tmp_path: Path) -> None:
    missing = run_as("anna", "--database", db.url, "letter", "2026-999999", "--pdf", str(tmp_path / "x.pdf"))
    assert missing.returncode == 1
    assert "2026-999999" in missing.stderr
    assert not (tmp_path / "x.pdf").exists()
    down = run("--database", "postgresql+psycopg://nobody@127.0.0.1:1/none", "cases", "--json")
    assert down.returncode == 1
    assert "Datenbank" in down.stderr
    assert "Traceback" not in down.stderr


def test_user_add_and_list(db: Database) -> None:
    added = run_as(
        "eva",
        "--database",
        db.url,
        "user",
        "add",
        "frieda",
        "--role",
        "clerk",
        "--name",
        "Frieda Groß",
        "--password-stdin",
        stdin="lang-genug-123\n",
    )
    assert added.returncode == 0, added.stderr
    listing = run_as("eva", "--database", db.url, "user", "list").stdout
    assert "frieda" in listing
    assert "Frieda Groß" in listing
    short = run_as(
        "eva", "--database", db.url, "user", "add", "kurt", "--role", "clerk", "--password-stdin", stdin="kurz\n"
    )
    assert short.returncode == 1


def test_db_upgrade_creates_the_schema_in_an_empty_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'leer.sqlite3'}"
    first = run("--database", url, "db", "upgrade")
    assert first.returncode == 0, first.stderr
    assert str(head_revision()) in first.stdout
    db = Database(url)
    assert current_revision(db) == head_revision()
    db.dispose()
