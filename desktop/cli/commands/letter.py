"""``amtsstube letter AKTENZEICHEN --pdf DATEI``: save a case's newest letter as a PDF file (a stable interface)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.arguments import Subcommands
from desktop.cli.login import Access, staff_database
from models.operations.documents import latest_letter
from models.output_files import check_writable, write_atomically

EXIT_OK = 0


def add_parser(commands: Subcommands, summary: str) -> None:
    letter = commands.add_parser(
        "letter", help=summary, description="Das neueste Schreiben eines Vorgangs als PDF-Datei speichern."
    )
    letter.add_argument("reference", metavar="AKTENZEICHEN", help="Aktenzeichen, z. B. 2026-000123")
    letter.add_argument("--pdf", type=Path, required=True, metavar="DATEI", help="die PDF-Datei, die entsteht")
    letter.set_defaults(handler=run, access=Access.STAFF)


def run(args: argparse.Namespace) -> int:
    check_writable(args.pdf)
    blob = latest_letter(*staff_database(args), args.reference)
    target = write_atomically(args.pdf, blob.pdf)
    pages = "1 Seite" if blob.row.pages == 1 else f"{blob.row.pages} Seiten"
    print(f"{blob.row.title} ({pages}) geschrieben nach {target}")
    return EXIT_OK
