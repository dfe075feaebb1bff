"""``amtsstube pickups``: the bulky-waste and e-waste pickups of a district's day, for the crew.

``pickups route --district NAME --date TT.MM.JJJJ [--pdf FILE]`` lists the stops (address, items, volumes, e-waste
marked, the totals) or saves the route list as a PDF to print.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.arguments import Subcommands, german_date
from desktop.cli.failures import printable
from desktop.cli.login import Access, staff_database
from models.german_format import format_date
from models.operations.pickups import route_list
from models.operations.town_settings import town_profile
from models.output_files import check_writable, write_atomically
from printing.route_list import cubic_metres, item_text, render_route_list


def route(args: argparse.Namespace) -> int:
    if args.pdf is not None:
        check_writable(Path(args.pdf))  # before reading anything
    db, actor = staff_database(args)
    listing = route_list(db, actor, args.district, args.date)
    if args.pdf is not None:
        written = write_atomically(Path(args.pdf), render_route_list(listing, town_profile(db)).pdf)
        print(printable(f"Tourenliste gespeichert: {written}"))
        return 0
    print(printable(f"Tourenliste {listing.district}, {format_date(listing.day)}"))
    for number, stop in enumerate(listing.stops, start=1):
        print(printable(f"{number}. {stop.address}  ({stop.case_reference}, {cubic_metres(stop.volume_litres)})"))
        for item in stop.items:
            print(printable(f"   {item_text(item)}"))
    print(printable(f"Haltepunkte: {len(listing.stops)}, Stück: {listing.pieces}"))
    print(printable(f"Volumen gesamt: {cubic_metres(listing.volume_litres)}"))
    return 0


def add_parser(commands: Subcommands, summary: str) -> None:
    pickups = commands.add_parser(
        "pickups", help=summary, description="Sperrmüll- und Elektroschrottabholungen eines Bezirks und Tages."
    )
    actions = pickups.add_subparsers(dest="pickups_command", required=True, metavar="AKTION", title="Aktionen")
    routing = actions.add_parser(
        "route",
        help="Tourenliste eines Bezirks und Tages anzeigen oder als PDF speichern",
        description="Alle gebuchten Abholungen eines Abfuhrbezirks an einem Tag: Adressen, Gegenstände, Volumen.",
    )
    routing.add_argument("--district", required=True, metavar="NAME", help="der Abfuhrbezirk, z. B. Altstadt")
    routing.add_argument("--date", required=True, type=german_date, metavar="TT.MM.JJJJ", help="der Abholtag")
    routing.add_argument("--pdf", metavar="DATEI", help="als PDF zum Ausdrucken speichern")
    routing.set_defaults(handler=route, access=Access.STAFF)
