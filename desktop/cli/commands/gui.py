"""``amtsstube gui [--demo]`` (also ``amtsstube`` alone): start the workstation's window.

The only command that loads Qt: first :mod:`desktop.cli.gui_checks` asks, without Qt, whether a window can open here
(a screen, the X11 libraries), because Qt itself would abort with a misleading English message and a core dump;
only then is the application module imported.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from desktop.cli.arguments import Subcommands
from desktop.cli.failures import EXIT_FAILURE, say
from desktop.cli.gui_checks import gui_problem
from desktop.cli.login import Access

APPLICATION = "desktop.app.application"  # imported once the checks have passed: it loads PySide6


def add_parser(commands: Subcommands, summary: str) -> None:
    gui = commands.add_parser("gui", help=summary, description="Die Oberfläche starten.")
    gui.add_argument("--demo", action="store_true", help="leere Datenbank mit Demo-Daten füllen")
    gui.set_defaults(handler=run, access=Access.TECHNICAL, own_log=True)


def run(args: argparse.Namespace) -> int:
    problem = gui_problem()
    if problem is not None:
        say(f"Fehler: {problem}")
        return EXIT_FAILURE
    application = importlib.import_module(APPLICATION)
    # The GUI sets up its log itself, so that a log folder it cannot write is shown in a window.
    code: int = application.run_gui([sys.argv[0]], demo=args.demo, verbose=args.verbose)
    return code
