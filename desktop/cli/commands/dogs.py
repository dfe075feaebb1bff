"""``amtsstube dogs [--all] [--keeper ID] [--json]``: the dogs of the dog register with their tax tag, chip and
dog tax. A stable interface: the JSON keys below (``annual_tax`` in euro cents, an integer). Needs a staff login
with the right to view the resident register (Bürgerbüro, supervisors); every listing is recorded in the audit
log."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from desktop.cli.arguments import Subcommands, register_id
from desktop.cli.login import Access, staff_database
from models.german_format import format_date, format_euro
from models.operations.dogs import DogRow, list_dogs

EXIT_OK = 0


def add_parser(commands: Subcommands, summary: str) -> None:
    dogs = commands.add_parser(
        "dogs",
        help=summary,
        description="Die Hunde des Hunderegisters mit Steuermarke, Transpondernummer, Rasse, Halter (Id im "
        "Melderegister) und der Hundesteuer des laufenden Jahres. Jede Abfrage wird protokolliert.",
        epilog="JSON-Schlüssel: id, name, breed, chip, keeper_id, tag_number, category, annual_tax (Hundesteuer "
        "dieses Hundes im laufenden Jahr in Cent, ganze Zahl: 9600 = 96,00 €), status (registered | deregistered), "
        "deregistered_on (JJJJ-MM-TT oder null), relief (Code der Steuerbefreiung oder -ermäßigung nach der "
        "Hundesteuersatzung oder null; annual_tax berücksichtigt sie). Die Position eines Hundes (erster, zweiter, "
        "weiterer) zählt die Hunde des ganzen Haushalts: aller Personen mit derselben Hauptwohnung.",
    )
    dogs.add_argument("--all", action="store_true", help="auch abgemeldete Hunde")
    dogs.add_argument(
        "--keeper", type=register_id, metavar="ID", help="nur die Hunde dieser Person (Id im Melderegister)"
    )
    dogs.add_argument("--json", action="store_true", help="als JSON-Array ausgeben (annual_tax in Cent)")
    dogs.set_defaults(handler=dogs_command, access=Access.STAFF)


def dogs_command(args: argparse.Namespace) -> int:
    rows = list_dogs(*staff_database(args), keeper_id=args.keeper, include_deregistered=args.all)
    if args.json:
        json.dump([dog_json(row) for row in rows], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif not rows:
        print("Keine Hunde im Register.")
    else:
        for row in rows:
            tag = str(row.tag_number) if row.tag_number is not None else "—"
            ended = f"  abgemeldet {format_date(row.deregistered_on)}" if row.deregistered_on else ""
            print(
                f"{tag:>6}  {row.name:<16} {row.breed:<28} {row.chip or '—':<15}  Halter {row.keeper_id:>7}  "
                f"{format_euro(row.annual_tax_cents):>10}{ended}"
            )
    return EXIT_OK


def dog_json(row: DogRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "name": row.name,
        "breed": row.breed,
        "chip": row.chip,
        "keeper_id": row.keeper_id,
        "tag_number": row.tag_number,
        "category": row.category,
        "annual_tax": row.annual_tax_cents,
        "status": "registered" if row.registered else "deregistered",
        "deregistered_on": row.deregistered_on.isoformat() if row.deregistered_on else None,
        "relief": row.relief,
    }
