"""``amtsstube demo``: demo users, cases and letters for an empty database (development, training, trade fairs)."""

from __future__ import annotations

import argparse

from desktop.cli.arguments import Subcommands, demo_residents
from desktop.cli.database import open_database
from desktop.cli.login import Access
from models.demo.seed import DEMO_PASSWORD, seed_demo
from models.demo.town import DEMO_RESIDENTS
from models.operations.users import count_users
from printing.certificate_sheet import render_on_sheet
from printing.letter import render_letter

EXIT_OK = 0


def add_parser(commands: Subcommands, summary: str) -> None:
    demo = commands.add_parser(
        "demo", help=summary, description="Demo-Benutzer, -Vorgänge und die Einwohner der Demo-Stadt anlegen."
    )
    demo.add_argument(
        "--residents",
        type=demo_residents,
        default=None,
        metavar="ANZAHL",
        help=f"so viele Einwohnerinnen und Einwohner im Melderegister (Vorgabe: {DEMO_RESIDENTS:_})".replace("_", "."),
    )
    demo.set_defaults(handler=run, access=Access.TECHNICAL)


def run(args: argparse.Namespace) -> int:
    db = open_database(args.database)
    if count_users(db) > 0:
        print("Die Datenbank enthält bereits Benutzer; Demo-Daten werden nur in eine leere Datenbank geschrieben.")
        return EXIT_OK
    summary = seed_demo(db, render_letter, residents=args.residents, render_certificate=render_on_sheet)
    print(
        f"Demo-Daten angelegt: {summary.users} Benutzer (Passwort {DEMO_PASSWORD}), "
        f"{summary.cases} Vorgänge, {summary.letters} Schreiben, {summary.residents} Einwohner, "
        f"{summary.dogs} Hunde, {summary.properties} Grundstücke mit Abfallbehältern, "
        f"{summary.civil_entries} Einträge in den Personenstandsregistern, {summary.certificates} Urkunden."
    )
    return EXIT_OK
