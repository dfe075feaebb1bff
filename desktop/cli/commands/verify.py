"""``amtsstube verify PRÜFCODE [--json]``: was such a certificate issued, and is it valid (see
:mod:`.certificates`)."""

from __future__ import annotations

from desktop.cli.commands.certificates import add_verify_parser as add_parser

__all__ = ["add_parser"]
