"""``amtsstube report backlog`` as the installed command: German text, JSON that reads back into the report, the
tables as CSV and XLSX (read back with openpyxl), and an export to a folder that is read-only or missing."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import stat
from pathlib import Path
from typing import Any

import openpyxl

from models.db import Database
from models.german_format import format_date, today
from models.operations.backlog import (
    AgeRow,
    BacklogReport,
    ClerkRow,
    DeadlineFigures,
    DeadlineKpi,
    WeekFlow,
    backlog_report,
)
from models.roles import Role
from tests.conftest import PASSWORD, Staff
from tests.desktop.cli.test_cli import run_as
from tests.desktop.cli.test_cli_failures import assert_german_failure, read_only_folder, run  # noqa: F401
from tests.support.backlog_cases import generate

HOLDERS = {Role.CLERK: ("anna", "ben"), Role.REGISTRY_OFFICER: ("clara",)}


def _date(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


def _from_json(data: dict[str, Any]) -> BacklogReport:
    """The report rebuilt from the command's JSON (the keys are the dataclasses' fields)."""
    return BacklogReport(
        as_of=dt.date.fromisoformat(data["as_of"]),
        open_cases=data["open_cases"],
        ages=tuple(AgeRow(**{**row, "counts": tuple(row["counts"])}) for row in data["ages"]),
        deadlines=DeadlineFigures(**data["deadlines"]),
        weeks=tuple(WeekFlow(**{**w, "week_start": dt.date.fromisoformat(w["week_start"])}) for w in data["weeks"]),
        trend=data["trend"],
        forecast_working_days=data["forecast_working_days"],
        clerks=tuple(
            ClerkRow(**{**row, "oldest_held_since": _date(row["oldest_held_since"])}) for row in data["clerks"]
        ),
        kpis=tuple(DeadlineKpi(**row) for row in data["kpis"]),
    )


def test_json_reads_back_into_the_report_and_the_text_names_the_figures(db: Database, staff: Staff) -> None:
    generate(db, today(), HOLDERS, count=200)
    expected = backlog_report(db, staff.supervisor)

    listed = run_as("dieter", "--database", db.url, "report", "backlog", "--json")
    assert listed.returncode == 0, listed.stderr
    assert _from_json(json.loads(listed.stdout)) == expected
    assert json.loads(listed.stdout)["as_of"] == today().isoformat()

    text = run_as("dieter", "--database", db.url, "report", "backlog")
    assert text.returncode == 0, text.stderr
    assert f"Rückstand am {format_date(today())}: {expected.open_cases} offene Vorgänge" in text.stdout
    assert f"{expected.deadlines.overdue} überfällig" in text.stdout
    assert "Anna Schmitz (anna)" in text.stdout
    assert expected.ages[0].service_name[:20] in text.stdout

    own = run_as("anna", "--database", db.url, "report", "backlog", "--json")
    assert own.returncode == 0, own.stderr
    assert [row["username"] for row in json.loads(own.stdout)["clerks"]] == ["anna"]
    assert _from_json(json.loads(own.stdout)) == backlog_report(db, staff.clerk)

    refused = run_as("eva", "--database", db.url, "report", "backlog", "--json")
    assert refused.returncode == 1
    assert refused.stdout == ""
    assert "Traceback" not in refused.stderr


def _exported(db: Database, staff: Staff, option: str, target: Path) -> BacklogReport:
    """The report of a generated backlog, exported by the supervisor to ``target``."""
    generate(db, today(), HOLDERS, count=200)
    saved = run_as("dieter", "--database", db.url, "report", "backlog", option, str(target))
    assert saved.returncode == 0, saved.stderr
    assert str(target) in saved.stdout
    return backlog_report(db, staff.supervisor)


def test_csv_holds_every_table_in_blocks(db: Database, staff: Staff, tmp_path: Path) -> None:
    target = tmp_path / "rueckstand.csv"
    expected = _exported(db, staff, "--csv", target)

    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig")), delimiter=";"))
    blocks: dict[str, list[list[str]]] = {}
    current: list[list[str]] = []
    for row in rows:
        if not row:
            current = []
        elif not current and row[0] not in blocks:
            blocks[row[0]] = current = [row]
        else:
            current.append(row)
    assert list(blocks) == [
        "Übersicht",
        "Offene Vorgänge nach Alter (Arbeitstage seit Eingang)",
        "Fristen der offenen Vorgänge",
        "Eingang und Erledigung der letzten 12 Wochen",
        "Sachbearbeitung",
        "In der Frist entschieden (letzte 12 Wochen)",
    ]
    ages = blocks["Offene Vorgänge nach Alter (Arbeitstage seit Eingang)"]
    assert ages[1] == [
        "Fachbereich",
        "Leistung",
        "Schlüssel",
        "0–2 AT",
        "3–5 AT",
        "6–10 AT",
        "11–20 AT",
        "> 20 AT",
        "Gesamt",
    ]
    assert [(r[2], [int(n) for n in r[3:8]]) for r in ages[2:]] == [
        (a.service_key, list(a.counts)) for a in expected.ages
    ]
    weeks = blocks["Eingang und Erledigung der letzten 12 Wochen"]
    assert [r[0] for r in weeks[2:]] == [format_date(w.week_start) for w in expected.weeks]
    assert [int(r[4]) for r in weeks[2:]] == [w.backlog_at_end for w in expected.weeks]
    overview = dict(blocks["Übersicht"][2:])
    assert overview["Stand"] == format_date(today())
    assert int(overview["Offene Vorgänge"]) == expected.open_cases
    deadlines = dict(blocks["Fristen der offenen Vorgänge"][2:])
    assert int(deadlines["Überfällig"]) == expected.deadlines.overdue
    kpis = blocks["In der Frist entschieden (letzte 12 Wochen)"]
    first = expected.kpis[0]
    assert kpis[2][:4] == [first.service_name, first.service_key, str(first.decided), str(first.within_deadline)]
    assert first.share is not None
    assert kpis[2][4] == f"{first.share * 100:.1f}".replace(".", ",")


def test_xlsx_has_a_sheet_per_table_with_numbers_and_dates(db: Database, staff: Staff, tmp_path: Path) -> None:
    target = tmp_path / "rueckstand.xlsx"
    expected = _exported(db, staff, "--xlsx", target)

    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Übersicht", "Alter", "Fristen", "Wochen", "Sachbearbeitung", "Fristquote"]
    ages = list(book["Alter"].iter_rows(values_only=True))
    assert ages[0][:3] == ("Fachbereich", "Leistung", "Schlüssel")
    assert [(r[2], r[3:8], r[8]) for r in ages[1:]] == [(a.service_key, a.counts, a.total) for a in expected.ages]
    weeks = list(book["Wochen"].iter_rows(values_only=True))
    assert weeks[0] == ("Woche ab", "KW", "Eingang", "Erledigt", "Rückstand am Wochenende")
    assert [(r[0].date(), r[2], r[3], r[4]) for r in weeks[1:]] == [
        (w.week_start, w.inflow, w.outflow, w.backlog_at_end) for w in expected.weeks
    ]
    clerks = list(book["Sachbearbeitung"].iter_rows(values_only=True))
    assert [r[0] for r in clerks[1:]] == [c.username for c in expected.clerks]
    kpis = list(book["Fristquote"].iter_rows(values_only=True))
    assert [(r[1], r[2], r[3]) for r in kpis[1:]] == [
        (k.service_key, k.decided, k.within_deadline) for k in expected.kpis
    ]
    assert book["Fristquote"]["E2"].number_format == "0.0%"
    assert book["Fristen"]["B2"].value == expected.deadlines.overdue


def test_an_export_to_a_read_only_folder_is_refused_with_nothing_written(
    db: Database,
    read_only_folder: Path,  # noqa: F811
) -> None:
    for option, name in (("--csv", "rueckstand.csv"), ("--xlsx", "rueckstand.xlsx")):
        target = read_only_folder / name
        result = run(
            "--database",
            db.url,
            "--user",
            "dieter",
            "--password-stdin",
            "report",
            "backlog",
            option,
            str(target),
            stdin=f"{PASSWORD}\n".encode(),
            unprivileged=True,
        )
        assert_german_failure(result, f"Im Ordner {read_only_folder} fehlt die Schreibberechtigung")
        assert list(read_only_folder.iterdir()) == []


def test_an_export_to_a_missing_folder_is_refused(db: Database, tmp_path: Path) -> None:
    target = tmp_path / "fehlt" / "rueckstand.xlsx"
    result = run_as("dieter", "--database", db.url, "report", "backlog", "--xlsx", str(target))
    assert_german_failure(result, f"Die Datei {target} kann nicht geschrieben werden", "Ordner zuerst an")
    assert not target.parent.exists()


def test_an_export_to_a_name_the_system_refuses_is_refused_in_german(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    target = folder / ("r" * 5000 + ".csv")  # longer than any file name may be
    result = run_as("dieter", "--database", db.url, "report", "backlog", "--csv", str(target))
    assert_german_failure(result, "kann nicht geschrieben werden. Bitte geben Sie einen anderen Pfad an.")
    assert list(folder.iterdir()) == []
