"""The command line is no door around the login (issue 9, finding 4).

On PostgreSQL every command that reads personal data or changes anything refuses without a login, works with the
right one and is refused with a login that lacks the role; only the first admin of a database without one is made
without a login. The owner of a private SQLite file is trusted; a file other accounts can read is not. Server
operations run under named technical accounts, recorded as such.
"""

from __future__ import annotations

import dataclasses
import getpass
import os
import select
import shlex
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select as sql_select

from models import paths
from models.audit import AuditRecord
from models.db import Database
from models.errors import AuthenticationFailed
from models.operations.outgoing_mail import print_queue
from models.operations.town_settings import town_profile
from models.operations.users import authenticate, list_users
from tests.conftest import PASSWORD, Staff
from tests.support.command_line import AMTSSTUBE, run
from tests.support.factories import queued_letters
from tests.support.postgres_server import PostgresServer

OS_USER = getpass.getuser()
LOGIN_REQUIRED = "--user NAME --password-stdin"
WRONG_LOGIN = "Benutzername oder Passwort ist falsch"
NO_PERMISSION = "Sie sind nicht berechtigt"


def audit(db: Database, action: str) -> list[AuditRecord]:
    with db.read() as session:
        return list(session.scalars(sql_select(AuditRecord).where(AuditRecord.action == action)))


@dataclasses.dataclass(frozen=True)
class Door:
    """A command that reads personal data or changes something, who may use it and who may not."""

    args: Callable[[Path, str], list[str]]  # (output folder, reference of a Bürgerbüro case with a letter)
    allowed: str
    lacking: str  # a staff user whose roles do not allow it
    stdin: str = ""
    audited_as: str | None = None  # the audit action that names the allowed user


DOORS = {
    "cases --json": Door(lambda out, ref: ["cases", "--json"], "dieter", "anna", audited_as="cases.exported"),
    "letter": Door(
        lambda out, ref: ["letter", ref, "--pdf", str(out / "brief.pdf")], "anna", "eva", audited_as="document.read"
    ),
    "print-batch": Door(
        lambda out, ref: ["print-batch", "--pdf", str(out / "stapel.pdf")], "anna", "dieter", audited_as="mail.printed"
    ),
    "user add": Door(
        lambda out, ref: ["user", "add", "mallory", "--role", "admin", "--password-stdin"],
        "eva",
        "anna",
        stdin="Kellertreppe-2026\n",
        audited_as="user.created",
    ),
    "user list": Door(lambda out, ref: ["user", "list"], "eva", "anna"),
    "town set": Door(
        lambda out, ref: ["town", "set", "name=Stadt Mallorca"], "eva", "dieter", audited_as="town.updated"
    ),
}


def _state(db: Database, staff: Staff, out: Path) -> tuple[object, ...]:
    """What any of the doors would change or write."""
    users = sorted(u.username for u in list_users(db, staff.admin))
    queue = [d.id for d in print_queue(db, staff.clerk)]
    return users, queue, town_profile(db).name, sorted(p.name for p in out.iterdir())


@pytest.mark.parametrize("door", DOORS.values(), ids=DOORS.keys())
def test_on_postgresql_each_door_needs_a_login_with_the_right_role(
    postgres_db: Database, postgres_staff: Staff, tmp_path: Path, door: Door
) -> None:
    db, staff = postgres_db, postgres_staff
    (letter,) = queued_letters(db, 1)
    out = tmp_path / "out"
    out.mkdir()
    args = ["--database", db.url, *door.args(out, letter.case_reference)]
    before = _state(db, staff, out)

    anonymous = run(*args, stdin=door.stdin)
    assert anonymous.returncode == 1, anonymous.stdout
    assert anonymous.stderr.startswith("Fehler: "), anonymous.stderr
    assert LOGIN_REQUIRED in anonymous.stderr
    assert "teilen sich alle Arbeitsplätze" in anonymous.stderr
    assert "Traceback" not in anonymous.stderr
    assert anonymous.stdout == ""
    assert _state(db, staff, out) == before

    lacking = run(*args, as_user=door.lacking, stdin=door.stdin)
    assert lacking.returncode == 1, lacking.stdout
    assert NO_PERMISSION in lacking.stderr, lacking.stderr
    assert "Traceback" not in lacking.stderr
    assert _state(db, staff, out) == before

    allowed = run(*args, as_user=door.allowed, stdin=door.stdin)
    assert allowed.returncode == 0, allowed.stderr
    assert allowed.stdout
    if door.audited_as is not None:
        assert audit(db, door.audited_as)[-1].actor == door.allowed
    assert {r.actor for r in audit(db, "user.login")} >= {door.lacking, door.allowed}


def test_a_wrong_password_or_an_unknown_user_is_refused_and_logged(postgres_db: Database) -> None:
    for user in ("eva", "niemand"):
        result = run(
            "--database",
            postgres_db.url,
            "--user",
            user,
            "--password-stdin",
            "user",
            "list",
            stdin="Falsches-Passwort\n",
        )
        assert result.returncode == 1
        assert WRONG_LOGIN in result.stderr
        assert result.stdout == ""
    assert [r.object_id for r in audit(postgres_db, "user.login_failed")] == ["eva", "niemand"]


