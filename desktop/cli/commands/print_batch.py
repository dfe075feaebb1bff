"""``amtsstube print-batch``: print the whole print queue as one job, or write it to one PDF file."""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path
from types import ModuleType

from desktop.cli.arguments import Subcommands
from desktop.cli.login import staff_database
from models import settings
from models.operations.mail_rows import PrintBatchResult
from models.operations.outgoing_mail import print_documents, print_queue
from models.output_files import check_writable
from printing.batch import file_delivery

EXIT_OK = 0
EXIT_FAILURE = 1


def run(args: argparse.Namespace) -> int:
    if args.pdf is not None:
        check_writable(args.pdf)  # before the work, not after it
    db, actor = staff_database(args)
    if not print_queue(db, actor):
        print("Die Druckwarteschlange ist leer: nichts zu drucken.")
        return EXIT_OK
    if args.pdf is not None:
        deliver = file_delivery(args.pdf, duplex=args.duplex)
    else:
        printing = _print_support()
        printer = args.printer or settings.load().printers.letters or printing.available_printers().default
        if printer is None:
            print(
                "Fehler: Kein Drucker angegeben und kein Standarddrucker eingerichtet. "
                "Bitte --printer NAME oder --pdf DATEI angeben.",
                file=sys.stderr,
            )
            return EXIT_FAILURE
        deliver = printing.printer_delivery(printer, duplex=args.duplex)
    print(summary(print_documents(db, actor, deliver)))
    return EXIT_OK


def summary(result: PrintBatchResult) -> str:
    """What was sent or written, counted as it was: blank duplex backs are pages of the job too."""
    receipt = result.receipt
    pages = receipt.job_pages if receipt.job_pages is not None else result.pages
    blanks = pages - result.pages
    counted = _count(pages, "Seite", "Seiten")
    if blanks > 0:
        counted += f", davon {_count(blanks, 'leere Rückseite', 'leere Rückseiten')} für den beidseitigen Druck"
    job = f", Auftrag {receipt.job_id}" if receipt.job_id else ""
    return f"{len(result.entries)} Schreiben ({counted}) an {receipt.printer}{job}; im Postausgangsbuch eingetragen."


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _print_support() -> ModuleType:
    """Qt's print support, loaded only to print on a printer: ``print-batch --pdf`` runs without Qt."""
    return importlib.import_module("printing.printer_adapter")


def add_parser(commands: Subcommands, summary: str) -> None:
    parser = commands.add_parser(
        "print-batch",
        help=summary,
        description="Alle Schreiben der Druckwarteschlange als einen Auftrag drucken oder in eine PDF-Datei schreiben.",
    )
    target = parser.add_mutually_exclusive_group()
    target.add_argument("--printer", metavar="NAME", help="Drucker (sonst Einstellung, sonst Standarddrucker)")
    target.add_argument("--pdf", type=Path, metavar="DATEI", help="statt zu drucken eine PDF-Datei schreiben")
    parser.add_argument(
        "--simplex", dest="duplex", action="store_false", help="nur einseitig drucken (sonst beidseitig, wo möglich)"
    )
    parser.set_defaults(handler=run)
