"""The SEPA direct-debit mandate: IBAN, reference, creditor identifier, the printed text and the 36-month lapse."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from models.errors import InvalidCharacter, InvalidInput
from models.registers.dogs.sepa_mandate import (
    MandateKind,
    SepaMandate,
    checked_mandate,
    checked_reference,
    mandate_lapsed,
    mandate_last_valid_day,
    mandate_text,
)
from models.sepa_identifiers import checked_creditor_id, checked_iban
from models.town_validation import normalised_creditor_id, normalised_iban

TODAY = dt.date(2026, 12, 2)
VALID_IBAN = "DE89 3704 0044 0532 0130 00"  # the usual example IBAN (Commerzbank Köln)


def fields(**changes: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "creditor_name": "Stadt Musterstadt",
        "creditor_address": "Rathausplatz 1\n12345 Musterstadt",
        "creditor_id": "DE98ZZZ09999999999",
        "reference": "HUNDESTEUER-2026-000123",
        "debtor_name": "Ayşe Öztürk",
        "debtor_address": "Lindenweg 4\n12345 Musterstadt",
        "iban": VALID_IBAN,
        "bic": "",
        "kind": MandateKind.RECURRING,
        "place": "Musterstadt",
        "signed_on": dt.date(2026, 11, 30),
        "today": TODAY,
    }
    values.update(changes)
    return values


def refused(**changes: Any) -> tuple[str, str]:
    with pytest.raises(InvalidInput) as error:
        checked_mandate(**fields(**changes))
    return error.value.field, error.value.problem


def test_a_valid_mandate_is_normalised() -> None:
    mandate = checked_mandate(
        **fields(iban="de89370400440532013000", bic="cobadeffxxx", creditor_id="de98 zzz0 9999 9999 99")
    )
    assert mandate == SepaMandate(
        "Stadt Musterstadt",
        "Rathausplatz 1\n12345 Musterstadt",
        "DE98ZZZ09999999999",
        "HUNDESTEUER-2026-000123",
        "Ayşe Öztürk",
        "Lindenweg 4\n12345 Musterstadt",
        "DE89370400440532013000",
        "COBADEFFXXX",
        MandateKind.RECURRING,
        "Musterstadt",
        dt.date(2026, 11, 30),
    )


@pytest.mark.parametrize(
    ("iban", "problem"),
    [
        ("DE88 3704 0044 0532 0130 00", "iban_checksum"),  # check digits 88 instead of 89
        ("DE89 3704 0044 0532 0130 01", "iban_checksum"),  # last digit mistyped
        ("DE89 3704 0044 0532 0130", "iban_format"),  # 20 characters, Germany has 22
        ("DE89 3704 0044 0532 0130 000", "iban_format"),  # 23
        ("DE89 3704 0044 0532 0130 0X", "iban_format"),
        ("", "iban_format"),
        ("XX89 3704 0044 0532 0130 00", "iban_country"),
        ("US12 3456 7890", "iban_country"),  # the USA have no IBAN
        ("EG38 0019 0005 0000 0000 2631 8000 2", "iban_not_sepa"),  # a valid Egyptian IBAN, no SEPA debit
    ],
)
def test_a_wrong_iban_is_refused_with_its_reason(iban: str, problem: str) -> None:
    assert refused(iban=iban) == ("iban", problem)


def test_other_sepa_ibans_are_accepted() -> None:
    assert checked_mandate(**fields(iban="CH93 0076 2011 6238 5295 7")).iban == "CH9300762011623852957"
    assert checked_mandate(**fields(iban="GB82 WEST 1234 5698 7654 32")).iban == "GB82WEST12345698765432"


@pytest.mark.parametrize(
    ("reference", "problem"),
    [
        ("", "required"),
        ("   ", "required"),
        ("A" * 36, "too_long"),
        ("HUNDESTEUER_2026", "not_sepa_characters"),  # underscore
        ("Hundesteuer Müller", "not_sepa_characters"),  # ü
        ("HST-2026&1", "not_sepa_characters"),
        ("HST#1", "not_sepa_characters"),
        ("/HST-2026-1", "bad_slash"),
        ("HST-2026-1/", "bad_slash"),
        ("HST//2026", "bad_slash"),
    ],
)
def test_a_wrong_mandate_reference_is_refused(reference: str, problem: str) -> None:
    assert refused(reference=reference) == ("mandate_reference", problem)


def test_the_whole_sepa_character_set_is_allowed_in_the_reference() -> None:
    assert checked_reference("Az09/-?:().,'+ x") == "Az09/-?:().,'+ x"
    assert checked_reference("A" * 35) == "A" * 35
    assert checked_reference("  HST-1  ") == "HST-1"


@pytest.mark.parametrize(
    ("creditor_id", "problem"),
    [
        ("DE97ZZZ09999999999", "creditor_id_checksum"),  # check digits off by one
        ("DE98ZZZ09999999998", "creditor_id_checksum"),  # last digit mistyped
        ("DE98ZZZ0999999999", "creditor_id_format"),  # 10 digits: German ones have 11
        ("DE98ZZZ099999999999", "creditor_id_format"),  # 12
        ("DE98ZZZ0999999999X", "creditor_id_format"),
        ("DE9XZZZ09999999999", "creditor_id_format"),
        ("", "creditor_id_format"),
    ],
)
def test_a_wrong_creditor_id_is_refused(creditor_id: str, problem: str) -> None:
    assert refused(creditor_id=creditor_id) == ("creditor_id", problem)


def test_the_business_code_is_not_part_of_the_check_digits() -> None:
    assert checked_creditor_id("DE98ZZZ09999999999") == "DE98ZZZ09999999999"
    assert checked_creditor_id("DE98ABC09999999999") == "DE98ABC09999999999"  # another business code, same digits


@pytest.mark.parametrize(
    ("changes", "field", "problem"),
    [
        ({"creditor_name": " "}, "creditor_name", "required"),
        ({"creditor_address": "\n \n"}, "creditor_address", "required"),
        ({"debtor_name": ""}, "debtor_name", "required"),
        ({"debtor_name": "A" * 71}, "debtor_name", "too_long"),
        ({"creditor_name": "Stadt " + "M" * 65}, "creditor_name", "too_long"),
        ({"debtor_address": ""}, "debtor_address", "required"),
        ({"place": ""}, "place", "required"),
        ({"bic": "COKS"}, "bic", "bic_format"),
        ({"signed_on": dt.date(2026, 12, 3)}, "signed_on", "in_future"),
    ],
)
def test_missing_or_impossible_values_are_refused(changes: dict[str, Any], field: str, problem: str) -> None:
    assert refused(**changes) == (field, problem)


def test_a_name_with_a_character_outside_din_91379_is_refused() -> None:
    with pytest.raises(InvalidCharacter) as error:
        checked_mandate(**fields(debtor_name="Max ☺ Muster"))
    assert (error.value.field, error.value.character) == ("debtor_name", "☺")


def test_the_mandate_text_for_recurring_payments() -> None:
    text = mandate_text(checked_mandate(**fields(bic="COBADEFFXXX")))
    assert text.splitlines() == [
        "SEPA-Lastschriftmandat für wiederkehrende Zahlungen",
        "Zahlungsempfänger: Stadt Musterstadt, Rathausplatz 1, 12345 Musterstadt",
        "Gläubiger-Identifikationsnummer: DE98ZZZ09999999999",
        "Mandatsreferenz: HUNDESTEUER-2026-000123",
        "",
        "Ich ermächtige Stadt Musterstadt, Zahlungen von meinem Konto mittels Lastschrift einzuziehen. Zugleich "
        "weise ich mein Kreditinstitut an, die von Stadt Musterstadt auf mein Konto gezogenen Lastschriften "
        "einzulösen.",
        "Hinweis: Ich kann innerhalb von acht Wochen, beginnend mit dem Belastungsdatum, die Erstattung des "
        "belasteten Betrages verlangen. Es gelten dabei die mit meinem Kreditinstitut vereinbarten Bedingungen.",
        "",
        "Kontoinhaber: Ayşe Öztürk",
        "Anschrift: Lindenweg 4, 12345 Musterstadt",
        "IBAN: DE89 3704 0044 0532 0130 00",
        "BIC: COBADEFFXXX",
        "Ort, Datum: Musterstadt, 30.11.2026",
    ]


def test_the_mandate_text_for_one_payment() -> None:
    text = mandate_text(checked_mandate(**fields(kind=MandateKind.ONE_OFF)))
    assert text.startswith("SEPA-Lastschriftmandat für eine einmalige Zahlung\n")
    assert "Ich ermächtige Stadt Musterstadt, eine Zahlung von meinem Konto mittels Lastschrift einzuziehen." in text
    assert "die von Stadt Musterstadt auf mein Konto gezogene Lastschrift einzulösen." in text
    assert "DE98ZZZ09999999999" in text
    assert "Mandatsreferenz: HUNDESTEUER-2026-000123" in text
    assert "BIC" not in text  # none given


def test_a_mandate_lapses_after_36_months_unused() -> None:
    mandate = checked_mandate(**fields(signed_on=dt.date(2023, 3, 15), today=dt.date(2023, 3, 15)))
    assert mandate_last_valid_day(mandate, None) == dt.date(2026, 3, 15)  # never used: from the signature
    assert not mandate_lapsed(mandate, None, dt.date(2026, 3, 15))
    assert mandate_lapsed(mandate, None, dt.date(2026, 3, 16))
    assert mandate_last_valid_day(mandate, dt.date(2024, 2, 15)) == dt.date(2027, 2, 15)  # from the last debit
    assert not mandate_lapsed(mandate, dt.date(2024, 2, 15), dt.date(2026, 3, 16))
    assert mandate_last_valid_day(mandate, dt.date(2024, 2, 29)) == dt.date(2027, 2, 28)  # no 29 February in 2027


def test_the_town_data_keeps_one_code_for_any_fault() -> None:
    """The town's bank details share the checks but keep their single "invalid" (one message in the town data)."""
    assert normalised_iban("de89 3704 0044 0532 0130 00") == "DE89370400440532013000"
    assert normalised_creditor_id("de98 zzz0 9999 9999 99") == "DE98ZZZ09999999999"
    for check, value in ((normalised_iban, "DE88370400440532013000"), (normalised_creditor_id, "DE97ZZZ09999999999")):
        with pytest.raises(InvalidInput) as error:
            check(value)
        assert error.value.problem == "invalid"
    assert checked_iban("DE89370400440532013000") == "DE89370400440532013000"
