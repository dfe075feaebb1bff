"""``amtsstube sandbox``: the local FIT-Connect delivery service (development, tests, demo) until Ctrl+C.

The checks that would otherwise fail only after the slow start (the ``--info`` file, the keyring, the port) come
first, from :mod:`desktop.cli.sandbox_checks`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import arguments
from desktop.cli.arguments import Subcommands
from desktop.cli.failures import EXIT_FAILURE, say
from desktop.cli.login import Access
from desktop.cli.sandbox_checks import check_before_start, info_file_error, port_taken
from sync.portal_demo.submissions import send_demo_batch
from sync.sandbox.local_setup import catalogue_services, configure_for
from sync.sandbox.main import run_sandbox


def add_parser(commands: Subcommands, summary: str) -> None:
    sandbox = commands.add_parser(
        "sandbox",
        help=summary,
        description="Einen lokalen FIT-Connect-Zustelldienst starten; er läuft, bis Strg+C ihn beendet.",
    )
    sandbox.add_argument(
        "--port", type=arguments.port, default=8088, help="Port auf 127.0.0.1 (0: frei wählen; Standard 8088)"
    )
    sandbox.add_argument("--info", type=Path, metavar="DATEI", help="URLs und Zugangsdaten als JSON schreiben")
    sandbox.add_argument("--configure", action="store_true", help="Arbeitsplatz auf den Zustelldienst einstellen")
    sandbox.add_argument("--demo", type=arguments.demo_count, default=0, metavar="N", help="N Demo-Anträge einreichen")
    sandbox.add_argument("--dev", action="store_true", help="Verwaltungs-Endpunkte (Fehler, Uhr) einschalten")
    sandbox.set_defaults(handler=run, access=Access.TECHNICAL)


def run(args: argparse.Namespace) -> int:
    check_before_start(args.info, configure=args.configure)  # before the keys are made
    taken = port_taken(args.port)
    if taken is not None:
        say(
            f"Fehler: Port {args.port} auf diesem Computer ist nicht frei ({taken}); läuft die Sandbox schon? "
            "Bitte die andere beenden oder einen anderen Port wählen (--port 0 wählt einen freien)."
        )
        return EXIT_FAILURE
    try:
        return run_sandbox(
            args.port,
            args.info,
            args.configure,
            args.demo,
            services=catalogue_services(),
            configure_hook=configure_for,
            demo_hook=send_demo_batch,
            admin_endpoints=args.dev,
        )
    except OSError as error:
        translated = info_file_error(args.info, error)
        if translated is None:
            raise
        raise translated from error