def test_without_a_terminal_the_login_needs_password_stdin(postgres_db: Database) -> None:
    logins = len(audit(postgres_db, "user.login"))
    result = run("--database", postgres_db.url, "--user", "eva", "user", "list", stdin=f"{PASSWORD}\n")
    assert result.returncode == 1
    assert "--password-stdin angeben" in result.stderr
    assert len(audit(postgres_db, "user.login")) == logins  # stdin was not read behind the script's back


def test_on_a_terminal_the_password_is_asked_for_without_echo(postgres_db: Database) -> None:
    output, code = _on_a_terminal(
        [AMTSSTUBE, "--database", postgres_db.url, "--user", "eva", "user", "list"], "Passwort von eva", PASSWORD
    )
    assert code == 0, output
    assert "eva" in output.split("Passwort von eva (Anmeldung):", 1)[1]
    assert PASSWORD not in output  # not echoed


def _on_a_terminal(command: list[str], prompt: str, answer: str) -> tuple[str, int]:
    """Run ``command`` with a real terminal (``script`` from util-linux gives it one); answer ``prompt``."""
    script = shutil.which("script")
    assert script is not None, "script (util-linux) is needed to test the password prompt"
    process = subprocess.Popen(
        [script, "-qec", shlex.join(command), "/dev/null"], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    assert process.stdin is not None
    assert process.stdout is not None
    seen = b""
    deadline = time.monotonic() + 60
    while prompt.encode() not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], 1)
        if ready:
            seen += os.read(process.stdout.fileno(), 4096)
    assert prompt.encode() in seen, seen
    process.stdin.write(answer.encode() + b"\n")
    process.stdin.flush()
    rest, _ = process.communicate(timeout=60)
    return (seen + rest).decode(errors="replace"), process.returncode


def test_usage_errors_of_the_login_options(postgres_db: Database) -> None:
    no_user = run("--database", postgres_db.url, "--password-stdin", "user", "list", stdin=f"{PASSWORD}\n")
    assert no_user.returncode == 2
    assert "braucht --user NAME" in no_user.stderr
    technical = run("--database", postgres_db.url, "--user", "eva", "--password-stdin", "sync", stdin=PASSWORD)
    assert technical.returncode == 2
    assert "technischen Konto" in technical.stderr


def test_town_show_reads_nothing_personal_and_needs_no_login(postgres_db: Database) -> None:
    shown = run("--database", postgres_db.url, "town", "show")
    assert shown.returncode == 0, shown.stderr
    assert "Stadt Lindenbrück" in shown.stdout
    wrong = run("--database", postgres_db.url, "--user", "eva", "--password-stdin", "town", "show", stdin="falsch\n")
    assert wrong.returncode == 1  # a login that is given is checked all the same
    assert WRONG_LOGIN in wrong.stderr


def test_a_clerk_cannot_read_a_letter_of_the_registry_office(postgres_db: Database, tmp_path: Path) -> None:
    (letter,) = queued_letters(postgres_db, 1, service_key="birth_certificate")
    target = tmp_path / "urkunde.pdf"
    args = ["--database", postgres_db.url, "letter", letter.case_reference, "--pdf", str(target)]
    refused = run(*args, as_user="anna")
    assert refused.returncode == 1
    assert NO_PERMISSION in refused.stderr or "nicht gefunden" in refused.stderr
    assert not target.exists()
    assert run(*args, as_user="clara").returncode == 0


@pytest.fixture
def empty_postgres(postgres_server: PostgresServer) -> Iterator[Database]:
    """A PostgreSQL database without any schema or user, as the IT creates it for a new town hall."""
    name = f"empty_{os.getpid()}_{time.monotonic_ns()}"
    postgres_server.admin_execute(f"CREATE DATABASE {name}")
    db = Database(postgres_server.url(name))
    yield db
    db.dispose()
    postgres_server.admin_execute(f"DROP DATABASE {name} WITH (FORCE)")


def test_only_the_first_admin_of_a_new_database_is_made_without_a_login(empty_postgres: Database) -> None:
    url = empty_postgres.url
    upgraded = run("--database", url, "db", "upgrade")
    assert upgraded.returncode == 0, upgraded.stderr
    (record,) = audit(empty_postgres, "database.upgraded")
    assert record.actor == f"system:db-upgrade:{OS_USER}"
    assert record.details["previous"] is None

    clerk_first = run("--database", url, "user", "add", "frieda", "--role", "clerk", "--password-stdin", stdin="x\n")
    assert clerk_first.returncode == 1
    assert "noch kein Admin-Konto" in clerk_first.stderr

    first = run(
        "--database", url, "user", "add", "root", "--role", "admin", "--password-stdin", stdin="Amtsschimmel-2026\n"
    )
    assert first.returncode == 0, first.stderr
    assert [r.actor for r in audit(empty_postgres, "user.created")] == [f"system:first-admin:{OS_USER}"]

    second = run(
        "--database", url, "user", "add", "mallory", "--role", "admin", "--password-stdin", stdin="Schloss-2026-lang\n"
    )
    assert second.returncode == 1
    assert LOGIN_REQUIRED in second.stderr
    assert {
        u.username for u in list_users(empty_postgres, authenticate(empty_postgres, "root", "Amtsschimmel-2026"))
    } == {"root"}


