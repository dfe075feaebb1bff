"""On whose behalf a headless command acts: a staff login, the owner of a private database file, or a technical account.

The command line is a door to the same data as the GUI, so it opens the same way:

* **Staff commands** (everything that reads personal data or changes anything: ``cases``, ``letter``,
  ``print-batch``, ``user …``, ``town set``) act as a staff user, with exactly that user's roles, after a login with
  the global options ``amtsstube --user NAME --password-stdin BEFEHL …`` (the password is the first line of standard
  input; without ``--password-stdin`` a terminal asks for it). On PostgreSQL — shared by the whole town hall — and on
  a SQLite file other accounts of the computer can read, there is no other way.
* **The owner of a private SQLite file** (the embedded database of a single-user workstation: owned by the current
  operating-system account, readable by no one else, see :mod:`models.sqlite_privacy`) is trusted without a login,
  as with any desktop program: whoever runs as that account could open the file with any SQLite tool. Their
  actions are recorded as ``system:cli:<os user>``.
* **The first admin** of a database without any admin account may be created without a login.
* **Technical commands** (``sync``, ``sync --loop``, ``db upgrade``, ``demo``, ``sandbox``) serve the server and the
  IT; they act as a named technical account (``system:sync:<os user>``, ``system:db-upgrade:<os user>``, …) and
  take no login.

Commands that read nothing personal (``town show``) need no login; one that is given is checked all the same.

**Two passwords on standard input.** ``user add … --password-stdin`` (and the other user commands that set a
password) read the *new* password from standard input as well: the login password is the first line, the new
user's password the second (``printf '%s\\n%s\\n' "$ADMIN_PW" "$NEW_PW" | amtsstube --user eva --password-stdin user
add frieda --role clerk --password-stdin``). On the trusted owner's file, without a login, the new password is the
first line.
"""

from __future__ import annotations

import argparse
import enum
import getpass
import logging
import sys

from desktop.cli.database import open_database
from models.actors import Actor, system_actor
from models.database_errors import redacted_url
from models.db import Database
from models.errors import InvalidInput
from models.operations.first_admin import admin_exists
from models.operations.users import authenticate

log = logging.getLogger(__name__)


class Access(enum.Enum):
    """What a command needs before it may run (``set_defaults(access=…)``; staff is the default)."""

    STAFF = "staff"  # reads personal data or changes something: a login, or the owner of a private file
    OPEN = "open"  # reads nothing personal: no login needed, one given is checked
    TECHNICAL = "technical"  # server and IT work under a named technical account: no login


class LoginRefused(Exception):
    """The command may not run as asked; ``message`` is the German sentence for stderr."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


LOGIN_HINT = (
    "Bitte melden Sie sich mit Ihrem Amtsstube-Konto an: amtsstube --user NAME --password-stdin BEFEHL … "
    "(das Passwort als erste Zeile der Standardeingabe; in einem Terminal fragt Amtsstube ohne --password-stdin "
    "danach). Der Befehl hat dann genau die Rechte, die dieses Konto in der Oberfläche hat."
)


def add_options(parser: argparse.ArgumentParser) -> None:
    """The global options ``--user`` and ``--password-stdin`` (before the command)."""
    parser.add_argument(
        "--user",
        dest="login_user",
        metavar="NAME",
        help="als dieser Benutzer anmelden (nötig auf einer gemeinsamen Datenbank)",
    )
    parser.add_argument(
        "--password-stdin",
        dest="login_password_stdin",
        action="store_true",
        help="das Anmeldepasswort als erste Zeile von stdin lesen (sonst fragt ein Terminal danach)",
    )


def check_options(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Usage errors (exit code 2): a password option without a user, a login for a command that takes none."""
    if args.login_password_stdin and not args.login_user:
        parser.error("--password-stdin (vor dem Befehl) gehört zur Anmeldung und braucht --user NAME")
    if args.login_user is not None and not args.login_user.strip():
        parser.error("--user braucht einen Benutzernamen")
    if args.login_user and access_of(args) is Access.TECHNICAL:
        if args.command in (None, "gui"):
            parser.error("die Oberfläche fragt selbst nach der Anmeldung; bitte ohne --user starten")
        parser.error(f"„{args.command}“ läuft unter einem technischen Konto und nimmt keine Anmeldung mit --user an")


