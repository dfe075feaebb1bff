"""The SEPA direct-debit mandate (SEPA-Lastschriftmandat) by which the dog tax is collected.

A mandate names the creditor (the town: name, address, creditor identifier), the mandate reference (Mandats-
referenz, at most 35 characters of the SEPA character set ``A–Z a–z 0–9 / - ? : ( ) . , ' +`` and space, not
beginning or ending with ``/`` and without ``//``, as the EPC implementation guidelines ask of identifiers), the
debtor (name, address, IBAN, optionally the BIC), whether it is for recurring payments or one payment, and where
and when the debtor signed it. Its wording is the one the German banking industry (Deutsche Kreditwirtschaft)
laid down, printed on the tax notice by :func:`mandate_text`.

A mandate lapses when it has not been used for 36 months (SEPA Core Direct Debit Rulebook): counted from the last
collection, or from the signature if it was never used.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re
from dataclasses import dataclass

from models.din91379 import DataType, normalised
from models.errors import InvalidInput
from models.german_format import format_date
from models.sepa_identifiers import checked_bic, checked_creditor_id, checked_iban, formatted_iban, is_sepa_iban

MAX_REFERENCE = 35
MAX_NAME = 70  # the SEPA name fields of pain.008
UNUSED_MONTHS = 36
_SEPA_CHARACTERS = re.compile(r"^[A-Za-z0-9/\-?:().,'+ ]+$")


class MandateKind(enum.Enum):
    RECURRING = "recurring"  # wiederkehrende Zahlungen
    ONE_OFF = "one_off"  # einmalige Zahlung


@dataclass(frozen=True)
class SepaMandate:
    creditor_name: str
    creditor_address: str
    creditor_id: str  # compact, e.g. DE98ZZZ09999999999
    reference: str
    debtor_name: str
    debtor_address: str  # lines separated by "\n"
    iban: str  # compact, capitals
    bic: str | None
    kind: MandateKind
    place: str
    signed_on: dt.date


def checked_reference(value: str) -> str:
    """The mandate reference, trimmed; codes ``required``, ``too_long``, ``not_sepa_characters``, ``bad_slash``."""
    reference = value.strip()
    if not reference:
        raise InvalidInput("mandate_reference", "required")
    if len(reference) > MAX_REFERENCE:
        raise InvalidInput("mandate_reference", "too_long")
    if not _SEPA_CHARACTERS.match(reference):
        raise InvalidInput("mandate_reference", "not_sepa_characters")
    if reference.startswith("/") or reference.endswith("/") or "//" in reference:
        raise InvalidInput("mandate_reference", "bad_slash")
    return reference


def _line(value: str, field: str, limit: int | None = None) -> str:
    """One line of text: white space collapsed, DIN 91379 data type B (names of persons and firms, addresses)."""
    text = normalised(" ".join(value.split()), field, DataType.ADDRESS)
    if not text:
        raise InvalidInput(field, "required")
    if limit is not None and len(text) > limit:
        raise InvalidInput(field, "too_long")
    return text


def _address(value: str, field: str) -> str:
    lines = [_line(line, field) for line in value.splitlines() if line.strip()]
    if not lines:
        raise InvalidInput(field, "required")
    return "\n".join(lines)


def checked_mandate(
    *,
    creditor_name: str,
    creditor_address: str,
    creditor_id: str,
    reference: str,
    debtor_name: str,
    debtor_address: str,
    iban: str,
    bic: str = "",
    kind: MandateKind = MandateKind.RECURRING,
    place: str,
    signed_on: dt.date,
    today: dt.date,
) -> SepaMandate:
    """The mandate with its values checked and normalised, or :class:`InvalidInput` for the first fault (in the
    order of the form).

    Beyond the codes of :mod:`models.sepa_identifiers` and :func:`checked_reference`: ``required`` and
    ``too_long`` (names over 70 characters) for the names, addresses and place, ``iban_not_sepa`` for an account
    outside the SEPA scheme (it cannot be debited), ``in_future`` for a signature after ``today``.
    """
    creditor = (
        _line(creditor_name, "creditor_name", MAX_NAME),
        _address(creditor_address, "creditor_address"),
        checked_creditor_id(creditor_id),
    )
    checked_reference_value = checked_reference(reference)
    debtor = (_line(debtor_name, "debtor_name", MAX_NAME), _address(debtor_address, "debtor_address"))
    account = checked_iban(iban)
    if not is_sepa_iban(account):
        raise InvalidInput("iban", "iban_not_sepa")
    bank = checked_bic(bic) if bic.strip() else None
    signed_at = _line(place, "place")
    if signed_on > today:
        raise InvalidInput("signed_on", "in_future")
    return SepaMandate(*creditor, checked_reference_value, *debtor, account, bank, kind, signed_at, signed_on)


def _months_later(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, or the month's last day (31 January + 1 month = 28/29 February)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def mandate_last_valid_day(mandate: SepaMandate, last_collection: dt.date | None) -> dt.date:
    """The last day a collection may still be presented: 36 months after the last one (or the signature)."""
    return _months_later(last_collection or mandate.signed_on, UNUSED_MONTHS)


def mandate_lapsed(mandate: SepaMandate, last_collection: dt.date | None, on: dt.date) -> bool:
    """Has the mandate lapsed by ``on`` because it was not used for 36 months (a new one must be signed)."""
    return on > mandate_last_valid_day(mandate, last_collection)


def mandate_text(mandate: SepaMandate) -> str:
    """The mandate as printed on the notice, in the wording of the Deutsche Kreditwirtschaft."""
    creditor = mandate.creditor_name
    if mandate.kind is MandateKind.RECURRING:
        title = "SEPA-Lastschriftmandat für wiederkehrende Zahlungen"
        authorisation = (
            f"Ich ermächtige {creditor}, Zahlungen von meinem Konto mittels Lastschrift einzuziehen. Zugleich weise "
            f"ich mein Kreditinstitut an, die von {creditor} auf mein Konto gezogenen Lastschriften einzulösen."
        )
    else:
        title = "SEPA-Lastschriftmandat für eine einmalige Zahlung"
        authorisation = (
            f"Ich ermächtige {creditor}, eine Zahlung von meinem Konto mittels Lastschrift einzuziehen. Zugleich "
            f"weise ich mein Kreditinstitut an, die von {creditor} auf mein Konto gezogene Lastschrift einzulösen."
        )
    notice = (
        "Hinweis: Ich kann innerhalb von acht Wochen, beginnend mit dem Belastungsdatum, die Erstattung des "
        "belasteten Betrages verlangen. Es gelten dabei die mit meinem Kreditinstitut vereinbarten Bedingungen."
    )
    lines = [
        title,
        f"Zahlungsempfänger: {creditor}, {', '.join(mandate.creditor_address.splitlines())}",
        f"Gläubiger-Identifikationsnummer: {mandate.creditor_id}",
        f"Mandatsreferenz: {mandate.reference}",
        "",
        authorisation,
        notice,
        "",
        f"Kontoinhaber: {mandate.debtor_name}",
        f"Anschrift: {', '.join(mandate.debtor_address.splitlines())}",
        f"IBAN: {formatted_iban(mandate.iban)}",
    ]
    if mandate.bic:
        lines.append(f"BIC: {mandate.bic}")
    lines.append(f"Ort, Datum: {mandate.place}, {format_date(mandate.signed_on)}")
    return "\n".join(lines)
