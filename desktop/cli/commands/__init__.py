"""The subcommands of ``amtsstube``, one module each, loaded only when they run.

Every module here has ``add_parser(commands, summary)``, which adds its parser (and those of its actions) with
``set_defaults(handler=…, access=…)``, and the handlers themselves. :data:`COMMANDS` names them with the one-line
summary that ``amtsstube --help`` shows, so that the help and every other command load none of the others (``sync``
would load the FIT-Connect client, ``sandbox`` Flask) — the way pip's command registry does.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType


@dataclass(frozen=True)
class Command:
    name: str  # as typed: ``amtsstube NAME``
    module: str  # the module below this package
    summary: str  # the line in ``amtsstube --help``

    def load(self) -> ModuleType:
        return importlib.import_module(f"{__name__}.{self.module}")


COMMANDS = (
    Command("gui", "gui", "die Oberfläche starten (Standard)"),
    Command("db", "database", "Datenbank verwalten"),
    Command("demo", "demo", "Demo-Daten in eine leere Datenbank schreiben"),
    Command("cases", "cases", "Vorgänge auflisten"),
    Command("catalogue", "catalogue", "Leistungskatalog anzeigen (Gebühren, Fristen, Zuständigkeit)"),
    Command("letter", "letter", "das neueste Schreiben eines Vorgangs als PDF speichern"),
    Command("sandbox", "sandbox", "lokalen FIT-Connect-Zustelldienst starten (Entwicklung, Test, Demo)"),
    Command("sync", "sync", "Anträge von FIT-Connect abholen"),
    Command("audit", "audit", "Protokoll prüfen und lesen (Datenschutz)"),
    Command("disclosures", "disclosures", "Protokoll der Melderegisterauskünfte lesen (Datenschutz)"),
    Command("print-batch", "print_batch", "alle Schreiben der Druckwarteschlange als einen Auftrag drucken"),
    Command("town", "town", "Stammdaten der Kommune für Briefkopf, Bankverbindung und Gericht"),
    Command("user", "users", "Benutzer verwalten"),
    Command("payments", "payments", "Kasse am Schalter: Tagesabschluss"),
    Command("residents", "residents", "Personen im Melderegister suchen"),
    Command("dogs", "dogs", "Hunde im Hunderegister auflisten (Steuermarke, Chip, Hundesteuer)"),
    Command("pickups", "pickups", "Sperrmüllabholungen: Tourenliste eines Bezirks und Tages"),
    Command("certificates", "certificates", "ausgestellte Personenstandsurkunden auflisten (Standesamt)"),
    Command("certificate", "certificate_pdf", "eine ausgestellte Urkunde als PDF speichern"),
    Command("verify", "verify", "Prüfcode einer Urkunde prüfen: ausgestellt, gültig oder widerrufen"),
    Command("report", "report", "Berichte für die Amtsleitung: Rückstand, Fristen, Durchsatz"),
)

BY_NAME = {command.name: command for command in COMMANDS}
DEFAULT = BY_NAME["gui"]
