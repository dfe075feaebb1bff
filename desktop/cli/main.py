"""The ``amtsstube`` command: the GUI by default, subcommands for headless work.

Stable interfaces other programs rely on: ``cases --json``, ``letter REFERENCE --pdf FILE``, ``db upgrade``,
``demo``, ``audit … --json``. On a shared database the commands that read personal data or change anything need a
staff login, given with the global options ``--user NAME --password-stdin`` (see :mod:`desktop.cli.login`).
Exit codes: 0 done, 1 a failure (a German message on stderr, never a traceback), 2 wrong usage (argparse, in German
as well). See :mod:`desktop.cli.failures`.

Only the module of the command that runs is loaded (:mod:`desktop.cli.commands`); the others are named in the
parser by their summary, so that ``amtsstube --help`` lists them all.
"""

from __future__ import annotations

import argparse
import io
import logging
import sys
from collections.abc import Callable, Sequence

from desktop.cli import failures, german_argparse, login
from desktop.cli.commands import BY_NAME, COMMANDS, DEFAULT, Command
from desktop.core.logging_setup import configure_logging
from models.errors import AmtsstubeError

log = logging.getLogger(__name__)


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database", metavar="URL", help="Datenbank-URL (sonst aus den Einstellungen, sonst die eingebettete Datei)"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="ausführliches Protokoll auf stderr")
    login.add_options(parser)


def chosen_command(argv: Sequence[str]) -> Command | None:
    """The subcommand ``argv`` names (None: none, so the GUI; or one that does not exist, which argparse refuses)."""
    first = argparse.ArgumentParser(prog="amtsstube", add_help=False, exit_on_error=False)
    _add_global_options(first)
    first.add_argument("command", nargs="?")
    first.add_argument("rest", nargs=argparse.REMAINDER)
    try:
        known, _ = first.parse_known_args(argv)
    except argparse.ArgumentError:  # the full parser says what is wrong, with its own usage line
        return None
    return BY_NAME.get(known.command) if known.command else None


def build_parser(only: Command | None = None, *, every_command: bool = True) -> argparse.ArgumentParser:
    """The parser: the full one of each command (``every_command``), else only of ``only`` and the others' names.

    Call :func:`german_argparse.install` first for argparse's own German.
    """
    parser = argparse.ArgumentParser(
        prog="amtsstube",
        description="Arbeitsplatz der Stadtverwaltung: ohne Befehl startet die Oberfläche.",
        epilog="Hilfe zu einem Befehl: amtsstube BEFEHL --help",
    )
    _add_global_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="BEFEHL", title="Befehle")
    for command in COMMANDS:
        if every_command or command is only:
            command.load().add_parser(commands, command.summary)
        else:
            commands.add_parser(command.name, help=command.summary)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    german_argparse.install()
    # Until (and unless) the log file is open, log records go nowhere: Python's last-resort handler would print
    # warnings with their traceback on stderr, where the user reads only our German message.
    logging.getLogger().addHandler(logging.NullHandler())
    if isinstance(sys.stderr, io.TextIOWrapper):
        sys.stderr.reconfigure(errors="backslashreplace")  # a message must never fail on its own characters
    arguments = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(chosen_command(arguments), every_command=False)
    args = parser.parse_args(arguments)
    if args.command is None:  # ``amtsstube`` alone, or with global options only: the GUI
        parser = build_parser(DEFAULT, every_command=False)
        args = parser.parse_args([*arguments, DEFAULT.name])
    if not hasattr(args, "handler"):  # the first look named another command than argparse found: load them all
        parser = build_parser()
        args = parser.parse_args(arguments)
    login.check_options(parser, args)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        if not getattr(args, "own_log", False):
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
