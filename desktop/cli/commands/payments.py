"""``amtsstube payments``: the counter's cash book without the window.

``payments day [--date TT.MM.JJJJ] [--workstation NAME | --all] [--json | --csv FILE | --pdf FILE]`` shows a day's
report (Tagesabschluss) of this workstation (its name from the settings, else the computer's), of another one or of
all of them; ``payments close [--date TT.MM.JJJJ] [--workstation NAME]`` closes a workstation's day. The JSON is a
stable interface (see :func:`report_json`); amounts are whole cents.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop.cli.arguments import Subcommands, german_date
from desktop.cli.failures import printable
from desktop.cli.login import staff_database
from models import settings as settings_module
from models.cash_records import CashDayReport, ReceiptRow
from models.german_format import format_date, format_euro, format_moment
from models.operations.cash_day import cash_day_report, close_cash_day, export_cash_day
from models.operations.town_settings import town_profile
from models.output_files import check_writable, write_atomically
from models.payment_methods import METHOD_NAMES
from printing.cash_documents import render_cash_day


def _receipt_json(receipt: ReceiptRow) -> dict[str, Any]:
    return {
        "number": receipt.number,
        "kind": receipt.kind.value,
        "method": receipt.method.value,
        "total_cents": receipt.total_cents,
        "payer_name": receipt.payer_name,
        "workstation": receipt.workstation,
        "issued_at": receipt.issued_at.isoformat(),
        "clerk": receipt.clerk_username,
        "clerk_name": receipt.clerk_name,
        "cancels": receipt.cancels_number,
        "cancelled_by": receipt.cancelled_by_number,
        "reason": receipt.reason,
        "lines": [
            {"case_reference": line.case_reference, "service": line.service_name, "amount_cents": line.amount_cents}
            for line in receipt.lines
        ],
    }


def report_json(report: CashDayReport) -> dict[str, Any]:
    closing = report.closing
    return {
        "day": report.day.isoformat(),
        "workstation": report.workstation,
        "closed": None if closing is None else {"at": closing.closed_at.isoformat(), "by": closing.closed_by},
        "totals_cents": {method.value: cents for method, cents in report.totals.items()},
        "total_cents": report.total_cents,
        "cancellations": report.cancellations,
        "cancelled_cents": report.cancelled_cents,
        "clerks": list(report.clerks),
        "receipts": [_receipt_json(receipt) for receipt in report.receipts],
    }


def _workstation(args: argparse.Namespace) -> str | None:
    if getattr(args, "all", False):
        return None
    if args.workstation is not None:
        return str(args.workstation)  # as given: an empty name is refused, never taken for this computer
    return settings_module.load().effective_workstation()


def _print_report(report: CashDayReport) -> None:
    station = report.workstation or "alle Arbeitsplätze"
    print(printable(f"Tagesabschluss {format_date(report.day)}, {station}"))
    for receipt in report.receipts:
        cases = ", ".join(line.case_reference for line in receipt.lines)
        line = (
            f"{receipt.number}  {format_moment(receipt.issued_at)}  {METHOD_NAMES[receipt.method]:<9} "
            f"{format_euro(receipt.total_cents):>12}  {cases}  {receipt.payer_name}"
        )
        print(printable(line))
    for method, cents in report.totals.items():
        print(f"Summe {METHOD_NAMES[method]}: {format_euro(cents)}")
    print(f"Stornos: {report.cancellations} ({format_euro(report.cancelled_cents)})")
    print(f"Gesamt: {format_euro(report.total_cents)}")
    if report.closing is not None:
        closed = format_moment(report.closing.closed_at)
        print(printable(f"Abgeschlossen am {closed} von {report.closing.closed_by}"))
    else:
        print("Nicht abgeschlossen.")


def day(args: argparse.Namespace) -> int:
    workstation = _workstation(args)
    target = next((Path(path) for path in (args.csv, args.pdf) if path is not None), None)
    if target is not None:
        check_writable(target)  # before reading (and recording) anything
    db, actor = staff_database(args)
    if args.csv is not None:
        written = write_atomically(
            Path(args.csv), export_cash_day(db, actor, workstation, args.date).encode("utf-8-sig")
        )
        print(f"Tagesabschluss gespeichert: {written}")
        return 0
    report = cash_day_report(db, actor, workstation, args.date)
    if args.pdf is not None:
        written = write_atomically(Path(args.pdf), render_cash_day(report, town_profile(db)).pdf)
        print(f"Tagesabschluss gespeichert: {written}")
    elif args.json:
        json.dump(report_json(report), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        _print_report(report)
    return 0


def close(args: argparse.Namespace) -> int:
    db, actor = staff_database(args)
    report = close_cash_day(db, actor, _workstation(args) or "", args.date)
    print(printable(f"Kassentag {format_date(report.day)} von {report.workstation} abgeschlossen."))
    print(f"Gesamt: {format_euro(report.total_cents)} in {len(report.receipts)} Buchungen")
    return 0


def add_parser(commands: Subcommands, summary: str) -> None:
    payments = commands.add_parser(
        "payments", help=summary, description="Die Kasse am Schalter: Tagesabschluss lesen, speichern, abschließen."
    )
    actions = payments.add_subparsers(dest="payments_command", required=True, metavar="AKTION", title="Aktionen")
    reading = actions.add_parser(
        "day",
        help="Tagesabschluss eines Arbeitsplatzes anzeigen oder speichern",
        description="Alle Buchungen eines Tages mit den Summen je Zahlungsweg, den Stornos und wer kassiert hat.",
    )
    reading.add_argument("--date", type=german_date, metavar="TT.MM.JJJJ", help="dieser Tag (sonst heute)")
    where = reading.add_mutually_exclusive_group()
    where.add_argument("--workstation", metavar="NAME", help="dieser Arbeitsplatz (sonst dieser Rechner)")
    where.add_argument("--all", action="store_true", help="alle Arbeitsplätze zusammen")
    output = reading.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="als JSON ausgeben")
    output.add_argument("--csv", metavar="DATEI", help="als CSV-Datei speichern (nur für Sie lesbar)")
    output.add_argument("--pdf", metavar="DATEI", help="als PDF zum Ausdrucken speichern")
    reading.set_defaults(handler=day)
    closing = actions.add_parser(
        "close",
        help="den Kassentag eines Arbeitsplatzes abschließen",
        description="Schließt den Tag ab: seine Summen werden festgehalten, danach nimmt er keine Buchungen mehr an.",
    )
    closing.add_argument("--date", type=german_date, metavar="TT.MM.JJJJ", help="dieser Tag (sonst heute)")
    closing.add_argument("--workstation", metavar="NAME", help="dieser Arbeitsplatz (sonst dieser Rechner)")
    closing.set_defaults(handler=close)
