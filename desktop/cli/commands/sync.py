"""``amtsstube sync [--loop] [--interval MINUTEN]``: fetch submissions from FIT-Connect (the server command).

One pass, or (``--loop``) passes until stopped, as the technical account ``system:sync``; see :mod:`sync.runner`.
"""

from __future__ import annotations

import argparse

from desktop.cli import arguments
from desktop.cli.arguments import Subcommands
from desktop.cli.database import open_database
from desktop.cli.login import Access
from sync.runner import SyncRunner

EXIT_OK = 0


def add_parser(commands: Subcommands, summary: str) -> None:
    sync = commands.add_parser(
        "sync",
        help=summary,
        description="Anträge von FIT-Connect abholen (als technisches Konto system:sync, ohne Anmeldung).",
    )
    sync.add_argument("--loop", action="store_true", help="fortlaufend synchronisieren (Server-Betrieb)")
    sync.add_argument(
        "--interval", type=arguments.minutes, metavar="MINUTEN", help="Abstand der Durchläufe (sonst Einstellung)"
    )
    sync.set_defaults(handler=run, access=Access.TECHNICAL)


def run(args: argparse.Namespace) -> int:
    runner = SyncRunner.from_settings(open_database(args.database))
    if not args.loop:
        summary = runner.run_once()
        print(runner.describe(summary))
        return EXIT_OK
    return runner.run_forever(interval_seconds=args.interval * 60 if args.interval else None)
