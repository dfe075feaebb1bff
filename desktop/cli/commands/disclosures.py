"""``amtsstube disclosures``: the §40 BMG log of register information answers (data protection only).

``disclosures [--from TT.MM.JJJJ] [--to TT.MM.JJJJ] [--json | --csv FILE]`` lists the answers, newest first: when,
case reference, outcome, recipient, purpose, the data given and the clerk. A stable interface; the JSON keys are
those of :meth:`models.operations.disclosure_log.DisclosureRow.as_json`. Every reading is itself recorded.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop.cli.arguments import Subcommands, german_date
from desktop.cli.failures import printable
from desktop.cli.login import staff_database
from models.german_format import format_moment_seconds
from models.operations.disclosure_log import OUTCOME_TEXTS, disclosure_log, export_disclosure_log
from models.output_files import check_writable, write_atomically

EXIT_OK = 0


def list_disclosures(args: argparse.Namespace) -> int:
    target = check_writable(Path(args.csv)) if args.csv is not None else None  # before reading (and recording) it
    db, actor = staff_database(args)
    if target is not None:
        csv_text = export_disclosure_log(db, actor, date_from=args.date_from, date_to=args.date_to)
        target = write_atomically(target, csv_text.encode("utf-8-sig"))
        print(f"Auskunftsprotokoll gespeichert: {target}")
        return EXIT_OK
    rows = disclosure_log(db, actor, date_from=args.date_from, date_to=args.date_to)
    if args.json:
        json.dump([row.as_json() for row in rows], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    for row in rows:
        given = json.dumps(row.data_given, ensure_ascii=False, sort_keys=True) if row.data_given else "–"
        print(
            printable(
                f"{format_moment_seconds(row.at)}  {row.case_reference}  {OUTCOME_TEXTS[row.outcome]}  "
                f"an: {row.recipient}  Zweck: {row.purpose}  Daten: {given}  ({row.clerk})"
            )
        )
    print(f"{len(rows)} Auskünfte")
    return EXIT_OK


def add_parser(commands: Subcommands, summary: str) -> None:
    listing = commands.add_parser(
        "disclosures",
        help=summary,
        description=(
            "Das Protokoll der Melderegisterauskünfte (§ 40 BMG) lesen, neueste zuerst: Empfänger, übermittelte "
            "Daten, Zeitpunkt, Zweck, Aktenzeichen, Sachbearbeitung. Nur für den Datenschutz."
        ),
    )
    listing.add_argument("--from", dest="date_from", type=german_date, metavar="TT.MM.JJJJ", help="ab diesem Tag")
    listing.add_argument("--to", dest="date_to", type=german_date, metavar="TT.MM.JJJJ", help="bis zu diesem Tag")
    output = listing.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="als JSON-Array ausgeben")
    output.add_argument("--csv", metavar="DATEI", help="als CSV-Datei speichern (nur für Sie lesbar)")
    listing.set_defaults(handler=list_disclosures)
