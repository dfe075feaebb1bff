"""The ``amtsstube`` command: the GUI by default, subcommands for headless work.

Stable interfaces other programs rely on: ``cases --json``, ``letter REFERENCE --pdf FILE``, ``db upgrade``,
``demo``. Exit codes: 0 done, 1 an expected failure (message on stderr), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from models.errors import AmtsstubeError

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILURE = 1


def _gui(args: argparse.Namespace) -> int:
    from desktop.app import run_gui  # noqa: PLC0415 - Qt is loaded only for the GUI

    return run_gui([sys.argv[0]], demo=args.demo)


def _db_upgrade(args: argparse.Namespace) -> int:
    from desktop.commands.common import open_database  # noqa: PLC0415
    from models.migrate import current_revision  # noqa: PLC0415

    db = open_database(args.database)
    print(f"Datenbank ist auf Stand {current_revision(db)}.")
    return EXIT_OK


def _demo(args: argparse.Namespace) -> int:
    from desktop.commands.common import open_database  # noqa: PLC0415
    from models.demo_data import DEMO_PASSWORD, seed_demo  # noqa: PLC0415
    from models.operations.users import count_users  # noqa: PLC0415
    from printing.letter import render_letter  # noqa: PLC0415

    db = open_database(args.database)
    if count_users(db) > 0:
        print("Die Datenbank enthält bereits Benutzer; Demo-Daten werden nur in eine leere Datenbank geschrieben.")
        return EXIT_OK
    summary = seed_demo(db, render_letter)
    print(
        f"Demo-Daten angelegt: {summary.users} Benutzer (Passwort {DEMO_PASSWORD}), "
        f"{summary.cases} Vorgänge, {summary.letters} Schreiben."
    )
    return EXIT_OK


def _cases(args: argparse.Namespace) -> int:
    from desktop.commands.common import open_database  # noqa: PLC0415
    from models.operations.actors import system_actor  # noqa: PLC0415
    from models.operations.export import all_cases  # noqa: PLC0415

    rows = all_cases(open_database(args.database), system_actor("cli"))
    if args.json:
        payload = [
            {
                "reference": r.reference,
                "service": r.service_key,
                "service_name": r.service_name,
                "status": r.status.value,
                "assignee": r.assignee_username,
                "submission_id": r.submission_id,
                "channel": r.channel.value,
                "applicant": r.applicant_name,
                "received_at": r.received_at.isoformat(),
                "due_date": r.due_date.isoformat(),
                "version": r.version,
            }
            for r in rows
        ]
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for r in rows:
            print(f"{r.reference}  {r.status.value:<20} {r.service_key:<28} {r.assignee_username or '-':<10}")
    return EXIT_OK


def _letter(args: argparse.Namespace) -> int:
    from desktop.commands.common import open_database  # noqa: PLC0415
    from models.operations.actors import system_actor  # noqa: PLC0415
    from models.operations.documents import latest_letter  # noqa: PLC0415

    blob = latest_letter(open_database(args.database), system_actor("cli"), args.reference)
    target: Path = args.pdf
    target.write_bytes(blob.pdf)
    print(f"{blob.row.title} ({blob.row.pages} Seite(n)) geschrieben nach {target}")
    return EXIT_OK


def _user_add(args: argparse.Namespace) -> int:
    from desktop.commands.common import open_database  # noqa: PLC0415
    from models.operations.actors import system_actor  # noqa: PLC0415
    from models.operations.users import create_user  # noqa: PLC0415
    from models.roles import Role  # noqa: PLC0415

    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else None
    row = create_user(
        open_database(args.database),
        system_actor("cli"),
        args.username,
        args.name or args.username,
        frozenset(Role(r) for r in args.role),
        password=password,
        email=args.email,
        phone=args.phone,
    )
    print(f"Benutzer {row.username} angelegt (Rollen: {', '.join(sorted(row.roles))}).")
    return EXIT_OK


def _user_list(args: argparse.Namespace) -> int:
    from desktop.commands.common import open_database  # noqa: PLC0415
    from models.operations.actors import system_actor  # noqa: PLC0415
    from models.operations.users import list_users  # noqa: PLC0415

    for row in list_users(open_database(args.database), system_actor("cli")):
        state = "aktiv" if row.active else "gesperrt"
        print(f"{row.username:<16} {row.display_name:<30} {','.join(sorted(row.roles)):<30} {state}")
    return EXIT_OK


def _sandbox(args: argparse.Namespace) -> int:
    from sync.local_setup import catalogue_services, configure_for  # noqa: PLC0415
    from sync.sandbox.demo_submissions import send_demo_batch  # noqa: PLC0415
    from sync.sandbox.main import run_sandbox  # noqa: PLC0415

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


def _sync(args: argparse.Namespace) -> int:
    from desktop.commands.common import open_database  # noqa: PLC0415
    from sync.runner import SyncRunner  # noqa: PLC0415

    runner = SyncRunner.from_settings(open_database(args.database))
    if not args.loop:
        summary = runner.run_once()
        print(runner.describe(summary))
        return EXIT_OK
    return runner.run_forever(interval_seconds=args.interval * 60 if args.interval else None)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="amtsstube", description="Arbeitsplatz der Stadtverwaltung")
    parser.add_argument("--database", metavar="URL", help="Datenbank-URL (sonst aus den Einstellungen)")
    parser.add_argument("-v", "--verbose", action="store_true", help="ausführliches Protokoll auf stderr")
    commands = parser.add_subparsers(dest="command", metavar="BEFEHL")

    gui = commands.add_parser("gui", help="die Oberfläche starten (Standard)")
    gui.add_argument("--demo", action="store_true", help="leere Datenbank mit Demo-Daten füllen")
    gui.set_defaults(handler=_gui)

    db = commands.add_parser("db", help="Datenbank verwalten").add_subparsers(dest="db_command", required=True)
    db.add_parser("upgrade", help="Migrationen anwenden").set_defaults(handler=_db_upgrade)

    demo = commands.add_parser("demo", help="Demo-Daten in eine leere Datenbank schreiben")
    demo.set_defaults(handler=_demo)

    cases = commands.add_parser("cases", help="Vorgänge auflisten")
    cases.add_argument("--json", action="store_true", help="als JSON-Array ausgeben")
    cases.set_defaults(handler=_cases)

    letter = commands.add_parser("letter", help="das neueste Schreiben eines Vorgangs als PDF speichern")
    letter.add_argument("reference", help="Aktenzeichen, z. B. 2026-000123")
    letter.add_argument("--pdf", type=Path, required=True, metavar="DATEI")
    letter.set_defaults(handler=_letter)

    sandbox = commands.add_parser("sandbox", help="lokalen FIT-Connect-Zustelldienst starten (Entwicklung, Test, Demo)")
    sandbox.add_argument("--port", type=int, default=8088, help="Port auf 127.0.0.1 (0: frei wählen)")
    sandbox.add_argument("--info", type=Path, metavar="DATEI", help="URLs und Zugangsdaten als JSON schreiben")
    sandbox.add_argument("--configure", action="store_true", help="Arbeitsplatz auf den Zustelldienst einstellen")
    sandbox.add_argument("--demo", type=int, default=0, metavar="N", help="N Demo-Anträge einreichen")
    sandbox.add_argument("--dev", action="store_true", help="Verwaltungs-Endpunkte (Fehler, Uhr) einschalten")
    sandbox.set_defaults(handler=_sandbox)

    sync = commands.add_parser("sync", help="Anträge von FIT-Connect abholen")
    sync.add_argument("--loop", action="store_true", help="fortlaufend synchronisieren (Server-Betrieb)")
    sync.add_argument("--interval", type=int, metavar="MINUTEN", help="Abstand der Durchläufe (sonst Einstellung)")
    sync.set_defaults(handler=_sync)

    from desktop.commands import print_batch, town  # noqa: PLC0415 - keeps ``amtsstube --help`` light

    print_batch.add_parser(commands)
    town.add_parser(commands)

    user = commands.add_parser("user", help="Benutzer verwalten").add_subparsers(dest="user_command", required=True)
    add = user.add_parser("add", help="Benutzer anlegen")
    add.add_argument("username")
    add.add_argument("--name", help="Anzeigename")
    add.add_argument(
        "--role",
        action="append",
        required=True,
        choices=["clerk", "registry_officer", "supervisor", "admin"],
        help="Rolle (mehrfach möglich)",
    )
    add.add_argument("--email")
    add.add_argument("--phone")
    add.add_argument("--password-stdin", action="store_true", help="Passwort als erste Zeile von stdin lesen")
    add.set_defaults(handler=_user_add)
    user.add_parser("list", help="Benutzer auflisten").set_defaults(handler=_user_list)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from desktop.logging_setup import configure_logging  # noqa: PLC0415

    configure_logging(verbose=args.verbose)
    handler: Callable[[argparse.Namespace], int] = getattr(args, "handler", _gui)
    if not hasattr(args, "demo"):
        args.demo = False
    try:
        return handler(args)
    except AmtsstubeError as error:
        log.warning("command failed: %s", error, exc_info=True)
        from desktop.error_messages import plain_user_message  # noqa: PLC0415

        print(f"Fehler: {plain_user_message(error)}", file=sys.stderr)
        return EXIT_FAILURE


if __name__ == "__main__":
    sys.exit(main())
