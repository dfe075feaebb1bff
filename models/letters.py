"""What a letter says, as plain data (Schreiben). ``printing/`` turns it into a DIN 5008 PDF.

The domain decides the content (recipient, subject, text); the page layout is printing's business. Every field is
plain text: citizen-supplied values are never interpreted as markup by the renderer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from models.documents import DocumentKind
from models.town_config import TownProfile

#: Country names for foreign addresses, in capitals as DIN 5008 asks (last line of the address).
COUNTRY_NAMES = {
    "AT": "ÖSTERREICH",
    "BE": "BELGIEN",
    "CH": "SCHWEIZ",
    "CZ": "TSCHECHIEN",
    "DK": "DÄNEMARK",
    "ES": "SPANIEN",
    "FR": "FRANKREICH",
    "GB": "VEREINIGTES KÖNIGREICH",
    "HU": "UNGARN",
    "IT": "ITALIEN",
    "LU": "LUXEMBURG",
    "NL": "NIEDERLANDE",
    "PL": "POLEN",
    "PT": "PORTUGAL",
    "TR": "TÜRKEI",
}


@dataclass(frozen=True)
class InfoBlock:
    """The information block right of the address field (Informationsblock)."""

    our_reference: str  # "Unser Zeichen", e.g. department code and clerk
    case_reference: str  # Aktenzeichen, e.g. "2026-000123"
    date: dt.date
    clerk: str
    phone: str
    email: str


#: The longest remittance text (Verwendungszweck) an EPC GiroCode carries, unstructured.
MAX_PURPOSE_LENGTH = 140


@dataclass(frozen=True)
class PaymentRequest:
    """What a fee notice asks the citizen to pay (Zahlungsaufforderung); also the data of its EPC GiroCode."""

    amount_cents: int
    due_date: dt.date
    purpose: str  # Verwendungszweck with the case reference, at most 140 characters (EPC limit)
    beneficiary: str  # Zahlungsempfänger: the town
    iban: str
    bic: str


@dataclass(frozen=True)
class LetterContent:
    kind: DocumentKind
    town: TownProfile
    recipient: tuple[str, ...]  # address zone, at most six lines, already in DIN 5008 order
    info: InfoBlock
    subject: str
    salutation: str
    paragraphs: tuple[str, ...]
    closing: str = "Mit freundlichen Grüßen"
    signature: str = ""
    enclosures: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # note zone above the address (e.g. "Einschreiben"), filled from the bottom
    payment: PaymentRequest | None = None  # fee notices: payment block with GiroCode
    payment_position: int | None = None  # index of the paragraph the payment block precedes; None: after all


@dataclass(frozen=True)
class RenderedDocument:
    pdf: bytes
    pages: int


#: Implemented by :func:`printing.letter.render_letter`; operations receive it from the caller.
LetterRenderer = Callable[[LetterContent], RenderedDocument]


def postal_address(
    *,
    name: str,
    street: str | None,
    house_number: str | None,
    postcode: str | None,
    city: str | None,
    country: str = "DE",
    addition: str | None = None,
) -> tuple[str, ...]:
    """The address zone lines for a person, without blank lines (DIN 5008).

    For a foreign address the town line is in capitals and the country, in capitals, is the last line.
    """
    lines = [name]
    if addition:
        lines.append(addition)
    street_line = " ".join(p for p in (street, house_number) if p)
    if street_line:
        lines.append(street_line)
    town_line = " ".join(p for p in (postcode, city) if p)
    if country.upper() == "DE":
        if town_line:
            lines.append(town_line)
    else:
        if town_line:
            lines.append(town_line.upper())
        lines.append(COUNTRY_NAMES.get(country.upper(), country.upper()))
    return tuple(lines[:6])
