"""``amtsstube report``: the supervisor's figures without the window.

``report backlog [--json | --csv FILE | --xlsx FILE]`` prints the backlog report (open cases by service and age in
working days, deadlines, the last 12 weeks' inflow and outflow, the forecast, the clerks, the share decided within
the deadline) as German text, or as JSON, or saves its tables as CSV or XLSX. A stable interface: the JSON object
has the fields of :class:`models.operations.backlog.BacklogReport`, nested (dates ISO, counts as lists). Who is
logged in decides what it counts: a supervisor every case, a clerk or registry officer the cases they see and
their own row of the clerks.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
from pathlib import Path

from desktop.cli.arguments import Subcommands
from desktop.cli.failures import printable
from desktop.cli.login import staff_database
from models.german_format import format_date, format_decimal
from models.operations.backlog import AGE_LABELS, WEEKS, BacklogReport, backlog_report
from models.operations.backlog_export import backlog_csv, backlog_xlsx
from models.output_files import check_writable, write_atomically


def report_json(report: BacklogReport) -> str:
    def iso(value: object) -> str:
        if isinstance(value, dt.date):
            return value.isoformat()
        raise TypeError(f"not JSON: {value!r}")

    return json.dumps(dataclasses.asdict(report), ensure_ascii=False, indent=2, default=iso)


def _signed(number: int) -> str:
    return f"+{number}" if number > 0 else str(number)


def _print_report(report: BacklogReport) -> None:
    print(f"Rückstand am {format_date(report.as_of)}: {report.open_cases} offene Vorgänge")
    figures = report.deadlines
    print(
        f"Fristen: {figures.overdue} überfällig, {figures.due_soon} fällig in 2 Arbeitstagen, "
        f"{figures.paused} pausiert (wartet auf Bürger)"
    )
    forecast = (
        "keine Prognose (in den letzten 4 Wochen nichts erledigt)"
        if report.forecast_working_days is None
        else f"abgebaut in etwa {format_decimal(report.forecast_working_days)} Arbeitstagen beim Tempo der letzten "
        "4 Wochen"
    )
    print(f"Trend über {WEEKS} Wochen: {_signed(report.trend)}; {forecast}")
    print()
    print("Offene Vorgänge nach Alter (Arbeitstage seit Eingang)")
    print(f"  {'Fachbereich / Leistung':<50}" + "".join(f"{label:>7}" for label in AGE_LABELS) + f"{'Gesamt':>8}")
    for row in report.ages:
        name = f"{row.department} / {row.service_name}"[:50]
        print(printable(f"  {name:<50}" + "".join(f"{count:>7}" for count in row.counts) + f"{row.total:>8}"))
    print()
    print(f"Eingang und Erledigung der letzten {WEEKS} Wochen")
    print(f"  {'Woche ab':<12}{'KW':>4}{'Eingang':>9}{'Erledigt':>10}{'Rückstand':>11}")
    for week in report.weeks:
        print(
            f"  {format_date(week.week_start):<12}{week.week_start.isocalendar().week:>4}{week.inflow:>9}"
            f"{week.outflow:>10}{week.backlog_at_end:>11}"
        )
    print()
    print("Sachbearbeitung")
    print(f"  {'Name (Benutzer)':<40}{'offen':>7}{'diese Woche erledigt':>22}  {'ältester seit':<14}")
    for clerk in report.clerks:
        since = format_date(clerk.oldest_held_since) if clerk.oldest_held_since else "–"
        absent = "  abwesend" if clerk.absent else ""
        name = f"{clerk.display_name} ({clerk.username})"[:40]
        print(printable(f"  {name:<40}{clerk.held:>7}{clerk.done_this_week:>22}  {since:<14}{absent}"))
    print()
    print(f"In der Frist entschieden (letzte {WEEKS} Wochen)")
    for kpi in report.kpis:
        share = "–" if kpi.share is None else f"{format_decimal(kpi.share * 100)} %"
        print(printable(f"  {kpi.service_name[:50]:<50}{kpi.within_deadline:>6} von {kpi.decided:<6}{share:>9}"))


def backlog(args: argparse.Namespace) -> int:
    target = next((Path(path) for path in (args.csv, args.xlsx) if path is not None), None)
    if target is not None:
        check_writable(target)  # before the work, and nothing half-written after a failure
    db, actor = staff_database(args)
    report = backlog_report(db, actor)
    if args.csv is not None:
        written = write_atomically(Path(args.csv), backlog_csv(report).encode("utf-8-sig"))
        print(f"Rückstandsbericht gespeichert: {written}")
    elif args.xlsx is not None:
        written = write_atomically(Path(args.xlsx), backlog_xlsx(report))
        print(f"Rückstandsbericht gespeichert: {written}")
    elif args.json:
        print(report_json(report))
    else:
        _print_report(report)
    sys.stdout.flush()
    return 0


def add_parser(commands: Subcommands, summary: str) -> None:
    report = commands.add_parser(
        "report", help=summary, description="Berichte für die Amtsleitung: Rückstand, Fristen, Durchsatz."
    )
    kinds = report.add_subparsers(dest="report_command", required=True, metavar="BERICHT", title="Berichte")
    reading = kinds.add_parser(
        "backlog",
        help="Rückstand: offene Vorgänge nach Alter, Fristen, Wochen, Sachbearbeitung, Fristquote",
        description=(
            "Die offenen Vorgänge je Leistung nach Alter in Arbeitstagen (NRW), überfällige und bald fällige Fristen, "
            f"Eingang und Erledigung der letzten {WEEKS} Wochen mit Trend und Prognose, je Sachbearbeiterin und "
            "Sachbearbeiter die offenen und diese Woche erledigten Vorgänge, und der Anteil der in der Frist "
            "entschiedenen Vorgänge je Leistung. Die Amtsleitung sieht alle Vorgänge, Sachbearbeitung und Standesamt "
            "die eigenen Leistungen und die eigene Zeile."
        ),
    )
    output = reading.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="als JSON ausgeben")
    output.add_argument("--csv", metavar="DATEI", help="die Tabellen als CSV-Datei speichern (Semikolon, UTF-8)")
    output.add_argument(
        "--xlsx", metavar="DATEI", help="die Tabellen als Excel-Arbeitsmappe speichern (ein Blatt je Tabelle)"
    )
    reading.set_defaults(handler=backlog)
