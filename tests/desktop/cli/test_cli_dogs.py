"""``amtsstube dogs [--json]``: the dog register as the headless interface gives it (stable JSON keys)."""

from __future__ import annotations

import json

import pytest

from desktop.cli.main import main
from models.db import Database
from models.demo.dogs import seed_dogs
from models.demo.town import seed_town
from models.operations.dogs import list_dogs
from tests.conftest import Staff
from tests.support import command_line

#: A stable headless interface (issue 12): its answers are checked on both databases.
pytestmark = pytest.mark.both_databases

KEYS = {"tag_number", "chip", "breed", "keeper_id", "annual_tax", "name", "status", "relief"}


def test_dogs_json_lists_tag_chip_breed_keeper_and_tax_in_cents(db: Database, staff: Staff) -> None:
    seed_town(db, 60, seed=7)
    assert seed_dogs(db, 5, seed=7) == 5
    listed = command_line.run("--database", db.url, "dogs", "--json", as_user="anna")
    assert listed.returncode == 0, listed.stderr
    dogs = json.loads(listed.stdout)
    assert len(dogs) == 5
    assert all(set(dog) >= KEYS for dog in dogs)
    expected = {row.id: row for row in list_dogs(db, staff.clerk)}
    for dog in dogs:
        row = expected[dog["id"]]
        assert isinstance(dog["annual_tax"], int)
        assert dog["annual_tax"] == row.annual_tax_cents
        assert (dog["tag_number"], dog["chip"], dog["keeper_id"]) == (row.tag_number, row.chip, row.keeper_id)
        assert len(dog["chip"]) == 15
        assert dog["status"] == "registered"
    assert sorted(dog["tag_number"] for dog in dogs) == [1, 2, 3, 4, 5]
    assert any(dog["annual_tax"] > 0 for dog in dogs)

    table = command_line.run("--database", db.url, "dogs", as_user="anna")
    assert table.returncode == 0, table.stderr
    assert all(dog["name"] in table.stdout for dog in dogs)
    assert "€" in table.stdout


def test_dogs_needs_the_right_to_view_residents(db: Database, staff: Staff) -> None:
    refused = command_line.run("--database", db.url, "dogs", "--json", as_user="clara")  # the registry office
    assert refused.returncode == 1
    assert "Traceback" not in refused.stderr


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("abc", "„abc“ ist keine ganze Zahl"),
        ("4.5", "„4.5“ ist keine ganze Zahl"),
        ("0", "keine gültige Id: 0 (eine ganze Zahl ab 1)"),
        ("-3", "keine gültige Id: -3 (eine ganze Zahl ab 1)"),
        ("99999999999999999999", "keine gültige Id: 99999999999999999999 (eine ganze Zahl ab 1)"),
    ],
)
def test_a_keeper_id_that_is_no_id_is_a_german_usage_error(
    value: str, reason: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:  # refused by the argument parser, before any login or database
        main(["dogs", "--keeper", value])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert f"Fehler: Argument --keeper: {reason}" in err, err
    assert "int erwartet" not in err
    assert "invalid" not in err
