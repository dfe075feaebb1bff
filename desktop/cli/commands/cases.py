"""``amtsstube cases [--json]``: every case the logged-in user may see (a stable interface: the JSON keys below)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from desktop.cli.arguments import Subcommands
from desktop.cli.login import Access, staff_database
from models.operations.export import all_cases
from models.operations.rows import CaseRow

EXIT_OK = 0


def add_parser(commands: Subcommands, summary: str) -> None:
    cases = commands.add_parser("cases", help=summary, description="Alle Vorgänge auflisten.")
    cases.add_argument("--json", action="store_true", help="als JSON-Array ausgeben")
    cases.set_defaults(handler=run, access=Access.STAFF)


def run(args: argparse.Namespace) -> int:
    rows = all_cases(*staff_database(args))
    if args.json:
        json.dump([case_json(r) for r in rows], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for r in rows:
            print(f"{r.reference}  {r.status.value:<20} {r.service_key:<28} {r.assignee_username or '-':<10}")
    return EXIT_OK


def case_json(r: CaseRow) -> dict[str, Any]:
    return {
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
