"""``amtsstube audit``: check the audit trail for tampering, and read the audit log (data protection).

``audit verify [--json]`` walks the hash chains of audit log and mail book and names the first broken link (exit
code 0: intact, 1: broken). ``audit list [--person NAME] [--case AZ] [--user NAME] [--from TT.MM.JJJJ]
[--to TT.MM.JJJJ] [--json | --csv FILE]`` reads the log, newest first. Both are stable interfaces; the JSON keys
are those of :meth:`models.operations.audit_log.AuditRow.as_json` and of :func:`verification_json`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop.cli.arguments import Subcommands, german_date
from desktop.cli.failures import printable, say
from desktop.cli.login import staff_database
from desktop.messages.audit import table_label, tampering_message
from models.german_format import format_moment_seconds
from models.operations.audit_log import AuditQuery, audit_records, export_audit_records
from models.operations.audit_verification import AuditVerification, verify_audit_trail
from models.output_files import check_writable, write_atomically

EXIT_OK = 0
EXIT_BROKEN = 1


def verification_json(verification: AuditVerification) -> dict[str, Any]:
    return {
        "intact": verification.intact,
        "quick": verification.quick,
        "chains": [
            {
                "table": chain.table,
                "records": chain.records,
                "broken": None
                if chain.broken is None
                else {
                    "problem": chain.broken.problem,
                    "seq": chain.broken.seq,
                    "id": chain.broken.record_id,
                    "name": chain.broken.name,
                },
            }
            for chain in verification.chains
        ],
    }


def verify(args: argparse.Namespace) -> int:
    verification = verify_audit_trail(*staff_database(args), quick=False)
    if args.json:
        json.dump(verification_json(verification), sys.stdout, ensure_ascii=False, indent=2)
        print()
    elif verification.intact:
        counts = ", ".join(f"{table_label(c.table)} {c.records} Einträge" for c in verification.chains)
        print(f"Unverändert: {counts}; alle Schutz-Trigger vorhanden.")
    broken = verification.first_broken
    if broken is None:
        return EXIT_OK
    say(tampering_message(broken).text)
    return EXIT_BROKEN


def list_records(args: argparse.Namespace) -> int:
    query = AuditQuery(
        person=args.person,
        case_reference=args.case,
        username=args.user_filter,
        date_from=args.date_from,
        date_to=args.date_to,
    )
    target = check_writable(Path(args.csv)) if args.csv is not None else None  # before reading (and recording) it
    db, actor = staff_database(args)
    if target is not None:
        target = write_atomically(target, export_audit_records(db, actor, query).encode("utf-8-sig"))
        print(f"Protokoll gespeichert: {target}")
        return EXIT_OK
    rows = audit_records(db, actor, query)
    if args.json:
        json.dump([row.as_json() for row in rows], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    for row in rows:
        moment = format_moment_seconds(row.at)
        details = json.dumps(row.details, ensure_ascii=False, sort_keys=True)
        print(printable(f"{moment}  {row.actor:<16} {row.action:<28} {row.object_type} {row.object_id}  {details}"))
    print(f"{len(rows)} Einträge")
    return EXIT_OK


def add_parser(commands: Subcommands, summary: str) -> None:
    audit = commands.add_parser(
        "audit",
        help=summary,
        description="Das Protokoll auf Manipulation prüfen (IT-Administration, Datenschutz) und lesen (Datenschutz).",
    )
    actions = audit.add_subparsers(dest="audit_command", required=True, metavar="AKTION", title="Aktionen")
    checking = actions.add_parser(
        "verify",
        help="Protokoll und Postausgangsbuch auf Manipulation prüfen",
        description=(
            "Prüft die Hash-Ketten von Protokoll und Postausgangsbuch und die Schutz-Trigger der Datenbank und nennt "
            "die erste unterbrochene Stelle. Exit-Code 0: unverändert, 1: Manipulation festgestellt."
        ),
    )
    checking.add_argument("--json", action="store_true", help="das Ergebnis als JSON ausgeben")
    checking.set_defaults(handler=verify)
    listing = actions.add_parser(
        "list",
        help="Protokolleinträge lesen (Datenschutz)",
        description="Protokolleinträge lesen, neueste zuerst, nach Person, Vorgang, Benutzer und Zeitraum.",
    )
    listing.add_argument("--person", metavar="NAME", help="Einträge zu den Vorgängen dieser Person")
    listing.add_argument("--case", metavar="AKTENZEICHEN", help="Einträge zu diesem Vorgang")
    listing.add_argument("--user", dest="user_filter", metavar="BENUTZER", help="Einträge dieses Benutzers")
    listing.add_argument("--from", dest="date_from", type=german_date, metavar="TT.MM.JJJJ", help="ab diesem Tag")
    listing.add_argument("--to", dest="date_to", type=german_date, metavar="TT.MM.JJJJ", help="bis zu diesem Tag")
    output = listing.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="als JSON-Array ausgeben")
    output.add_argument("--csv", metavar="DATEI", help="als CSV-Datei speichern (nur für Sie lesbar)")
    listing.set_defaults(handler=list_records)
