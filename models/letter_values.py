"""The placeholders a letter template can use, and their values for a case (Platzhalter).

Values are plain strings or lists of strings: the sandboxed template sees nothing else. The names are German
because the admin who edits the texts reads them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from models.actors import Actor
from models.cases import Case
from models.documents import DocumentKind
from models.german_format import format_date, local_date
from models.town_config import TownProfile

#: Placeholders every template can use, with the explanation the template editor shows.
COMMON_PLACEHOLDERS: dict[str, str] = {
    "anrede": "Anrede mit Namen, z. B. „Guten Tag Erika Mustermann,“",
    "name": "Vollständiger Name der antragstellenden Person",
    "vorname": "Vorname(n)",
    "nachname": "Familienname",
    "aktenzeichen": "Aktenzeichen des Vorgangs",
    "leistung": "Name der Verwaltungsleistung",
    "eingangsdatum": "Eingangsdatum des Antrags (TT.MM.JJJJ)",
    "heute": "Datum des Schreibens",
    "sachbearbeitung": "Name der Sachbearbeiterin oder des Sachbearbeiters",
    "stadt": "Name der Kommune",
    "dienststelle": "Dienststelle, z. B. Bürgerbüro",
    "telefon": "Telefonnummer für Rückfragen",
    "email": "E-Mail-Adresse für Rückfragen",
}

#: Placeholders only some kinds of letter have.
KIND_PLACEHOLDERS: dict[DocumentKind, dict[str, str]] = {
    DocumentKind.CONFIRMATION_LETTER: {},
    DocumentKind.DOCUMENT_REQUEST: {
        "unterlagen": "Liste der fehlenden Unterlagen (mit {% for u in unterlagen %} … {% endfor %})",
        "frist": "Frist für die Antwort (TT.MM.JJJJ)",
    },
    DocumentKind.REJECTION_LETTER: {
        "gruende": "Begründung der Ablehnung, wie in der Sachbearbeitung eingegeben",
        "rechtsbehelfsbelehrung": "Rechtsbehelfsbelehrung mit dem zuständigen Verwaltungsgericht",
    },
    DocumentKind.DUPLICATE_NOTICE: {
        "erster_vorgang": "Aktenzeichen des ersten Antrags, mit dem dieser entschieden wurde",
        "entscheidung": "Die Entscheidung über den ersten Antrag: „ihm entsprochen“ oder „ihn abgelehnt“",
    },
    DocumentKind.FEE_NOTICE: {
        "zahlungsblock": "Stelle des Zahlungsblocks mit GiroCode (als eigener Absatz; sonst nach dem letzten Absatz)",
        "betrag": "Gebührenbetrag, z. B. „15,00 €“",
        "faellig_am": "Fälligkeitsdatum (TT.MM.JJJJ)",
        "verwendungszweck": "Verwendungszweck der Überweisung",
        "rechtsbehelfsbelehrung": "Rechtsbehelfsbelehrung mit dem zuständigen Verwaltungsgericht",
    },
}

#: Placeholders of letters a specialised service writes itself (service key → kind → placeholders).
_PICKUP_PLACEHOLDERS = {
    DocumentKind.CONFIRMATION_LETTER: {
        "abholtermin": "Abholtermin mit Wochentag",
        "abholadresse": "Abholadresse",
        "gegenstaende": "Liste der angemeldeten Gegenstände (bei Elektroschrott: der Geräte)",
        "elektrogeraete": "Liste der angemeldeten Elektrogeräte neben dem Sperrmüll (kann leer sein)",
    }
}

#: The Meldebestätigung (§ 24(2) BMG) of a registration: one entry of ``personen`` per person who moves in.
_MOVE = {
    "neue_anschrift": "Neue Anschrift",
    "einzugsdatum": "Tag des Einzugs",
    "wohnungsart": "Art der Wohnung (alleinige Wohnung, Hauptwohnung, Nebenwohnung)",
    "personen": "Liste der gemeldeten Personen, je mit person.name, person.geburtsdatum, person.anschrift, "
    "person.einzug und person.wohnung",
}

_MOVE_SERVICES = ("residence_registration", "residence_change", "secondary_residence")

_REGISTER_INFORMATION_PLACEHOLDERS: dict[DocumentKind, dict[str, str]] = {
    DocumentKind.CONFIRMATION_LETTER: {
        "auskunft_erteilt": "„ja“, wenn die Person eindeutig bestimmt ist und Auskunft erteilt wird, sonst leer",
        "standardantwort": "Standardantwort (nicht eindeutig bestimmt), wenn keine Auskunft erteilt wird",
        "familienname": "Familienname der gesuchten Person (§ 44 BMG)",
        "vornamen": "Vornamen der gesuchten Person",
        "doktorgrad": "Doktorgrad (kann leer sein)",
        "anschriften": "Liste der derzeitigen Anschriften",
        "verstorben": "„ja“, wenn die Person verstorben ist, sonst leer",
    },
    DocumentKind.REJECTION_LETTER: {
        "werbung_ohne_einwilligung": "„ja“ bei Werbung oder Adresshandel ohne Einwilligung (§ 44 Abs. 3 BMG)",
    },
}

_CERTIFICATE_ORDERS = ("birth_certificate", "marriage_certificate", "partnership_certificate", "death_certificate")
_CERTIFICATE_ORDER_PLACEHOLDERS = {
    DocumentKind.CONFIRMATION_LETTER: {
        "standesamt": "Name des Standesamts, z. B. „Standesamt Lindenbrück“ (nur bei Genehmigung)",
        "urkunden": "Liste der ausgestellten Urkunden mit Art, Registernummer, Zahl der Exemplare und Prüfcodes",
        "anzahl": "Zahl der ausgestellten Urkunden",
        "versand": "Satz, wie die Urkunden zugehen (beiliegend, an die Versandanschrift, zur Abholung)",
        "gebuehr": "Gebühr mit Berechnung (erste Urkunde, jede weitere) oder der Grund der Gebührenfreiheit",
        "pruefadresse": "Adresse, unter der die Echtheit einer Urkunde geprüft wird",
    },
    DocumentKind.REJECTION_LETTER: {
        "regel": "Vorschrift, nach der die Berechtigung (§ 62 PStG) verneint wurde (leer ohne Entscheidung)",
    },
}
SERVICE_PLACEHOLDERS: dict[str, dict[DocumentKind, dict[str, str]]] = {
    "bulky_waste_pickup": _PICKUP_PLACEHOLDERS,
    "e_waste_pickup": _PICKUP_PLACEHOLDERS,
    **{key: {DocumentKind.CONFIRMATION_LETTER: _MOVE} for key in _MOVE_SERVICES},
    "residence_certificate": {
        DocumentKind.CONFIRMATION_LETTER: {
            "meldedaten": "Daten aus dem Melderegister (nur bei Genehmigung): meldedaten.familienname, .vornamen, "
            ".geburtsname, .doktorgrad, .geburtsdatum, .geburtsort, .hauptwohnung, .hauptwohnung_seit",
            "nebenwohnungen": "Liste der Nebenwohnungen mit Einzugsdatum (kann leer sein)",
            "gebuehr": "Gebühr der Meldebescheinigung",
        }
    },
    "residence_deregistration": {
        DocumentKind.CONFIRMATION_LETTER: {
            "auszugsdatum": "Tag des Auszugs",
            "personen": "Liste der abgemeldeten Personen, je mit person.name, person.geburtsdatum, person.anschrift "
            "(bisherige Anschrift), person.auszug und person.wohin",
        }
    },
    "register_information": _REGISTER_INFORMATION_PLACEHOLDERS,
    **{key: _CERTIFICATE_ORDER_PLACEHOLDERS for key in _CERTIFICATE_ORDERS},  # the same letters (SHARED_TEXTS)
    "register_information_automated": _REGISTER_INFORMATION_PLACEHOLDERS,  # the same letters (SHARED_TEXTS)
    "dog_registration": {
        DocumentKind.CONFIRMATION_LETTER: {
            "hund": "Rufname des Hundes",
            "rasse": "Rasse, wie angegeben",
            "chip": "Transpondernummer in Dreiergruppen",
            "steuermarke": "Nummer der ausgegebenen Steuermarke",
            "einstufung": "Einstufung nach dem LHundG NRW (Paragraph) oder „keine Einstufung …“",
            "satzung": "Name der Hundesteuersatzung",
            "jahr": "Steuerjahr",
            "jahresbetrag": "Hundesteuer des Haushalts im Jahr, z. B. „96,00 €“",
            "steuer_hund": "Anteil dieses Hundes am Jahresbetrag",
            "monate": "Besteuerte Monate dieses Hundes, z. B. „April bis Dezember 2026 (9 Monate)“",
            "positionen": "Liste: je Hund und Steuersatz eine Zeile mit Monaten, Position und Betrag",
            "raten": "Liste der Raten mit Fälligkeitsdatum und Betrag",
            "lastschriftmandat": "Text des SEPA-Lastschriftmandats (leer bei Zahlung per Überweisung)",
            "steuerverguenstigung": "Gewährte Steuerbefreiung oder -ermäßigung mit Satzungsgrundlage und Nachweis "
            "(leer, wenn keine beantragt)",
            "zahlungsblock": "Stelle des Zahlungsblocks mit GiroCode der ersten Rate (nur bei Überweisung)",
            "rechtsbehelfsbelehrung": "Rechtsbehelfsbelehrung mit dem zuständigen Verwaltungsgericht",
        }
    },
    "dog_deregistration": {
        DocumentKind.CONFIRMATION_LETTER: {
            "hund": "Rufname des Hundes",
            "steuermarke": "Nummer der zurückgegebenen Steuermarke",
            "abgemeldet_zum": "Tag der Abmeldung (TT.MM.JJJJ)",
            "grund": "Grund der Abmeldung",
            "jahr": "Steuerjahr",
            "bisher": "Bisher festgesetzte Hundesteuer des Jahres",
            "neu": "Neu festgesetzte Hundesteuer des Jahres",
            "ergebnis": "Satz mit Erstattung oder Nachzahlung",
            "rechtsbehelfsbelehrung": "Rechtsbehelfsbelehrung mit dem zuständigen Verwaltungsgericht",
        }
    },
    "waste_bin_change": {
        DocumentKind.CONFIRMATION_LETTER: {
            "grundstueck": "Anschrift des Grundstücks, eine Zeile",
            "eigentuemer": "Eigentümerin / Eigentümer laut Behälterverzeichnis (Gebührenschuldner)",
            "hausverwaltung": "Hausverwaltung laut Behälterverzeichnis (kann leer sein)",
            "wirksam_ab": "Tag, ab dem die Änderung gilt (TT.MM.JJJJ)",
            "aenderungen": "Liste der beantragten Änderungen, je eine Zeile",
            "behaelter": "Liste der Behälter ab dem Stichtag, je Zeile mit Anzahl, Größe, Rhythmus und Jahresgebühr",
            "keine_behaelter": "„ja“, wenn ab dem Stichtag keine Behälter mehr angemeldet sind, sonst leer",
            "jahresgebuehr_bisher": "Jahresgebühr vor der Änderung",
            "jahresgebuehr_neu": "Jahresgebühr ab der Änderung",
            "jahr": "Jahr des Stichtags",
            "gebuehr_jahr": "Gebühr dieses Jahres, anteilig nach Monaten vor und ab der Änderung",
            "anteilig": "„ja“, wenn die Änderung im laufenden Jahr nach dem Januar wirksam wird und die Gebühr ändert",
            "bisheriger_tarif_bis": "Letzter Monat mit der bisherigen Gebühr, z. B. „März 2027“",
            "bewohner": "Laut Melderegister am Stichtag gemeldete Personen, z. B. „3 Personen“",
            "mindestvolumen": "Mindest-Restabfallvolumen je Woche nach der Satzung, z. B. „45 l“",
            "restabfallvolumen": "Restabfallvolumen der Behälter je Woche",
            "satzung": "Name der Abfallgebührensatzung",
            "rechtsbehelfsbelehrung": "Rechtsbehelfsbelehrung mit dem zuständigen Verwaltungsgericht",
        }
    },
}


def placeholders(kind: DocumentKind, service_key: str = "") -> dict[str, str]:
    """Every placeholder a template of ``kind`` (for ``service_key``) may use, with its explanation."""
    return {**COMMON_PLACEHOLDERS, **KIND_PLACEHOLDERS[kind], **SERVICE_PLACEHOLDERS.get(service_key, {}).get(kind, {})}


#: Value of ``{{ zahlungsblock }}``: marks the paragraph the payment block takes the place of. Invisible separators
#: around a word no value a citizen or clerk typed can form on its own.
PAYMENT_BLOCK_MARK = "\u2063ZAHLUNGSBLOCK\u2063"


def place_payment_block(paragraphs: tuple[str, ...]) -> tuple[tuple[str, ...], int | None]:
    """The paragraphs without the ``{{ zahlungsblock }}`` paragraph, and where that paragraph stood."""
    for index, paragraph in enumerate(paragraphs):
        if paragraph.strip() == PAYMENT_BLOCK_MARK:
            return paragraphs[:index] + paragraphs[index + 1 :], index
    return tuple(p.replace(PAYMENT_BLOCK_MARK, "") for p in paragraphs), None


def legal_remedy(town: TownProfile) -> str:
    """Rechtsbehelfsbelehrung for NRW, where the objection procedure is largely abolished (§ 110 JustG NRW)."""
    return (
        "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage erhoben werden. Die Klage ist "
        f"beim {town.court_name}, {town.court_address}, schriftlich einzureichen oder zur Niederschrift des "
        "Urkundsbeamten der Geschäftsstelle zu erklären. Die Klage kann auch durch Übertragung eines elektronischen "
        "Dokuments an die elektronische Poststelle des Gerichts erhoben werden. Das elektronische Dokument muss "
        "mit einer qualifizierten elektronischen Signatur der verantwortenden Person versehen sein oder von der "
        "verantwortenden Person signiert und auf einem sicheren Übermittlungsweg gemäß § 55a Absatz 4 der "
        "Verwaltungsgerichtsordnung (VwGO) eingereicht werden."
    )


def salutation_for(full_name: str) -> str:
    """A neutral salutation that needs no gender (the forms do not ask for one)."""
    return f"Guten Tag {full_name}," if full_name.strip() else "Guten Tag,"


def case_values(case: Case, actor: Actor, town: TownProfile, today: dt.date) -> dict[str, Any]:
    """The common placeholders for a letter about ``case``, written by ``actor`` on ``today``."""
    person = case.applicant
    return {
        "anrede": salutation_for(person.full_name),
        "name": person.full_name,
        "vorname": person.given_names,
        "nachname": person.family_name,
        "aktenzeichen": case.reference,
        "leistung": case.service.name,
        "eingangsdatum": format_date(local_date(case.received_at)),
        "heute": format_date(today),
        "sachbearbeitung": actor.display_name,
        "stadt": town.name,
        "dienststelle": town.department,
        "telefon": actor.phone or town.phone,
        "email": actor.email or town.email,
        "rechtsbehelfsbelehrung": legal_remedy(town),
        "zahlungsblock": PAYMENT_BLOCK_MARK,
    }


def _sample_mover(name: str, born: str) -> dict[str, str]:
    """A person of a registration or deregistration (the keys of both; a template uses those of its kind)."""
    return {
        "name": name,
        "geburtsdatum": born,
        "anschrift": "Lindenallee 12a, 59999 Lindenbrück",
        "einzug": "01.12.2026",
        "wohnung": "alleinige Wohnung",
        "auszug": "01.12.2026",
        "wohin": "ins Ausland (Wien, AT)",
    }


def sample_values(kind: DocumentKind, service_key: str, town: TownProfile, today: dt.date) -> dict[str, Any]:
    """Made-up values for checking and previewing a template without a real case."""
    values: dict[str, Any] = {
        "anrede": salutation_for("Erika Mustermann"),
        "name": "Erika Mustermann",
        "vorname": "Erika",
        "nachname": "Mustermann",
        "aktenzeichen": f"{today.year}-000123",
        "leistung": "Beispielleistung",
        "eingangsdatum": format_date(today - dt.timedelta(days=3)),
        "heute": format_date(today),
        "sachbearbeitung": "Max Beispiel",
        "stadt": town.name,
        "dienststelle": town.department,
        "telefon": town.phone,
        "email": town.email,
        "rechtsbehelfsbelehrung": legal_remedy(town),
        "zahlungsblock": PAYMENT_BLOCK_MARK,
        "unterlagen": ["Kopie des Personalausweises", "Nachweis der Haftpflichtversicherung"],
        "frist": format_date(today + dt.timedelta(days=town.reply_days)),
        "gruende": "Die Voraussetzungen nach der Satzung liegen nicht vor.",
        "erster_vorgang": f"{today.year}-000101",
        "entscheidung": "ihm entsprochen",
        "betrag": "15,00 €",
        "faellig_am": format_date(today + dt.timedelta(days=town.payment_days)),
        "verwendungszweck": f"Gebühr {today.year}-000123 Beispielleistung",
        "abholtermin": "Dienstag, 08.12.2026",
        "abholadresse": "Lindenallee 12a, 59999 Lindenbrück",
        "gegenstaende": ["1 × Sofa (ca. 1,5 m³)", "2 × Stuhl"],
        "elektrogeraete": ["1 × Kühlschrank"],
        "neue_anschrift": "Lindenallee 12a, 59999 Lindenbrück",
        "einzugsdatum": format_date(today - dt.timedelta(days=5)),
        "wohnungsart": "alleinige Wohnung",
        "auszugsdatum": format_date(today - dt.timedelta(days=2)),
        "meldedaten": {
            "familienname": "Mustermann",
            "vornamen": "Erika",
            "geburtsname": "Gabler",
            "doktorgrad": "Dr.",
            "geburtsdatum": "12.08.1983",
            "geburtsort": "Dortmund",
            "hauptwohnung": "Lindenallee 12a, 59999 Lindenbrück",
            "hauptwohnung_seit": "01.03.2019",
        },
        "nebenwohnungen": ["Am Markt 3, 59999 Lindenbrück (seit 01.10.2024)"],
        "gebuehr": "5,00 €",
        "personen": [_sample_mover("Erika Mustermann", "12.08.1983"), _sample_mover("Leon Mustermann", "03.02.2015")],
        "hund": "Bello",
        "rasse": "Labrador-Mischling",
        "chip": "276 098 100 123 456",
        "steuermarke": "1042",
        "einstufung": "keine Einstufung nach dem LHundG NRW",
        "satzung": "Hundesteuersatzung",
        "jahr": str(today.year),
        "jahresbetrag": "72,00 €",
        "steuer_hund": "72,00 €",
        "monate": f"April bis Dezember {today.year} (9 Monate)",
        "positionen": [f"Bello: April bis Dezember {today.year} (9 Monate), 1. Hund, Jahressteuer 96,00 €: 72,00 €"],
        "raten": [f"fällig am 15.05.{today.year}: 24,00 €", f"fällig am 15.08.{today.year}: 24,00 €"],
        "lastschriftmandat": "",
        "steuerverguenstigung": "",
        "abgemeldet_zum": format_date(today),
        "grund": "Tod des Hundes",
        "bisher": "96,00 €",
        "neu": "64,00 €",
        "ergebnis": "Ihnen werden 32,00 € erstattet.",
    }
    allowed = placeholders(kind, service_key)
    return {name: value for name, value in values.items() if name in allowed}


def sample_value_sets(
    kind: DocumentKind, service_key: str, town: TownProfile, today: dt.date
) -> tuple[dict[str, Any], ...]:
    """Sample values a template is checked with before it is saved: typical ones, the longest a real case
    brings (long names and reasons, many documents and items), and empty lists.

    A template whose work grows with the values (a loop in a loop over the items) shows it with the long ones.
    """
    typical = sample_values(kind, service_key, town, today)
    long_name = ("Maria-Theresia Alexandra Friederike", "von Hohenzollern-Sigmaringen-Wittgenstein")
    longest = {
        **typical,
        "anrede": salutation_for(" ".join(long_name)),
        "name": " ".join(long_name),
        "vorname": long_name[0],
        "nachname": long_name[1],
        "leistung": "Anmeldung einer Nebenwohnung mit Wohnungsgeberbestätigung und Meldebescheinigung",
        "gruende": " ".join(["Die Voraussetzungen nach der Satzung liegen nicht vor."] * 70),  # ~4,000 characters
        "unterlagen": [f"Nachweis Nr. {number} (Kopie, beglaubigt)" for number in range(1, 31)],
        "gegenstaende": [f"{number} × Schrank, zerlegt (ca. 0,5 m³)" for number in range(1, 41)],
        "elektrogeraete": [f"{number} × Waschmaschine" for number in range(1, 21)],
        "personen": [_sample_mover(" ".join(long_name), "01.01.1990") for _ in range(12)],
    }
    empty = {**typical, "unterlagen": ["Kopie des Personalausweises"], "gegenstaende": [], "elektrogeraete": []}
    return tuple(
        {name: value for name, value in values.items() if name in typical} for values in (typical, longest, empty)
    )
