"""The ``amtsstube`` command: the GUI by default, subcommands for headless work.

Stable interfaces other programs rely on: ``cases --json``, ``letter REFERENCE --pdf FILE``, ``db upgrade``,
``demo``. On a shared database the commands that read personal data or change anything need a staff login, given
with the global options ``--user NAME --password-stdin`` (see :mod:`desktop.commands.login`).
Exit codes: 0 done, 1 a failure (a German message on stderr, never a traceback), 2 wrong usage (argparse, in German
as well). See :mod:`desktop.commands.failures`.
"""

from __future__ import annotations

import argparse
import io
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop.commands import arguments, failures, german_argparse, login
from desktop.commands.login import Access
from models.errors import AmtsstubeError

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILURE = 1


def _gui(args: argparse.Namespace) -> int:
    from desktop.commands.gui_checks import gui_problem  # noqa: PLC0415

    problem = gui_problem()
    if problem is not None:
        failures.say(f"Fehler: {problem}")
        return EXIT_FAILURE
    from desktop.app.application import run_gui  # noqa: PLC0415 - Qt is loaded only for the GUI

    # The GUI sets up its log itself, so that a log folder it cannot write is shown in a window.
    return run_gui([sys.argv[0]], demo=args.demo, verbose=args.verbose)


def _db_upgrade(args: argparse.Namespace) -> int:
    from desktop.commands.common import open_database  # noqa: PLC0415
    from models.operations.actors import system_actor  # noqa: PLC0415
    from models.operations.schema_upgrade import upgrade_schema  # noqa: PLC0415

    result = upgrade_schema(open_database(args.database, migrate=False), system_actor("db-upgrade"))
    print(f"Datenbank ist auf Stand {result.after}.")
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
    from models.operations.export import all_cases  # noqa: PLC0415

    rows = all_cases(*login.staff_database(args))
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
    from models.operations.documents import latest_letter  # noqa: PLC0415
    from models.output_files import check_writable, write_atomically  # noqa: PLC0415

    check_writable(args.pdf)
    blob = latest_letter(*login.staff_database(args), args.reference)
    target = write_atomically(args.pdf, blob.pdf)
    pages = "1 Seite" if blob.row.pages == 1 else f"{blob.row.pages} Seiten"
    print(f"{blob.row.title} ({pages}) geschrieben nach {target}")
    return EXIT_OK


