"""``amtsstube db upgrade``: bring the database to this version's schema (as a technical account, no login)."""

from __future__ import annotations

import argparse

from desktop.cli.arguments import Subcommands
from desktop.cli.database import open_database
from desktop.cli.login import Access
from models.actors import system_actor
from models.operations.schema_upgrade import upgrade_schema

EXIT_OK = 0


def add_parser(commands: Subcommands, summary: str) -> None:
    db = commands.add_parser("db", help=summary, description="Die Datenbank verwalten.")
    actions = db.add_subparsers(dest="db_command", required=True, metavar="AKTION", title="Aktionen")
    actions.add_parser(
        "upgrade",
        help="Migrationen anwenden",
        description="Die Datenbank auf den Stand dieser Version bringen (als technisches Konto, ohne Anmeldung).",
    ).set_defaults(handler=upgrade, access=Access.TECHNICAL)


def upgrade(args: argparse.Namespace) -> int:
    result = upgrade_schema(open_database(args.database, migrate=False), system_actor("db-upgrade"))
    print(f"Datenbank ist auf Stand {result.after}.")
    return EXIT_OK
