"""``amtsstube town``: show and change the town's master data printed on every letter (for the IT admin)."""

from __future__ import annotations

import argparse
import dataclasses

from desktop.commands.common import open_database
from desktop.commands.failures import say
from desktop.commands.login import Access, check_login_if_given, staff_database
from models.operations.town_settings import town_profile, update_town_profile

EXIT_OK = 0
EXIT_FAILURE = 1


def show(args: argparse.Namespace) -> int:
    db = open_database(args.database)
    check_login_if_given(db, args)  # the letterhead data is public: no login needed
    profile = town_profile(db)
    for field in dataclasses.fields(profile):
        value = getattr(profile, field.name)
        shown = "; ".join(value) if isinstance(value, tuple) else ("" if value is None else str(value))
        print(f"{field.name:<14} {shown}")
    return EXIT_OK


def set_values(args: argparse.Namespace) -> int:
    changes: dict[str, str] = {}
    for assignment in args.assignments:
        name, sep, value = assignment.partition("=")
        if not sep:
            say(
                f"Fehler: „{assignment}“ ist keine Zuweisung. Bitte FELD=WERT angeben, z. B. "
                'amtsstube town set name="Stadt Musterstadt" (die Felder zeigt „amtsstube town show“). '
                "Es wurde nichts gespeichert."
            )
            return EXIT_FAILURE
        changes[name.strip()] = value
    update_town_profile(*staff_database(args), changes)
    print(f"Gespeichert: {', '.join(changes)}. Neue Schreiben verwenden die geänderten Stammdaten.")
    return EXIT_OK


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    town = commands.add_parser(
        "town",
        help="Stammdaten der Kommune für Briefkopf, Bankverbindung und Gericht",
        description="Die Stammdaten der Kommune, die auf jedem Schreiben stehen.",
    )
    actions = town.add_subparsers(dest="town_command", required=True, metavar="AKTION", title="Aktionen")
    actions.add_parser("show", help="Stammdaten anzeigen", description="Alle Stammdaten anzeigen.").set_defaults(
        handler=show, access=Access.OPEN
    )
    change = actions.add_parser(
        "set",
        help="Stammdaten ändern, z. B. iban='DE02 3705 0299 0000 6847 12'",
        description="Stammdaten ändern; IBAN, BIC und Gläubiger-ID werden geprüft.",
    )
    change.add_argument(
        "assignments", nargs="+", metavar="FELD=WERT", help="ein oder mehrere Felder (die Namen zeigt „town show“)"
    )
    change.set_defaults(handler=set_values)