def access_of(args: argparse.Namespace) -> Access:
    if getattr(args, "handler", None) is None:
        return Access.TECHNICAL  # no command: the GUI, which asks for the login itself
    access: Access = getattr(args, "access", Access.STAFF)
    return access


def staff_database(args: argparse.Namespace) -> tuple[Database, Actor]:
    """Open the database and find out on whose behalf a staff command acts (see the module's description).

    Raises :class:`LoginRefused` without a login where one is needed, ``AuthenticationFailed`` for a wrong one.
    """
    db = open_database(args.database)
    return db, staff_actor(db, args)


def staff_actor(db: Database, args: argparse.Namespace) -> Actor:
    if args.login_user:
        return logged_in(db, args)
    if db.private_to_this_account:
        return system_actor("cli")
    raise LoginRefused(f"{_why_login(db)} {LOGIN_HINT}")


def first_admin_or_staff(db: Database, args: argparse.Namespace, *, creates_admin: bool) -> Actor:
    """For ``user add``: without a login, the first admin of a database without one may be created."""
    if not args.login_user and not db.private_to_this_account and not admin_exists(db):
        if not creates_admin:
            raise LoginRefused(
                "Diese Datenbank hat noch kein Admin-Konto. Bitte legen Sie zuerst eines an: amtsstube user add NAME "
                "--role admin --password-stdin (das geht als einziges ohne Anmeldung); weitere Benutzer legt dann "
                "dieses Konto an."
            )
        return system_actor("first-admin")
    return staff_actor(db, args)


def check_login_if_given(db: Database, args: argparse.Namespace) -> Actor | None:
    """For a command that needs no login: one that is given must be right all the same."""
    return logged_in(db, args) if args.login_user else None


def logged_in(db: Database, args: argparse.Namespace) -> Actor:
    username = args.login_user.strip()
    password = read_password(f"Passwort von {username} (Anmeldung): ", from_stdin=args.login_password_stdin)
    actor = authenticate(db, username, password)
    log.info("command line login as %s", actor.username)
    return actor


def read_password(prompt: str, *, from_stdin: bool) -> str:
    """One password: the next line of stdin as UTF-8 (``from_stdin``), else asked for without echo on a terminal.

    Raises ``InvalidInput("password", "no_stdin" | "stdin_ended" | "not_utf8")``; without ``from_stdin`` and
    without a terminal, :class:`LoginRefused` (a script must say ``--password-stdin``; stdin is not read behind its
    back).
    """
    if sys.stdin is None:
        raise InvalidInput("password", "no_stdin")
    if sys.stdin.isatty():
        try:
            return getpass.getpass(prompt)
        except EOFError:  # Ctrl+D instead of a password
            raise InvalidInput("password", "no_stdin") from None
    if not from_stdin:
        raise LoginRefused(
            "Für die Anmeldung fehlt das Passwort: Hier ist kein Terminal, das danach fragen könnte. Bitte "
            "--password-stdin angeben und das Passwort als erste Zeile der Standardeingabe übergeben."
        )
    line = sys.stdin.buffer.readline()
    if not line:  # nothing left: a script gave one line where two are needed, say
        raise InvalidInput("password", "stdin_ended")
    try:
        return line.decode("utf-8").removesuffix("\n").removesuffix("\r")
    except UnicodeDecodeError:
        raise InvalidInput("password", "not_utf8") from None


def _why_login(db: Database) -> str:
    if db.is_postgresql:
        return (
            f"Die Datenbank {redacted_url(db.url)} teilen sich alle Arbeitsplätze; wer hier personenbezogene Daten "
            "liest oder etwas ändert, muss sich anmelden."
        )
    return (
        f"Die Datenbankdatei {db.sqlite_path} gehört nicht allein Ihrem Benutzerkonto dieses Computers (ein anderes "
        "Konto ist Eigentümer, oder andere Konten dürfen sie lesen); wer hier personenbezogene Daten liest oder etwas "
        "ändert, muss sich daher anmelden."
    )
