"""``amtsstube user``: staff accounts for the IT admin (passwords are stored as argon2id hashes)."""

from __future__ import annotations

import argparse
import getpass
import sys

from desktop.commands.common import open_database
from desktop.commands.failures import printable
from models.errors import InvalidInput
from models.operations.actors import system_actor
from models.operations.users import create_user, list_users
from models.roles import Role

EXIT_OK = 0


def _password_from_stdin() -> str:
    """The first line of stdin as UTF-8 (on a terminal: asked for without echo)."""
    if sys.stdin is None:
        raise InvalidInput("password", "no_stdin")
    if sys.stdin.isatty():
        try:
            return getpass.getpass("Passwort: ")
        except EOFError:  # Ctrl+D instead of a password
            raise InvalidInput("password", "no_stdin") from None
    line = sys.stdin.buffer.readline()
    try:
        return line.decode("utf-8").removesuffix("\n").removesuffix("\r")
    except UnicodeDecodeError:
        raise InvalidInput("password", "not_utf8") from None


def add(args: argparse.Namespace) -> int:
    password = _password_from_stdin() if args.password_stdin else None
    row = create_user(
        open_database(args.database),
        system_actor("cli"),
        args.username,
        args.name or args.username,
        frozenset(Role(r) for r in args.role),
        password=password,
        email=args.email,
        phone=args.phone,
    )
    print(f"Benutzer {row.username} angelegt (Rollen: {', '.join(sorted(row.roles))}).")
    return EXIT_OK


def list_all(args: argparse.Namespace) -> int:
    for row in list_users(open_database(args.database), system_actor("cli")):
        state = "aktiv" if row.active else "gesperrt"
        name = printable(row.display_name)
        print(f"{row.username:<16} {name:<30} {','.join(sorted(row.roles)):<30} {state}")
    return EXIT_OK


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    user = commands.add_parser("user", help="Benutzer verwalten", description="Benutzerkonten verwalten.")
    user_commands = user.add_subparsers(dest="user_command", required=True, metavar="AKTION", title="Aktionen")
    adding = user_commands.add_parser("add", help="Benutzer anlegen", description="Ein Benutzerkonto anlegen.")
    adding.add_argument("username", metavar="BENUTZERNAME", help="Anmeldename, ohne Leerzeichen")
    adding.add_argument("--name", metavar="NAME", help='Anzeigename, z. B. "Anna Schmitz" (sonst der Anmeldename)')
    adding.add_argument(
        "--role",
        action="append",
        required=True,
        choices=[role.value for role in Role],
        help="Rolle (mehrfach möglich)",
    )
    adding.add_argument("--email", metavar="ADRESSE", help="E-Mail-Adresse")
    adding.add_argument("--phone", metavar="NUMMER", help="Telefonnummer (Durchwahl)")
    adding.add_argument(
        "--password-stdin", action="store_true", help="Passwort als erste Zeile von stdin lesen (UTF-8)"
    )
    adding.set_defaults(handler=add)
    user_commands.add_parser(
        "list", help="Benutzer auflisten", description="Alle Benutzerkonten auflisten."
    ).set_defaults(handler=list_all)