def _sandbox(args: argparse.Namespace) -> int:
    from desktop.commands.sandbox_checks import check_before_start, info_file_error, port_taken  # noqa: PLC0415
    from sync.sandbox.demo_submissions import send_demo_batch  # noqa: PLC0415
    from sync.sandbox.local_setup import catalogue_services, configure_for  # noqa: PLC0415
    from sync.sandbox.main import run_sandbox  # noqa: PLC0415

    check_before_start(args.info, configure=args.configure)  # before the keys are made
    taken = port_taken(args.port)
    if taken is not None:
        failures.say(
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
    """The parser with every subcommand; call :func:`german_argparse.install` first for argparse's own German."""
    parser = argparse.ArgumentParser(
        prog="amtsstube",
        description="Arbeitsplatz der Stadtverwaltung: ohne Befehl startet die Oberfläche.",
        epilog="Hilfe zu einem Befehl: amtsstube BEFEHL --help",
    )
    parser.add_argument(
        "--database", metavar="URL", help="Datenbank-URL (sonst aus den Einstellungen, sonst die eingebettete Datei)"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="ausführliches Protokoll auf stderr")
    login.add_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="BEFEHL", title="Befehle")

    gui = commands.add_parser("gui", help="die Oberfläche starten (Standard)", description="Die Oberfläche starten.")
    gui.add_argument("--demo", action="store_true", help="leere Datenbank mit Demo-Daten füllen")
    gui.set_defaults(handler=_gui, access=Access.TECHNICAL)

    db = commands.add_parser("db", help="Datenbank verwalten", description="Die Datenbank verwalten.")
    db_commands = db.add_subparsers(dest="db_command", required=True, metavar="AKTION", title="Aktionen")
    db_commands.add_parser(
        "upgrade",
        help="Migrationen anwenden",
        description="Die Datenbank auf den Stand dieser Version bringen (als technisches Konto, ohne Anmeldung).",
    ).set_defaults(handler=_db_upgrade, access=Access.TECHNICAL)

    demo = commands.add_parser(
        "demo", help="Demo-Daten in eine leere Datenbank schreiben", description="Demo-Benutzer und -Vorgänge anlegen."
    )
    demo.set_defaults(handler=_demo, access=Access.TECHNICAL)

    cases = commands.add_parser("cases", help="Vorgänge auflisten", description="Alle Vorgänge auflisten.")
    cases.add_argument("--json", action="store_true", help="als JSON-Array ausgeben")
    cases.set_defaults(handler=_cases, access=Access.STAFF)

    letter = commands.add_parser(
        "letter",
        help="das neueste Schreiben eines Vorgangs als PDF speichern",
        description="Das neueste Schreiben eines Vorgangs als PDF-Datei speichern.",
    )
    letter.add_argument("reference", metavar="AKTENZEICHEN", help="Aktenzeichen, z. B. 2026-000123")
    letter.add_argument("--pdf", type=Path, required=True, metavar="DATEI", help="die PDF-Datei, die entsteht")
    letter.set_defaults(handler=_letter, access=Access.STAFF)

    sandbox = commands.add_parser(
        "sandbox",
        help="lokalen FIT-Connect-Zustelldienst starten (Entwicklung, Test, Demo)",
        description="Einen lokalen FIT-Connect-Zustelldienst starten; er läuft, bis Strg+C ihn beendet.",
    )
    sandbox.add_argument(
        "--port", type=arguments.port, default=8088, help="Port auf 127.0.0.1 (0: frei wählen; Standard 8088)"
    )
    sandbox.add_argument("--info", type=Path, metavar="DATEI", help="URLs und Zugangsdaten als JSON schreiben")
    sandbox.add_argument("--configure", action="store_true", help="Arbeitsplatz auf den Zustelldienst einstellen")
    sandbox.add_argument("--demo", type=arguments.demo_count, default=0, metavar="N", help="N Demo-Anträge einreichen")
    sandbox.add_argument("--dev", action="store_true", help="Verwaltungs-Endpunkte (Fehler, Uhr) einschalten")
    sandbox.set_defaults(handler=_sandbox, access=Access.TECHNICAL)

    sync = commands.add_parser(
        "sync",
        help="Anträge von FIT-Connect abholen",
        description="Anträge von FIT-Connect abholen (als technisches Konto system:sync, ohne Anmeldung).",
    )
    sync.add_argument("--loop", action="store_true", help="fortlaufend synchronisieren (Server-Betrieb)")
    sync.add_argument(
        "--interval", type=arguments.minutes, metavar="MINUTEN", help="Abstand der Durchläufe (sonst Einstellung)"
    )
    sync.set_defaults(handler=_sync, access=Access.TECHNICAL)

    from desktop.commands import audit, print_batch, town, users  # noqa: PLC0415 - keeps ``amtsstube --help`` light

    audit.add_parser(commands)
    print_batch.add_parser(commands)
    town.add_parser(commands)
    users.add_parser(commands)

    return parser


def main(argv: Sequence[str] | None = None) -> int:
    german_argparse.install()
    # Until (and unless) the log file is open, log records go nowhere: Python's last-resort handler would print
    # warnings with their traceback on stderr, where the user reads only our German message.
    logging.getLogger().addHandler(logging.NullHandler())
    if isinstance(sys.stderr, io.TextIOWrapper):
        sys.stderr.reconfigure(errors="backslashreplace")  # a message must never fail on its own characters
    parser = build_parser()
    args = parser.parse_args(argv)
    login.check_options(parser, args)
    handler: Callable[[argparse.Namespace], int] = getattr(args, "handler", _gui)
    if not hasattr(args, "demo"):
        args.demo = False
    try:
        if handler is not _gui:
            from desktop.core.logging_setup import configure_logging  # noqa: PLC0415

            configure_logging(verbose=args.verbose)
        return handler(args)
    except login.LoginRefused as refusal:
        return failures.refused(refusal.message)
    except AmtsstubeError as error:
        return failures.expected_failure(error)
    except KeyboardInterrupt:
        return failures.interrupted()
    except OSError as error:
        code = failures.output_failure(error)
        return code if code is not None else failures.unexpected_failure(error)
    except Exception as error:  # noqa: BLE001 - a bug: logged with an incident number, never a raw traceback
        return failures.unexpected_failure(error)


if __name__ == "__main__":
    sys.exit(main())
