"""``amtsstube certificates [--json]``, ``amtsstube certificate CODE --pdf FILE`` and ``amtsstube verify CODE``:
the registry office's certificates as the headless interface gives them (stable keys and exit codes)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from models.db import Database
from models.operations.certificates import CertificateRequest, IssuedKind, Sheet, issue_certificates
from models.operations.civil_status import NewEntry, NewPerson, annotate_civil_entry, record_civil_entry
from models.operations.security_paper import load_paper
from models.registers.civil_status.entries import AnnotationKind, PersonRole, RegisterKind, StandingEntry
from tests.conftest import Staff
from tests.support import command_line

#: A stable headless interface (issue 13): its answers are checked on both databases.
pytestmark = pytest.mark.both_databases

KEYS = {"kind", "register_number", "issued_on", "verification_code", "sheet_serial", "revoked", "case_reference"}


def _render(sheet: Sheet, entry: StandingEntry, _town: object = None) -> tuple[dict[str, Any], bytes]:
    return {"code": sheet.verification_code}, f"%PDF-1.4\n% {sheet.verification_code}\n%%EOF\n".encode()


def _issued(db: Database, staff: Staff) -> tuple[str, str, str]:
    """A death entry with two certificates issued: the first revoked by a reissue. (revoked, valid, printout)."""
    deceased = NewPerson(PersonRole.DECEASED, "Ørsted", "Zoë")
    entry_id = record_civil_entry(
        db,
        staff.registry,
        NewEntry(
            RegisterKind.DEATH, dt.date(2026, 11, 2), dt.date(2026, 11, 1), "Lindenbrück", "Clara Nowak", (deceased,)
        ),
    ).id
    load_paper(db, staff.registry, "Standesamt 1", 4001, 4020)
    (first,) = issue_certificates(
        db, staff.registry, [CertificateRequest(IssuedKind.DEATH, entry_id)], "Standesamt 1", _render
    )
    annotate_civil_entry(db, staff.registry, entry_id, AnnotationKind.CORRECTION, dt.date(2026, 11, 5), "Berichtigt")
    second, printout = issue_certificates(
        db,
        staff.registry,
        [
            CertificateRequest(IssuedKind.DEATH, entry_id, replaces_code=first.verification_code),
            CertificateRequest(IssuedKind.REGISTER_PRINTOUT, entry_id),
        ],
        "Standesamt 1",
        _render,
    )
    return first.verification_code, second.verification_code, printout.verification_code


def test_certificates_json_lists_each_certificate_with_its_sheet_and_code(db: Database, staff: Staff) -> None:
    revoked, valid, printout = _issued(db, staff)
    listed = command_line.run("--database", db.url, "certificates", "--json", as_user="clara")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert all(set(row) >= KEYS for row in rows)
    by_code = {row["verification_code"]: row for row in rows}
    assert set(by_code) == {revoked, valid, printout}
    assert (by_code[revoked]["revoked"], by_code[valid]["revoked"]) == (True, False)
    assert by_code[revoked]["sheet_serial"] == 4001
    assert {by_code[valid]["sheet_serial"], by_code[printout]["sheet_serial"]} == {4002, 4003}
    assert by_code[printout]["kind"] == "register_printout"
    assert by_code[valid]["kind"] == "death"
    assert {row["register_number"] for row in rows} == {"S 1/2026"}
    assert all(row["case_reference"] is None for row in rows)
    dt.date.fromisoformat(by_code[valid]["issued_on"])

    table = command_line.run("--database", db.url, "certificates", as_user="clara")
    assert table.returncode == 0, table.stderr
    assert "Sterbeurkunde" in table.stdout
    assert "widerrufen" in table.stdout

    clerk = command_line.run("--database", db.url, "certificates", "--json", as_user="anna")  # the Bürgerbüro
    assert clerk.returncode == 1
    assert "Traceback" not in clerk.stderr


def test_certificate_writes_the_pdf_as_issued(db: Database, staff: Staff, tmp_path: Path) -> None:
    _revoked, valid, _printout = _issued(db, staff)
    target = tmp_path / "urkunde.pdf"
    written = command_line.run(
        "--database", db.url, "certificate", valid.lower(), "--pdf", str(target), as_user="clara"
    )
    assert written.returncode == 0, written.stderr
    assert target.read_bytes() == f"%PDF-1.4\n% {valid}\n%%EOF\n".encode()
    assert "Sterbeurkunde S 1/2026" in written.stdout


def test_verify_answers_valid_revoked_unknown_and_mistyped(db: Database, staff: Staff) -> None:
    revoked, valid, _printout = _issued(db, staff)
    good = command_line.run("--database", db.url, "verify", valid)
    assert good.returncode == 0, good.stderr
    assert good.stdout.startswith("Gültig: Sterbeurkunde S 1/2026, ausgestellt am ")
    assert "Ørsted" not in good.stdout

    answer = json.loads(command_line.run("--database", db.url, "verify", revoked, "--json").stdout)
    assert (answer["found"], answer["valid"], answer["revoked"], answer["kind"]) == (True, False, True, "death")
    old = command_line.run("--database", db.url, "verify", revoked)
    assert old.returncode == 1
    assert old.stdout.startswith("Widerrufen: Sterbeurkunde S 1/2026")

    unknown_code = "0000-0000-0000"  # passes its check (0 is divisible by 37) and was never issued
    unknown = command_line.run("--database", db.url, "verify", unknown_code)
    assert unknown.returncode == 1
    assert unknown.stdout.startswith("Unbekannt:")

    swapped = valid[:-2] + valid[-1] + valid[-2]
    if swapped != valid:
        typo = command_line.run("--database", db.url, "verify", swapped)
        assert typo.returncode == 1
        assert "falsch eingegeben" in typo.stderr, typo.stderr
    nonsense = command_line.run("--database", db.url, "verify", "Urkunde bitte")
    assert nonsense.returncode == 1
    assert "kein Prüfcode" in nonsense.stderr
    assert "Traceback" not in nonsense.stderr
