"""``amtsstube user``: staff accounts for the IT admin (passwords are stored as argon2id hashes)."""

from __future__ import annotations

import argparse

from desktop.commands.common import open_database
from desktop.commands.failures import printable
from desktop.commands.login import first_admin_or_staff, read_password, staff_database
from models.operations.users import create_user, list_users
from models.roles import Role

EXIT_OK = 0


def _password_from_stdin(prompt: str = "Neues Passwort: ") -> str:
    """The next line of stdin as UTF-8 (on a terminal: asked for without echo). After a login with
    ``--password-stdin`` that is the second line: the first one was the login password."""
    return read_password(prompt, from_stdin=True)


def add(args: argparse.Namespace) -> int:
    roles = frozenset(Role(r) for r in args.role)
    db = open_database(args.database)
    actor = first_admin_or_staff(db, args, creates_admin=Role.ADMIN in roles)  # the login's password comes first
    password = (
        _password_from_stdin(f"Passwort für {printable(args.username.strip())}: ") if args.password_stdin else None
    )
    row = create_user(
        db,
        actor,
        args.username,
        args.name or args.username,
        roles,
        password=password,
        email=args.email,
        phone=args.phone,
    )
    print(f"Benutzer {row.username} angelegt (Rollen: {', '.join(sorted(row.roles))}).")
    return EXIT_OK


def list_all(args: argparse.Namespace) -> int:
    for row in list_users(*staff_database(args)):
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
        "--password-stdin",
        action="store_true",
        help="Passwort des neuen Benutzers von stdin lesen (UTF-8; nach einer Anmeldung mit --password-stdin die "
        "zweite Zeile)",
    )
    adding.set_defaults(handler=add)
    user_commands.add_parser(
        "list", help="Benutzer auflisten", description="Alle Benutzerkonten auflisten."
    ).set_defaults(handler=list_all)
