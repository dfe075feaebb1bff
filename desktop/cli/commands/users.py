"""``amtsstube user``: staff accounts for the IT admin (passwords are stored as argon2id hashes).

``add``, ``list``, ``deactivate``/``activate``, ``roles``, ``reset-password``, ``unlock``, and ``password`` for
one's own password. Passwords come from standard input (one per line, UTF-8) or, on a terminal, from a prompt
without echo. Exit codes: 0 done, 1 refused (German message on stderr), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import sys

from desktop.cli.arguments import Subcommands
from desktop.cli.database import open_database
from desktop.cli.failures import printable
from desktop.cli.login import Access, first_admin_or_staff, read_password, staff_database
from models.base import utcnow
from models.errors import InvalidInput
from models.german_format import format_clock
from models.operations.users import (
    UserRow,
    activate_user,
    authenticate,
    change_own_password,
    create_user,
    deactivate_user,
    list_users,
    reset_password,
    set_user_roles,
    unlock_user,
)
from models.roles import Role

EXIT_OK = 0


def _read_line(prompt: str) -> str:
    """The next password line of stdin as UTF-8 (on a terminal: asked for without echo). After a login with
    ``--password-stdin`` the login's password is the first line; the ones read here follow it."""
    return read_password(prompt, from_stdin=True)


def _password_from_stdin(prompt: str = "Neues Passwort: ") -> str:
    return _read_line(prompt)


def _new_password() -> str:
    """The new password; on a terminal typed twice, so that a typing mistake does not lock anyone out."""
    password = _read_line("Neues Passwort: ")
    if sys.stdin is not None and sys.stdin.isatty() and _read_line("Neues Passwort (Wiederholung): ") != password:
        raise InvalidInput("password", "mismatch")
    return password


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


def _state(row: UserRow) -> str:
    if not row.active:
        return "deaktiviert"
    if row.locked_until is not None and row.locked_until > utcnow():
        return f"gesperrt bis {format_clock(row.locked_until)}"
    return "aktiv"


def list_all(args: argparse.Namespace) -> int:
    for row in list_users(*staff_database(args)):
        name = printable(row.display_name)
        print(f"{row.username:<16} {name:<30} {','.join(sorted(row.roles)):<30} {_state(row)}")
    return EXIT_OK


def deactivate(args: argparse.Namespace) -> int:
    row = deactivate_user(*staff_database(args), args.username)
    print(f"Benutzer {row.username} deaktiviert: keine Anmeldung mehr; offene Sitzungen enden beim nächsten Schritt.")
    return EXIT_OK


def activate(args: argparse.Namespace) -> int:
    row = activate_user(*staff_database(args), args.username)
    print(f"Benutzer {row.username} wieder aktiv.")
    return EXIT_OK


def roles(args: argparse.Namespace) -> int:
    row = set_user_roles(*staff_database(args), args.username, frozenset(Role(r) for r in args.role))
    print(f"Benutzer {row.username} hat jetzt die Rollen {', '.join(sorted(row.roles))}; offene Sitzungen enden.")
    return EXIT_OK


def own_password(args: argparse.Namespace) -> int:
    """The own password: the current one, then the new one (two lines of stdin, or prompts on a terminal).

    With ``BENUTZERNAME`` the current password identifies the user; without, the command's own login does.
    """
    if args.username:  # the current password identifies the account: no login of its own
        db = open_database(args.database)
        old = _read_line("Bisheriges Passwort: ")
        new = _new_password()
        actor = authenticate(db, args.username, old)
    else:
        db, actor = staff_database(args)  # the login's password first, then the current and the new one
        old = _read_line("Bisheriges Passwort: ")
        new = _new_password()
    changed = change_own_password(db, actor, old, new)
    print(f"Passwort von {changed.username} geändert; andere offene Sitzungen enden beim nächsten Schritt.")
    return EXIT_OK


def reset(args: argparse.Namespace) -> int:
    db, actor = staff_database(args)
    password = _new_password()
    row = reset_password(db, actor, args.username, password)
    print(f"Passwort von {row.username} neu gesetzt (und entsperrt); offene Sitzungen enden beim nächsten Schritt.")
    return EXIT_OK


def unlock(args: argparse.Namespace) -> int:
    row = unlock_user(*staff_database(args), args.username)
    print(f"Benutzer {row.username} entsperrt: die Anmeldung ist wieder möglich.")
    return EXIT_OK


def add_parser(commands: Subcommands, summary: str) -> None:
    user = commands.add_parser("user", help=summary, description="Benutzerkonten verwalten.")
    user_commands = user.add_subparsers(dest="user_command", required=True, metavar="AKTION", title="Aktionen")
    adding = user_commands.add_parser("add", help="Benutzer anlegen", description="Ein Benutzerkonto anlegen.")
    adding.add_argument("username", metavar="BENUTZERNAME", help="Anmeldename, ohne Leerzeichen")
    adding.add_argument("--name", metavar="NAME", help='Anzeigename, z. B. "Anna Schmitz" (sonst der Anmeldename)')
    _role_option(adding)
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

    for name, handler, text, description in (
        (
            "deactivate",
            deactivate,
            "Benutzer deaktivieren",
            "Das Konto kann sich nicht mehr anmelden; offene Sitzungen enden beim nächsten Schritt.",
        ),
        ("activate", activate, "Benutzer wieder aktivieren", "Ein deaktiviertes Konto kann sich wieder anmelden."),
        (
            "unlock",
            unlock,
            "Gesperrtes Konto entsperren",
            "Die Sperre nach wiederholt falschen Passwörtern sofort aufheben.",
        ),
    ):
        sub = user_commands.add_parser(name, help=text, description=description)
        sub.add_argument("username", metavar="BENUTZERNAME", help="Anmeldename des Kontos")
        sub.set_defaults(handler=handler)

    changing_roles = user_commands.add_parser(
        "roles",
        help="Rollen eines Benutzers festlegen",
        description="Dem Konto genau diese Rollen geben; offene Sitzungen enden beim nächsten Schritt.",
    )
    changing_roles.add_argument("username", metavar="BENUTZERNAME", help="Anmeldename des Kontos")
    _role_option(changing_roles)
    changing_roles.set_defaults(handler=roles)

    password = user_commands.add_parser(
        "password",
        help="Eigenes Passwort ändern",
        description=(
            "Das eigene Passwort ändern: erste Zeile von stdin das bisherige, zweite das neue Passwort (UTF-8); "
            "am Terminal wird danach gefragt."
        ),
    )
    password.add_argument(
        "username", metavar="BENUTZERNAME", nargs="?", help="wessen Passwort (sonst das der eigenen Anmeldung)"
    )
    password.set_defaults(handler=own_password, access=Access.OPEN)  # BENUTZERNAME: the old password is the login

    resetting = user_commands.add_parser(
        "reset-password",
        help="Passwort eines Benutzers neu setzen",
        description="Ein neues Passwort für ein Konto setzen (IT-Administration); hebt eine Sperre auf.",
    )
    resetting.add_argument("username", metavar="BENUTZERNAME", help="Anmeldename des Kontos")
    resetting.add_argument(
        "--password-stdin", action="store_true", required=True, help="neues Passwort als erste Zeile von stdin (UTF-8)"
    )
    resetting.set_defaults(handler=reset)


def _role_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--role",
        action="append",
        required=True,
        choices=[role.value for role in Role],
        help="Rolle (mehrfach möglich)",
    )
