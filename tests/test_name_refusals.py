"""Names a person types are checked like names from a submission: DIN 91379, and the length of their column.

``amtsstube user add`` is today's form for a name typed by a person (the counter's form follows): a refused
character is named in German by its code point, an over-long value says how long it may be, and nothing is stored.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from models.db import Database
from models.errors import InvalidCharacter, TooLong
from models.operations.users import create_user, list_users
from models.roles import Role
from tests.conftest import PASSWORD, Staff
from tests.support.command_line import login

AMTSSTUBE = str(Path(sys.executable).with_name("amtsstube"))


def _user_add(db: Database, *args: str) -> subprocess.CompletedProcess[str]:
    """As the admin Eva: her login password is the first line of stdin, the new user's the second."""
    return subprocess.run(
        [AMTSSTUBE, *login("eva"), "--database", db.url, "user", "add", *args, "--role", "clerk", "--password-stdin"],
        input=f"{PASSWORD}\nLindenbrueck-2026\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=os.environ.copy(),
    )


@pytest.mark.parametrize(
    ("name", "code"),
    [("Anna\u202eregnüM", "U+202E"), ("An\u200bna Müller", "U+200B"), ("Anna <b>Müller</b>", "U+003C")],
)
def test_a_name_with_a_character_outside_din_91379_is_refused_in_german(
    db: Database, staff: Staff, name: str, code: str
) -> None:
    run = _user_add(db, "frieda", "--name", name)
    assert run.returncode == 1, run.stdout + run.stderr
    assert f"Zeichen {code} ist in Namen nicht zulässig" in run.stderr
    assert "Anzeigename" in run.stderr
    assert "Traceback" not in run.stderr
    assert "\u202e" not in run.stderr
    assert "frieda" not in {u.username for u in list_users(db, staff.admin)}


def test_over_long_contact_details_are_refused_on_both_databases(db: Database, staff: Staff) -> None:
    run = _user_add(db, "frieda", "--name", "Frieda Groß", "--phone", "0" * 5000)
    assert run.returncode == 1, run.stdout + run.stderr
    assert "zu lang: 5000 Zeichen, höchstens 40" in run.stderr
    assert "unerwartet" not in run.stderr.lower()
    assert "frieda" not in {u.username for u in list_users(db, staff.admin)}


def test_the_operation_itself_refuses_and_normalises(db: Database, staff: Staff) -> None:
    with pytest.raises(InvalidCharacter) as refused:
        create_user(db, staff.admin, "frieda", "Frieda\u202e", frozenset({Role.CLERK}))
    assert refused.value.character == "\u202e"
    with pytest.raises(TooLong):
        create_user(db, staff.admin, "frieda", "Frieda", frozenset({Role.CLERK}), email="a" * 300 + "@example.org")
    row = create_user(db, staff.admin, "frieda", "  Frieda Gro\u0073\u0073 Ko\u0308hler ", frozenset({Role.CLERK}))
    assert row.display_name == "Frieda Gross Köhler"
