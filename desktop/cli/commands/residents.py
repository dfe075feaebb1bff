"""``amtsstube residents find NAME [--born JJJJ-MM-TT] [--json]``: residents in the resident register, found with the
same matching as the GUI (the DIN 91379 search form: "weiss juergen" finds Jürgen Weiß). A stable interface: the
JSON keys below. Needs a staff login with the right to view the register (Bürgerbüro, supervisors); every search
is recorded in the audit log."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from desktop.cli.arguments import Subcommands, german_date, searched_name
from desktop.cli.login import Access, staff_database
from models.german_format import format_date
from models.operations.residents import MAX_MATCHES, ResidentMatch, find_residents

EXIT_OK = 0


def add_parser(commands: Subcommands, summary: str) -> None:
    residents = commands.add_parser(
        "residents", help=summary, description="Personen im Melderegister suchen (Bürgerbüro, Amtsleitung)."
    )
    actions = residents.add_subparsers(dest="residents_command", required=True, metavar="AKTION", title="Aktionen")
    find = actions.add_parser(
        "find",
        help="Personen nach Namen suchen",
        description="Personen suchen, deren Namen mit jedem angegebenen Wort beginnen (Umlaute, ß und andere "
        "Buchstaben nach DIN 91379: „weiss“ findet „Weiß“). Jede Suche wird protokolliert.",
    )
    find.add_argument(
        "name", metavar="NAME", type=searched_name, help="Familien- und/oder Vornamen, z. B. „weiß jürgen“"
    )
    find.add_argument(
        "--born", type=german_date, metavar="DATUM", help="nur mit diesem Geburtsdatum (JJJJ-MM-TT oder TT.MM.JJJJ)"
    )
    find.add_argument("--json", action="store_true", help="als JSON-Array ausgeben")
    find.set_defaults(handler=find_command, access=Access.STAFF)


def find_command(args: argparse.Namespace) -> int:
    matches = find_residents(*staff_database(args), args.name, born=args.born, limit=MAX_MATCHES)
    if args.json:
        json.dump([resident_json(m) for m in matches], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif not matches:
        print("Keine Person gefunden.")
    else:
        for m in matches:
            born = format_date(m.born) if m.born else "—"
            notes = "".join(
                note for note, shown in ((" †", m.died_on), ("  [Auskunftssperre]", m.information_block)) if shown
            )
            name = f"{m.family_name}, {m.given_names}"
            print(f"{m.id:>7}  {name:<40} {born:<10}  {m.address or '—'}{notes}")
    return EXIT_OK


def resident_json(m: ResidentMatch) -> dict[str, Any]:
    return {
        "id": m.id,
        "family_name": m.family_name,
        "given_names": m.given_names,
        "born": m.born.isoformat() if m.born else None,
        "address": m.address,
        "died_on": m.died_on.isoformat() if m.died_on else None,
        "information_block": m.information_block,
    }
