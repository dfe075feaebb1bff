"""The dog register's refusals read in German, each with its own text (not the general "is not valid")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from desktop.core.catalogue import translate
from desktop.messages.dogs import DOG_INVALID_INPUT
from desktop.messages.error_messages import describe_error
from models.errors import InvalidInput
from models.registers.dogs.dog_tax import TaxedDog, tax_for_year
from models.registers.dogs.sepa_mandate import checked_reference
from models.registers.dogs.tax_statute import town_tax_statute
from models.registers.dogs.transponder import checked_transponder
from models.sepa_identifiers import checked_creditor_id, checked_iban


def _text(error: InvalidInput) -> str:
    message = describe_error(error)
    assert message is not None
    assert message.title == "Bitte Eingabe prüfen"
    return message.text


@pytest.mark.parametrize(
    ("refuse", "text"),
    [
        (
            lambda: checked_transponder("999000000000001"),
            "Die Chipnummer muss mit einem Ländercode (276 für Deutschland) oder einem Herstellercode von 900 bis 998 "
            "beginnen. Nummern, die mit 999 beginnen, gehören zu Testchips. Bitte prüfen Sie die ersten drei Ziffern.",
        ),
        (
            lambda: checked_iban("DE88370400440532013000"),
            "Die Prüfziffern der IBAN stimmen nicht: Sie enthält einen Tippfehler. Bitte vergleichen Sie sie Ziffer "
            "für Ziffer mit der Bankkarte oder dem Kontoauszug.",
        ),
        (
            lambda: checked_creditor_id("DE97ZZZ09999999999"),
            "Die Prüfziffern der Gläubiger-Identifikationsnummer stimmen nicht: Sie enthält einen Tippfehler. Bitte "
            "vergleichen Sie sie mit dem Schreiben der Deutschen Bundesbank.",
        ),
        (lambda: checked_reference("A" * 36), "Die Mandatsreferenz ist zu lang: höchstens 35 Zeichen."),
        (
            lambda: tax_for_year([TaxedDog("A", dt.date(2026, 5, 2), dt.date(2026, 5, 1))], 2026, town_tax_statute()),
            "Das Abmeldedatum liegt vor dem Tag, an dem der Hund aufgenommen wurde. Bitte prüfen Sie beide Daten.",
        ),
    ],
)
def test_a_refusal_of_the_dog_register_reads_in_german(refuse: Callable[[], object], text: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        refuse()
    assert _text(refused.value) == text


def test_every_dog_message_is_translated() -> None:
    for (field, problem), english in DOG_INVALID_INPUT.items():
        german = _text(InvalidInput(field, problem))
        assert german == translate("ErrorMessages", english)
        assert german != english, (field, problem)
