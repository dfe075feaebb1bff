"""``amtsstube town``: show and change the town's master data printed on every letter (for the IT admin).

A new bank account is only proposed by ``town set``; it takes effect when a second person (another admin or a
supervisor) confirms it with ``town confirm IBAN``, repeating the new IBAN (four-eyes principle).
"""

from __future__ import annotations

import argparse
import dataclasses

from desktop.cli.arguments import Subcommands
from desktop.cli.database import open_database
from desktop.cli.failures import printable, say
from desktop.cli.login import Access, check_login_if_given, staff_database
from models.german_format import format_moment
from models.operations.town_settings import (
    confirm_bank_change,
    discard_bank_change,
    pending_bank_change,
    town_profile,
    update_town_profile,
)
from models.town_config import BankAccount, PendingBankChange
from printing.letter_page import grouped_iban

EXIT_OK = 0
EXIT_FAILURE = 1


def _account(account: BankAccount) -> str:
    return f"{printable(account.bank_name)}, IBAN {grouped_iban(account.iban)}, BIC {account.bic}"


def _pending_lines(change: PendingBankChange) -> list[str]:
    return [
        "Änderung der Bankverbindung wartet auf Bestätigung (Vier-Augen-Prinzip):",
        f"  vorgeschlagen von {printable(change.proposed_by_name)} am {format_moment(change.proposed_at)} Uhr",
        f"  bisher: {_account(change.old)}",
        f"  neu:    {_account(change.new)}",
        "  Bis zur Bestätigung stehen die bisherigen Kontodaten auf allen Schreiben. Bestätigen kann eine zweite",
        "  Person aus der IT-Administration oder die Amtsleitung, mit der neuen IBAN:",
        f"  amtsstube town confirm {change.new.iban}   (verwerfen: amtsstube town discard)",
    ]


def show(args: argparse.Namespace) -> int:
    db = open_database(args.database)
    check_login_if_given(db, args)  # the letterhead data is public: no login needed
    profile = town_profile(db)
    for field in dataclasses.fields(profile):
        value = getattr(profile, field.name)
        shown = "; ".join(value) if isinstance(value, tuple) else ("" if value is None else str(value))
        print(f"{field.name:<14} {shown}")
    change = pending_bank_change(db)
    if change is not None:
        print()
        print("\n".join(_pending_lines(change)))
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
    # who runs it is recorded in the audit log, and is never the second person of their own proposal
    update = update_town_profile(*staff_database(args), changes)
    if update.changed:
        print(f"Gespeichert: {', '.join(update.changed)}. Neue Schreiben verwenden die geänderten Stammdaten.")
    if update.proposed and update.pending is not None:
        print("Die neue Bankverbindung ist vorgeschlagen, aber noch nicht gültig.")
        print("\n".join(_pending_lines(update.pending)))
    elif update.pending is not None and any(name in changes for name in ("bank_name", "iban", "bic")):
        print("Diese Bankverbindung ist bereits vorgeschlagen und wartet auf Bestätigung (amtsstube town show).")
    elif not update.changed:
        print("Nichts geändert: die Stammdaten haben diese Werte schon.")
    return EXIT_OK


def confirm(args: argparse.Namespace) -> int:
    db, actor = staff_database(args)
    if args.iban is None:
        change = pending_bank_change(db)
        if change is None:
            print("Es wartet keine Änderung der Bankverbindung auf Bestätigung.")
            return EXIT_OK
        print("\n".join(_pending_lines(change)))
        say("Zum Bestätigen bitte die neue IBAN angeben (wie auf dem Schreiben der Bank). Es wurde nichts geändert.")
        return EXIT_FAILURE
    profile = confirm_bank_change(db, actor, args.iban)
    print(f"Bestätigt: die Bankverbindung ist jetzt {_account(BankAccount.of(profile))}.")
    print("Neue Gebührenbescheide tragen sie mit ihrem GiroCode.")
    return EXIT_OK


def discard(args: argparse.Namespace) -> int:
    change = discard_bank_change(*staff_database(args))
    print(f"Verworfen: der Vorschlag {_account(change.new)}. Es gilt weiter {_account(change.old)}.")
    return EXIT_OK


def add_parser(commands: Subcommands, summary: str) -> None:
    town = commands.add_parser(
        "town",
        help=summary,
        description="Die Stammdaten der Kommune, die auf jedem Schreiben stehen.",
    )
    actions = town.add_subparsers(dest="town_command", required=True, metavar="AKTION", title="Aktionen")
    actions.add_parser(
        "show",
        help="Stammdaten anzeigen",
        description="Alle Stammdaten anzeigen, dazu eine Änderung der Bankverbindung, die auf Bestätigung wartet.",
    ).set_defaults(handler=show, access=Access.OPEN)
    change = actions.add_parser(
        "set",
        help="Stammdaten ändern, z. B. iban='DE02 3705 0299 0000 6847 12'",
        description=(
            "Stammdaten ändern; IBAN, BIC und Gläubiger-ID werden geprüft. Eine neue Bankverbindung (bank_name, "
            "iban, bic) wird nur vorgeschlagen: sie gilt erst, wenn eine zweite Person sie bestätigt."
        ),
    )
    change.add_argument(
        "assignments", nargs="+", metavar="FELD=WERT", help="ein oder mehrere Felder (die Namen zeigt „town show“)"
    )
    change.set_defaults(handler=set_values)
    confirmation = actions.add_parser(
        "confirm",
        help="eine vorgeschlagene Bankverbindung bestätigen (zweite Person)",
        description=(
            "Die vorgeschlagene Bankverbindung in Kraft setzen. Bestätigen kann nur, wer sie nicht vorgeschlagen "
            "hat: eine zweite Person aus der IT-Administration oder die Amtsleitung. Ohne IBAN: den Vorschlag zeigen."
        ),
    )
    confirmation.add_argument(
        "iban", nargs="?", metavar="IBAN", help="die neue IBAN, zur Kontrolle noch einmal eingegeben"
    )
    confirmation.set_defaults(handler=confirm)
    actions.add_parser(
        "discard",
        help="eine vorgeschlagene Bankverbindung verwerfen",
        description="Den Vorschlag einer neuen Bankverbindung verwerfen; die bisherige gilt weiter.",
    ).set_defaults(handler=discard)
