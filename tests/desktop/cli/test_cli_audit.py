"""``amtsstube audit verify`` and ``audit list`` as the installed command: exit codes, JSON keys, who may."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from models.db import Database
from models.migrations.append_only import append_only_statements
from models.operations.case_detail import case_detail
from tests.conftest import Staff
from tests.desktop.cli.test_cli import run_as
from tests.support.factories import new_case


@pytest.mark.both_databases
def test_verify_says_intact_then_names_the_changed_record(db: Database, staff: Staff) -> None:
    case = new_case(db, staff.system)
    case_detail(db, staff.supervisor, case.id)
    intact = run_as("eva", "--database", db.url, "audit", "verify", "--json")
    assert intact.returncode == 0, intact.stderr
    result = json.loads(intact.stdout)
    assert result["intact"] is True
    assert [c["table"] for c in result["chains"]] == ["audit_log", "mail_book"]
    assert "Unverändert" in run_as("frank", "--database", db.url, "audit", "verify").stdout

    dialect = db.engine.dialect.name
    with db.engine.begin() as connection:
        if db.is_postgresql:
            connection.exec_driver_sql("DROP TRIGGER audit_log_no_change ON audit_log")
        else:
            connection.exec_driver_sql("DROP TRIGGER audit_log_no_update")
        connection.exec_driver_sql("UPDATE audit_log SET actor = 'mallory' WHERE seq = 1")
        statements = append_only_statements("audit_log", dialect)
        connection.exec_driver_sql(statements[1] if db.is_postgresql else statements[0])
    broken = run_as("eva", "--database", db.url, "audit", "verify", "--json")
    assert broken.returncode == 1
    assert json.loads(broken.stdout)["chains"][0]["broken"] == {"problem": "changed", "seq": 1, "id": 1, "name": None}
    assert "Manipulation festgestellt: Protokoll, Eintrag Nr. 1 (id 1): der Eintrag wurde nachträglich geändert" in (
        broken.stderr
    )
    assert run_as("anna", "--database", db.url, "audit", "verify").returncode == 1  # a clerk may not


def test_list_reads_by_case_for_data_protection_only(db: Database, staff: Staff, tmp_path: Path) -> None:
    case, other = new_case(db, staff.system), new_case(db, staff.system)
    case_detail(db, staff.supervisor, case.id)
    case_detail(db, staff.supervisor, other.id)
    listed = run_as("frank", "--database", db.url, "audit", "list", "--case", case.reference, "--json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert {"id", "seq", "at", "actor", "action", "object_type", "object_id", "details"} == set(rows[0])
    assert {(r["object_type"], r["object_id"]) for r in rows} == {("case", str(case.id))}
    assert "case.viewed" in {r["action"] for r in rows}

    refused = run_as("eva", "--database", db.url, "audit", "list", "--json")
    assert refused.returncode == 1
    assert "Traceback" not in refused.stderr
    assert refused.stdout == ""

    target = tmp_path / "protokoll.csv"
    saved = run_as("frank", "--database", db.url, "audit", "list", "--user", "dieter", "--csv", str(target))
    assert saved.returncode == 0, saved.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Zeitpunkt;") or lines[0].startswith("Zeitpunkt,")
    assert all(";dieter;" in line for line in lines[1:])
    assert sum(";case.viewed;" in line for line in lines) == 2  # the two views of dieter

    swapped = run_as("frank", "--database", db.url, "audit", "list", "--from", "02.01.2026", "--to", "01.01.2026")
    assert swapped.returncode == 1
    assert "Der letzte Tag des Zeitraums liegt vor dem ersten" in swapped.stderr
    nowhere = run_as("frank", "--database", db.url, "audit", "list", "--csv", str(tmp_path / "fehlt" / "p.csv"))
    assert nowhere.returncode == 1
    assert "weil es den Ordner" in nowhere.stderr

    wrong = run_as("frank", "--database", db.url, "audit", "list", "--from", "31.02.2026")
    assert wrong.returncode == 2
    assert "kein Datum" in wrong.stderr
