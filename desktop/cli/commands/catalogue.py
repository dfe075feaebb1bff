"""``amtsstube catalogue list|show KEY [--json]``: the town's service catalogue (a stable interface: the JSON keys
below). The catalogue is public: no login needed."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from desktop.cli.arguments import Subcommands
from desktop.cli.database import open_database
from desktop.cli.login import Access, check_login_if_given
from models.fees import Fee, FeeRule
from models.german_format import format_euro
from models.operations.catalogue import ServiceEntry, catalogue_entries, catalogue_entry
from models.roles import Role

EXIT_OK = 0

_ROLES = {Role.CLERK: "Sachbearbeitung", Role.REGISTRY_OFFICER: "Standesamt (Standesbeamtin/-beamter)"}


def add_parser(commands: Subcommands, summary: str) -> None:
    catalogue = commands.add_parser(
        "catalogue", help=summary, description="Die Leistungen der Kommune mit Gebühr, Frist und Zuständigkeit."
    )
    actions = catalogue.add_subparsers(dest="catalogue_command", required=True, metavar="AKTION", title="Aktionen")
    listing = actions.add_parser(
        "list", help="alle Leistungen auflisten", description="Alle Leistungen auflisten, auch abgeschaltete."
    )
    listing.add_argument("--json", action="store_true", help="als JSON-Array ausgeben")
    listing.set_defaults(handler=list_catalogue, access=Access.OPEN)
    show = actions.add_parser("show", help="eine Leistung anzeigen", description="Eine Leistung vollständig anzeigen.")
    show.add_argument("key", metavar="SCHLÜSSEL", help="der Schlüssel der Leistung, z. B. birth_certificate")
    show.add_argument("--json", action="store_true", help="als JSON-Objekt ausgeben")
    show.set_defaults(handler=show_service, access=Access.OPEN)


def list_catalogue(args: argparse.Namespace) -> int:
    db = open_database(args.database)
    check_login_if_given(db, args)
    entries = catalogue_entries(db)
    if args.json:
        _dump([service_json(e) for e in entries])
    else:
        for e in entries:
            state = "" if e.active else "  (abgeschaltet)"
            print(f"{e.key:<34} {e.name:<60} {e.department:<20} {fee_text(e.fee)}{state}")
    return EXIT_OK


def show_service(args: argparse.Namespace) -> int:
    db = open_database(args.database)
    check_login_if_given(db, args)
    entry = catalogue_entry(db, args.key)  # an unknown key: NotFound, worded in German on stderr
    if args.json:
        _dump(service_json(entry))
    else:
        print("\n".join(service_lines(entry)))
    return EXIT_OK


def _dump(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def service_json(e: ServiceEntry) -> dict[str, Any]:
    return {
        "key": e.key,
        "name": e.name,
        "leika_id": e.leika_id,
        "identifier_confirmed": e.identifier_confirmed,
        "department": e.department,
        "handling_role": e.handling_role.value,
        "processing_days": e.processing_days,
        "fee": e.fee.as_json(),
        "active": e.active,
        "keywords": list(e.keywords),
        "required_documents": list(e.required_documents),
        "schema_uri": e.schema_uri,
    }


def fee_text(fee: Fee) -> str:
    """The fee rule in German, e.g. „10,00 €, jede weitere Ausfertigung 5,00 €“."""
    if fee.rule is FeeRule.FIXED:
        return format_euro(fee.cents) if fee.cents else "keine Gebühr"
    if fee.rule is FeeRule.PER_COPY:
        return f"{format_euro(fee.cents)}, jede weitere Ausfertigung {format_euro(fee.further_copy_cents or 0)}"
    if fee.rule is FeeRule.TARIFF:
        return f"{format_euro(fee.cents)} bis {format_euro(fee.max_cents or 0)} nach Tarif ({fee.basis})"
    return f"gebührenfrei ({fee.basis})"


def service_lines(e: ServiceEntry) -> list[str]:
    identifier = e.leika_id or "–"
    if e.leika_id and not e.identifier_confirmed:
        identifier += " (lokaler Schlüssel, keine bestätigte LeiKa-Kennung)"
    return [
        f"Leistung:           {e.name}",
        f"Schlüssel:          {e.key}",
        f"Kennung:            {identifier}",
        f"Fachbereich:        {e.department}",
        f"Bearbeitung:        {_ROLES.get(e.handling_role, e.handling_role.value)}",
        f"Frist:              {e.processing_days} Arbeitstage",
        f"Gebühr:             {fee_text(e.fee)}",
        f"Angeboten:          {'ja' if e.active else 'nein (abgeschaltet)'}",
        f"Suchwörter:         {', '.join(e.keywords) or '–'}",
        f"Unterlagen:         {'; '.join(e.required_documents) or '–'}",
        f"Formular (Schema):  {e.schema_uri or '– (allgemeines Formular)'}",
    ]
