"""``amtsstube residents find``: the stable JSON interface, the same matching as the register's search, and clear
German refusals (exit code 2) for hostile input."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from models.db import Database
from models.demo.town import seed_town
from models.operations.residents import find_residents
from tests.conftest import Staff
from tests.support import command_line

#: A stable headless interface (issue 12): its answers are checked on both databases.
pytestmark = pytest.mark.both_databases

KEYS = {"id", "family_name", "given_names", "born", "address", "died_on", "information_block"}


def test_find_as_json_answers_like_the_register_search(db: Database, staff: Staff) -> None:
    seed_town(db, 400, seed=3, as_of=dt.date(2026, 12, 2))
    expected = find_residents(db, staff.clerk, "müller", limit=200)
    assert expected

    found = command_line.run("--database", db.url, "residents", "find", "mueller", "--json", as_user="anna")
    assert found.returncode == 0, found.stderr
    residents = json.loads(found.stdout)
    assert all(set(r) == KEYS for r in residents)
    assert [r["id"] for r in residents] == [m.id for m in expected]
    assert all(r["born"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["born"]) for r in residents)
    assert all(r["address"] is None or r["address"].endswith(" Lindenbrück") for r in residents)

    first = residents[0]
    narrowed = command_line.run(
        "--database", db.url, "residents", "find", first["family_name"], "--born", first["born"], "--json",
        as_user="dieter",
    )  # fmt: skip
    assert narrowed.returncode == 0, narrowed.stderr
    assert first["id"] in [r["id"] for r in json.loads(narrowed.stdout)]
    assert all(r["born"] == first["born"] for r in json.loads(narrowed.stdout))


def test_a_role_without_the_right_is_refused(db: Database) -> None:
    refused = command_line.run("--database", db.url, "residents", "find", "müller", "--json", as_user="clara")
    assert refused.returncode == 1
    assert refused.stdout == ""
    assert "nicht berechtigt, Personen im Melderegister zu suchen" in refused.stderr
    assert "Traceback" not in refused.stderr


@pytest.mark.parametrize(
    ("arguments", "says"),
    [
        (["a\x07b"], "Steuerzeichen"),
        (["a\u202eb"], "Steuerzeichen"),
        (["x" * 500], "zu lang"),
        (["  "], "bitte einen Namen"),
        (["weiß", "--born", "31.02.1990"], "kein Datum"),
        (["weiß", "--born", "gestern"], "kein Datum"),
    ],
)
def test_hostile_input_is_a_usage_error_in_german(tmp_path: Path, arguments: list[str], says: str) -> None:
    database = f"sqlite:///{tmp_path / 'leer.sqlite3'}"
    refused = command_line.run("--database", database, "residents", "find", *arguments)
    assert refused.returncode == 2
    assert says in refused.stderr
    assert "Traceback" not in refused.stderr
    assert "\x07" not in refused.stderr
    assert "\u202e" not in refused.stderr


def test_demo_makes_the_town_with_as_many_residents_as_asked(tmp_path: Path) -> None:
    database = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    assert command_line.run("--database", database, "demo", "--residents", "-5").returncode == 2
    seeded = command_line.run("--database", database, "demo", "--residents", "120")
    assert seeded.returncode == 0, seeded.stderr
    assert "120 Einwohner" in seeded.stdout
    found = command_line.run("--database", database, "residents", "find", "a", "--json", as_user=None)
    assert found.returncode == 0, found.stderr  # the owner of a private file needs no login
    assert 0 < len(json.loads(found.stdout)) <= 120
