"""``amtsstube certificate PRÜFCODE --pdf DATEI``: one issued certificate as printed (see :mod:`.certificates`)."""

from __future__ import annotations

from desktop.cli.commands.certificates import add_pdf_parser as add_parser

__all__ = ["add_parser"]
