"""The registry office's certificates on the command line (stable interfaces):

* ``amtsstube certificates [--entry ID] [--json]`` lists the certificates issued, newest first (a staff login with
  the registry officer's rights; each listing is logged). JSON keys: ``kind`` (birth | marriage | partnership |
  death | register_printout), ``register_number``, ``issued_on`` (JJJJ-MM-TT), ``verification_code``,
  ``sheet_serial``, ``copy_number``, ``revoked`` (true | false), ``revoked_on`` (JJJJ-MM-TT or null),
  ``case_reference`` (or null), ``workstation``.
* ``amtsstube certificate CODE --pdf FILE`` writes that certificate as issued.
* ``amtsstube verify CODE [--json]`` answers whether a certificate with this code was issued, and whether it is
  still valid: exit 0 for a valid certificate, 1 for an unknown, mistyped or revoked code. It names the kind, the
  register number and the day of issue, nothing about the persons, and needs no login (a given one is checked).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop.cli.arguments import Subcommands, register_id
from desktop.cli.database import open_database
from desktop.cli.login import Access, check_login_if_given, staff_database
from models.actors import system_actor
from models.errors import NotFound
from models.german_format import format_date
from models.operations.certificates import (
    IssuedKind,
    IssuedRow,
    VerificationAnswer,
    certificate_pdf,
    issued_certificates,
    verify_certificate,
)
from models.output_files import check_writable, write_atomically

EXIT_OK = 0
EXIT_NOT_VALID = 1

TITLES = {
    IssuedKind.BIRTH: "Geburtsurkunde",
    IssuedKind.MARRIAGE: "Eheurkunde",
    IssuedKind.PARTNERSHIP: "Lebenspartnerschaftsurkunde",
    IssuedKind.DEATH: "Sterbeurkunde",
    IssuedKind.REGISTER_PRINTOUT: "Beglaubigter Registerausdruck",
}


def certificate_json(row: IssuedRow) -> dict[str, Any]:
    return {
        "kind": row.kind.value,
        "register_number": row.register_number,
        "issued_on": row.issued_on.isoformat(),
        "verification_code": row.verification_code,
        "sheet_serial": row.sheet_serial,
        "copy_number": row.copy_number,
        "revoked": row.revoked,
        "revoked_on": row.revoked_on.isoformat() if row.revoked_on else None,
        "case_reference": row.case_reference,
        "workstation": row.workstation,
    }


def list_command(args: argparse.Namespace) -> int:
    rows = issued_certificates(*staff_database(args), entry_id=args.entry)
    if args.json:
        json.dump([certificate_json(row) for row in rows], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif not rows:
        print("Keine Urkunden ausgestellt.")
    else:
        for row in rows:
            revoked = f"  widerrufen {format_date(row.revoked_on)}" if row.revoked_on else ""
            print(
                f"{row.verification_code}  {format_date(row.issued_on)}  {TITLES[row.kind]:<29} "
                f"{row.register_number:<12} Blatt {row.sheet_serial:>8}  {row.case_reference or '—'}{revoked}"
            )
    return EXIT_OK


def pdf_command(args: argparse.Namespace) -> int:
    check_writable(args.pdf)
    row, pdf = certificate_pdf(*staff_database(args), args.code)
    target = write_atomically(args.pdf, pdf)
    print(f"{TITLES[row.kind]} {row.register_number} (Prüfcode {row.verification_code}) geschrieben nach {target}")
    return EXIT_OK


def _answer_json(answer: VerificationAnswer | None, code: str) -> dict[str, Any]:
    if answer is None:
        return {"verification_code": code, "found": False, "valid": False}
    return {
        "verification_code": answer.verification_code,
        "found": True,
        "valid": answer.valid,
        "kind": answer.kind.value,
        "register_number": answer.register_number,
        "issued_on": answer.issued_on.isoformat(),
        "revoked": not answer.valid,
        "revoked_on": answer.revoked_on.isoformat() if answer.revoked_on else None,
    }


def _answer_text(answer: VerificationAnswer | None, code: str) -> str:
    if answer is None:
        return f"Unbekannt: Eine Urkunde mit dem Prüfcode {code} hat dieses Standesamt nicht ausgestellt."
    what = f"{TITLES[answer.kind]} {answer.register_number}, ausgestellt am {format_date(answer.issued_on)}"
    if answer.revoked_on is not None:
        return f"Widerrufen: {what}; am {format_date(answer.revoked_on)} durch eine neue Urkunde ersetzt."
    return f"Gültig: {what}."


def verify_command(args: argparse.Namespace) -> int:
    db = open_database(args.database)
    actor = check_login_if_given(db, args) or system_actor("cli:verify")
    code = args.code.strip()
    try:
        answer: VerificationAnswer | None = verify_certificate(db, actor, code)
    except NotFound as unknown:
        answer, code = None, str(unknown.key)
    if args.json:
        json.dump(_answer_json(answer, code), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(_answer_text(answer, code))
    return EXIT_OK if answer is not None and answer.valid else EXIT_NOT_VALID


def add_parser(commands: Subcommands, summary: str) -> None:
    listing = commands.add_parser(
        "certificates",
        help=summary,
        description="Die ausgestellten Urkunden, neueste zuerst: Prüfcode, Ausstellungstag, Art, Registernummer, "
        "Blattnummer des Urkundenpapiers, Aktenzeichen. Jede Abfrage wird protokolliert.",
        epilog="JSON-Schlüssel: kind (birth | marriage | partnership | death | register_printout), register_number, "
        "issued_on (JJJJ-MM-TT), verification_code, sheet_serial, copy_number, revoked (true | false), revoked_on "
        "(JJJJ-MM-TT oder null), case_reference (oder null), workstation.",
    )
    listing.add_argument("--entry", type=register_id, metavar="ID", help="nur die Urkunden dieses Eintrags")
    listing.add_argument("--json", action="store_true", help="als JSON-Array ausgeben")
    listing.set_defaults(handler=list_command, access=Access.STAFF)


def add_pdf_parser(commands: Subcommands, summary: str) -> None:
    single = commands.add_parser(
        "certificate", help=summary, description="Eine ausgestellte Urkunde so, wie sie gedruckt wurde, als PDF."
    )
    single.add_argument("code", metavar="PRÜFCODE", help="der Prüfcode der Urkunde, z. B. K7QX-3M9P-2TBW")
    single.add_argument("--pdf", type=Path, required=True, metavar="DATEI", help="die PDF-Datei, die entsteht")
    single.set_defaults(handler=pdf_command, access=Access.STAFF)


def add_verify_parser(commands: Subcommands, summary: str) -> None:
    verify = commands.add_parser(
        "verify",
        help=summary,
        description="Prüfen, ob eine Urkunde mit diesem Prüfcode ausgestellt wurde und noch gültig ist. Nennt Art, "
        "Registernummer und Ausstellungstag, nichts über die Personen. Exit-Code 0: gültig; 1: unbekannt, "
        "falsch eingegeben oder widerrufen.",
        epilog="JSON-Schlüssel: verification_code, found, valid, kind, register_number, issued_on, revoked, "
        "revoked_on.",
    )
    verify.add_argument("code", metavar="PRÜFCODE", help="der Prüfcode der Urkunde, z. B. K7QX-3M9P-2TBW")
    verify.add_argument("--json", action="store_true", help="als JSON ausgeben")
    verify.set_defaults(handler=verify_command, access=Access.OPEN)
