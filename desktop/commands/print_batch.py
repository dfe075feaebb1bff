"""``amtsstube print-batch``: print the whole print queue as one job, or write it to one PDF file."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands.common import open_database
from models import settings
from models.operations.actors import system_actor
from models.operations.outgoing_mail import print_documents, print_queue
from printing.batch import file_delivery, printer_delivery

EXIT_OK = 0
EXIT_FAILURE = 1


def run(args: argparse.Namespace) -> int:
    db = open_database(args.database)
    actor = system_actor("print-batch")
    if not print_queue(db, actor):
        print("Die Druckwarteschlange ist leer: nichts zu drucken.")
        return EXIT_OK
    if args.pdf is not None:
        deliver = file_delivery(args.pdf, duplex=args.duplex)
    else:
        printer = args.printer or settings.load().printers.letters or _default_printer()
        if printer is None:
            print(
                "Fehler: Kein Drucker angegeben und kein Standarddrucker eingerichtet. "
                "Bitte --printer NAME oder --pdf DATEI angeben.",
            )
            return EXIT_FAILURE
        deliver = printer_delivery(printer, duplex=args.duplex)
    result = print_documents(db, actor, deliver)
    job = f", Auftrag {result.receipt.job_id}" if result.receipt.job_id else ""
    print(
        f"{len(result.entries)} Schreiben ({result.pages} Seiten) an {result.receipt.printer}{job}; "
        "im Postausgangsbuch eingetragen."
    )
    return EXIT_OK


def _default_printer() -> str | None:
    from printing.printer_adapter import available_printers  # noqa: PLC0415 - loads Qt only when printing

    return available_printers().default


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("print-batch", help="alle Schreiben der Druckwarteschlange als einen Auftrag drucken")
    target = parser.add_mutually_exclusive_group()
    target.add_argument("--printer", metavar="NAME", help="Drucker (sonst Einstellung, sonst Standarddrucker)")
    target.add_argument("--pdf", type=Path, metavar="DATEI", help="statt zu drucken eine PDF-Datei schreiben")
    parser.add_argument(
        "--simplex", dest="duplex", action="store_false", help="nur einseitig drucken (sonst beidseitig, wo möglich)"
    )
    parser.set_defaults(handler=run)
