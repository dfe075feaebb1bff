"""``amtsstube user deactivate | activate | roles | password | reset-password | unlock``, run as the installed command
against either database: German messages, exit codes 0 (done), 1 (refused) and 2 (wrong usage)."""

from __future__ import annotations

import pytest

from models.db import Database
from models.errors import AccessRevoked, AccountLocked, AuthenticationFailed
from models.operations.case_detail import case_detail
from models.operations.users import authenticate
from models.roles import Role
from tests.conftest import PASSWORD, Staff
from tests.desktop.cli.test_cli import run, run_as
from tests.support.factories import new_case

NEW = "Neue-Akte-im-Keller"


def test_deactivate_and_activate(db: Database, staff: Staff) -> None:
    case = new_case(db, staff.system)
    done = run_as("eva", "--database", db.url, "user", "deactivate", "anna")
    assert done.returncode == 0, done.stderr
    assert "Benutzer anna deaktiviert" in done.stdout
    with pytest.raises(AccessRevoked):
        case_detail(db, staff.clerk, case.id)
    assert "deaktiviert" in run_as("eva", "--database", db.url, "user", "list").stdout
    assert run_as("eva", "--database", db.url, "user", "activate", "anna").returncode == 0
    assert authenticate(db, "anna", PASSWORD).username == "anna"
    unknown = run_as("eva", "--database", db.url, "user", "deactivate", "niemand")
    assert unknown.returncode == 1
    assert "Den Benutzer niemand gibt es nicht" in unknown.stderr
    assert "Traceback" not in unknown.stderr


def test_the_last_admin_is_not_deactivated(db: Database, staff: Staff) -> None:
    refused = run_as("eva", "--database", db.url, "user", "deactivate", "eva")
    assert refused.returncode == 1
    assert "letzte aktive IT-Administration" in refused.stderr


def test_roles(db: Database, staff: Staff) -> None:
    done = run_as("eva", "--database", db.url, "user", "roles", "ben", "--role", "clerk", "--role", "registry_officer")
    assert done.returncode == 0, done.stderr
    assert authenticate(db, "ben", PASSWORD).roles == frozenset({Role.CLERK, Role.REGISTRY_OFFICER})
    assert run_as("eva", "--database", db.url, "user", "roles", "ben").returncode == 2  # --role is required


def test_reset_password_and_unlock(db: Database, staff: Staff) -> None:
    for _ in range(5):
        with pytest.raises((AuthenticationFailed, AccountLocked)):
            authenticate(db, "ben", "vergessen-vergessen")
    listing = run_as("eva", "--database", db.url, "user", "list").stdout
    assert "gesperrt bis" in next(line for line in listing.splitlines() if line.startswith("ben "))
    assert run_as("eva", "--database", db.url, "user", "unlock", "ben").returncode == 0
    assert authenticate(db, "ben", PASSWORD).username == "ben"

    weak = run_as(
        "eva", "--database", db.url, "user", "reset-password", "ben", "--password-stdin", stdin="passwort1234\n"
    )
    assert weak.returncode == 1
    assert "häufigsten Passwörtern" in weak.stderr
    done = run_as("eva", "--database", db.url, "user", "reset-password", "ben", "--password-stdin", stdin=f"{NEW}\n")
    assert done.returncode == 0, done.stderr
    assert authenticate(db, "ben", NEW).username == "ben"
    assert (
        run_as("eva", "--database", db.url, "user", "reset-password", "ben").returncode == 2
    )  # --password-stdin missing


def test_own_password_from_two_lines(db: Database, staff: Staff) -> None:
    wrong = run("--database", db.url, "user", "password", "anna", stdin=f"falsch-falsch\n{NEW}\n")
    assert wrong.returncode == 1
    assert "Benutzername oder Passwort ist falsch" in wrong.stderr
    short = run("--database", db.url, "user", "password", "anna", stdin=f"{PASSWORD}\nkurz\n")
    assert short.returncode == 1
    assert "mindestens 10 Zeichen" in short.stderr
    missing = run("--database", db.url, "user", "password", "anna", stdin=f"{PASSWORD}\n")
    assert missing.returncode == 1
    assert "Traceback" not in missing.stderr
    done = run("--database", db.url, "user", "password", "anna", stdin=f"{PASSWORD}\n{NEW}\n")
    assert done.returncode == 0, done.stderr
    assert "Passwort von anna geändert" in done.stdout
    assert authenticate(db, "anna", NEW).username == "anna"
    without_login = run("--database", db.url, "user", "password", stdin=f"{NEW}\n{PASSWORD}-x\n")
    assert without_login.returncode == 1
    assert "Bitte melden Sie sich mit Ihrem Amtsstube-Konto an" in without_login.stderr
    logged_in = run_as("ben", "--database", db.url, "user", "password", stdin=f"{PASSWORD}\n{NEW}\n")
    assert logged_in.returncode == 0, logged_in.stderr
    assert "Passwort von ben geändert" in logged_in.stdout


def test_user_add_applies_the_password_policy(db: Database, staff: Staff) -> None:
    refused = run_as(
        "eva",
        "--database",
        db.url,
        "user",
        "add",
        "kurt",
        "--role",
        "clerk",
        "--password-stdin",
        stdin="kurt-2026-01\n",
    )
    assert refused.returncode == 1
    assert "Benutzername" in refused.stderr
    assert "kurt" not in run_as("eva", "--database", db.url, "user", "list").stdout