def test_the_login_password_is_the_first_line_and_the_new_users_the_second(empty_postgres: Database) -> None:
    url = empty_postgres.url
    first_admin = ("user", "add", "root", "--role", "admin", "--password-stdin")
    assert run("--database", url, *first_admin, stdin="Amtsschimmel-2026\n").returncode == 0
    as_root = ("--database", url, "--user", "root", "--password-stdin")
    adding = ("user", "add", "--role", "clerk", "--password-stdin")
    added = run(*as_root, *adding, "frieda", stdin="Amtsschimmel-2026\nBlumenbeet-2026\n")
    assert added.returncode == 0, added.stderr
    assert authenticate(empty_postgres, "frieda", "Blumenbeet-2026").username == "frieda"
    with pytest.raises(AuthenticationFailed):
        authenticate(empty_postgres, "frieda", "Amtsschimmel-2026")
    assert [r.actor for r in audit(empty_postgres, "user.created")][-1] == "root"

    only_one_line = run(*as_root, *adding, "gustav", stdin="Amtsschimmel-2026\n")
    assert only_one_line.returncode == 1
    assert "Standardeingabe endete, bevor das Passwort gelesen war" in only_one_line.stderr
    assert "gustav" not in {
        u.username for u in list_users(empty_postgres, authenticate(empty_postgres, "root", "Amtsschimmel-2026"))
    }


# -- SQLite ----------------------------------------------------------------------------------------------------------


def test_the_owner_of_the_embedded_database_needs_no_login_and_is_recorded() -> None:
    assert run("demo").returncode == 0
    listed = run("cases", "--json")
    assert listed.returncode == 0, listed.stderr
    db = Database(f"sqlite:///{paths.default_sqlite_path()}")
    try:
        assert [r.actor for r in audit(db, "cases.exported")] == [f"system:cli:{OS_USER}"]
    finally:
        db.dispose()


@pytest.fixture
def sqlite_template(request: pytest.FixtureRequest) -> Path:
    """The migrated SQLite database with the test staff (see ``tests/conftest.py``)."""
    template: tuple[Path, Staff] = request.getfixturevalue("_sqlite_template")
    return template[0]


def _shared_sqlite(template: Path, folder: Path, mode: int) -> Path:
    path = folder / "gemeinsam.sqlite3"
    shutil.copyfile(template, path)
    os.chmod(path, mode)
    return path


@pytest.mark.parametrize("mode", [0o640, 0o604, 0o660])
def test_a_sqlite_file_other_accounts_can_read_needs_a_login(sqlite_template: Path, tmp_path: Path, mode: int) -> None:
    path = _shared_sqlite(sqlite_template, tmp_path, mode)
    url = f"sqlite:///{path}"
    refused = run("--database", url, "cases", "--json")
    assert refused.returncode == 1
    assert "gehört nicht allein Ihrem Benutzerkonto" in refused.stderr
    assert LOGIN_REQUIRED in refused.stderr
    assert os.stat(path).st_mode & 0o777 == mode  # a file outside Amtsstube's folders is not changed behind one's back
    assert run("--database", url, "cases", "--json", as_user="dieter").returncode == 0
    assert run("--database", url, "cases", "--json", as_user="anna").returncode == 1

    os.chmod(path, 0o600)
    assert run("--database", url, "cases", "--json").returncode == 0


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file to another account")
def test_a_sqlite_file_of_another_account_needs_a_login(sqlite_template: Path, tmp_path: Path) -> None:
    path = _shared_sqlite(sqlite_template, tmp_path, 0o600)
    os.chown(path, 65534, 65534)  # nobody
    refused = run("--database", f"sqlite:///{path}", "user", "list")
    assert refused.returncode == 1
    assert LOGIN_REQUIRED in refused.stderr
    assert run("--database", f"sqlite:///{path}", "user", "list", as_user="eva").returncode == 0


def test_the_embedded_database_made_too_open_is_tightened_and_stays_trusted() -> None:
    assert run("demo").returncode == 0
    path = paths.default_sqlite_path()
    os.chmod(path, 0o644)
    os.chmod(path.parent, 0o755)
    listed = run("cases", "--json")
    assert listed.returncode == 0, listed.stderr
    assert os.stat(path).st_mode & 0o777 == 0o600
    assert os.stat(path.parent).st_mode & 0o777 == 0o700


def test_sync_records_its_technical_account(db: Database, staff: Staff) -> None:
    """Without FIT-Connect settings the sync refuses before it starts: the account only shows where it books.

    The booking under ``system:sync:<os user>`` is checked end to end in ``tests/sync/intake/test_log_hygiene.py``.
    """
    result = run("--database", db.url, "sync")
    assert result.returncode == 1
    assert LOGIN_REQUIRED not in result.stderr  # no login asked for: it is a technical account
    assert "FIT-Connect" in result.stderr
