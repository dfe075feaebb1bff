"""``amtsstube town``: a new bank account is proposed by ``set`` and takes effect with ``confirm`` by another person."""

from __future__ import annotations

from models.db import Database
from models.operations.town_settings import pending_bank_change, town_profile, update_town_profile
from tests.conftest import Staff
from tests.desktop.cli.test_cli import run, run_as

OLD_IBAN, NEW_IBAN = "DE02370502990000684712", "DE89370400440532013000"


def test_set_proposes_a_new_account_which_the_same_account_cannot_confirm(db: Database) -> None:
    proposed = run_as("eva", "--database", db.url, "town", "set", "iban=DE89 3704 0044 0532 0130 00", "bic=cobadeffxxx")
    assert proposed.returncode == 0, proposed.stderr
    assert "vorgeschlagen, aber noch nicht gültig" in proposed.stdout
    assert "neu:    Sparkasse Lindenbrück, IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX" in proposed.stdout
    assert f"amtsstube town confirm {NEW_IBAN}" in proposed.stdout
    assert town_profile(db).iban == OLD_IBAN

    shown = run("--database", db.url, "town", "show")
    assert shown.returncode == 0, shown.stderr
    assert f"iban           {OLD_IBAN}" in shown.stdout  # in force: the old account
    assert "Änderung der Bankverbindung wartet auf Bestätigung" in shown.stdout
    assert "bisher: Sparkasse Lindenbrück, IBAN DE02 3705 0299 0000 6847 12, BIC COKSDE33XXX" in shown.stdout

    asked = run_as("eva", "--database", db.url, "town", "confirm")  # without the IBAN: shows it, changes nothing
    assert asked.returncode == 1
    assert "IBAN DE89 3704 0044 0532 0130 00" in asked.stdout
    assert "Zum Bestätigen bitte die neue IBAN angeben" in asked.stderr

    refused = run_as("eva", "--database", db.url, "town", "confirm", NEW_IBAN)
    assert refused.returncode == 1
    assert "Traceback" not in refused.stderr
    assert "kann Eva Klein" in refused.stderr
    assert "nicht auch bestätigen (Vier-Augen-Prinzip)" in refused.stderr
    assert town_profile(db).iban == OLD_IBAN
    assert pending_bank_change(db) is not None

    discarded = run_as("eva", "--database", db.url, "town", "discard")
    assert discarded.returncode == 0, discarded.stderr
    assert "Verworfen" in discarded.stdout
    assert pending_bank_change(db) is None


def test_confirm_puts_an_admins_proposal_in_force(db: Database, staff: Staff) -> None:
    update_town_profile(db, staff.admin, {"iban": NEW_IBAN})
    wrong = run_as("dieter", "--database", db.url, "town", "confirm", "DE75 5121 0800 1245 1261 99")
    assert wrong.returncode == 1
    assert "nicht die vorgeschlagene" in wrong.stderr

    confirmed = run_as("dieter", "--database", db.url, "town", "confirm", "DE89 3704 0044 0532 0130 00")
    assert confirmed.returncode == 0, confirmed.stderr
    assert "Bestätigt: die Bankverbindung ist jetzt Sparkasse Lindenbrück, IBAN DE89 3704" in confirmed.stdout
    assert town_profile(db).iban == NEW_IBAN

    shown = run("--database", db.url, "town", "show")
    assert f"iban           {NEW_IBAN}" in shown.stdout
    assert "wartet auf Bestätigung" not in shown.stdout
    nothing = run_as("dieter", "--database", db.url, "town", "confirm")
    assert (nothing.returncode, nothing.stdout.strip()) == (
        0,
        "Es wartet keine Änderung der Bankverbindung auf Bestätigung.",
    )
