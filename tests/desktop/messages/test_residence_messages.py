"""A residence registration's refusals read in German, each with its own text."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core.catalogue import translate
from desktop.messages.error_messages import describe_error
from desktop.messages.residence import RESIDENCE_INVALID_INPUT
from models.errors import InvalidInput
from models.registers.residents.changes import MoveIn
from models.services.residence import check_landlord_confirmation, form_date, new_resident

MOVE = MoveIn("Mühlenbach", "22", dt.date(2026, 11, 20), "59821")
CONFIRMATION = {
    "present": True,
    "landlordName": "Immobilien Öztürk GmbH",
    "landlordAddress": {"street": "Am Markt", "houseNumber": "3", "postcode": "59821", "city": "Lindenbrück"},
    "moveInDate": "2026-11-20",
    "flatAddress": {"street": "Mühlenbach", "houseNumber": "22", "postcode": "59821"},
}


def _german(error: InvalidInput) -> str:
    message = describe_error(error)
    assert message is not None
    assert message.title == "Bitte Eingabe prüfen"
    return message.text


@pytest.mark.parametrize(
    ("confirmation", "text"),
    [
        (
            {**CONFIRMATION, "flatAddress": {**CONFIRMATION["flatAddress"], "houseNumber": "24"}},
            "Die Wohnungsgeberbestätigung gilt für eine andere Anschrift als die Anmeldung (Straße, Hausnummer oder "
            "Postleitzahl weichen ab). Bitte prüfen Sie beide; es wurde nichts gespeichert.",
        ),
        (
            {**CONFIRMATION, "moveInDate": "2026-11-19"},
            "Die Wohnungsgeberbestätigung nennt einen anderen Tag des Einzugs als die Anmeldung. Bitte prüfen Sie "
            "beide Daten; es wurde nichts gespeichert.",
        ),
        (
            {"present": False},
            "Die Wohnungsgeberbestätigung (§ 19 BMG) fehlt. Ein Einzug wird nur mit ihr angemeldet; bitte fordern "
            "Sie sie bei der Bürgerin oder dem Bürger an. Es wurde nichts gespeichert.",
        ),
    ],
)
def test_a_landlord_confirmation_that_does_not_match_reads_in_german(confirmation: object, text: str) -> None:
    check_landlord_confirmation({"landlordConfirmation": CONFIRMATION}, MOVE)  # the matching one passes
    with pytest.raises(InvalidInput) as refused:
        check_landlord_confirmation({"landlordConfirmation": confirmation}, MOVE)
    assert _german(refused.value) == text


def test_bad_dates_and_nationalities_of_the_form_read_in_german() -> None:
    with pytest.raises(InvalidInput) as refused:
        form_date("20.11.2026", "move_in_date")
    assert _german(refused.value) == "Der Tag des Einzugs in der Anmeldung ist kein Datum. Bitte berichtigen Sie ihn."
    person = {"givenNames": "Zoë", "familyName": "Weiß", "dateOfBirth": "2015-02-03", "nationalities": ["elbisch"]}
    with pytest.raises(InvalidInput) as refused:
        new_resident(person)
    assert _german(refused.value).startswith("Eine Staatsangehörigkeit im Formular kennt das Melderegister nicht.")
    assert new_resident({**person, "nationalities": ["türkisch", "DE"]}).nationalities == ("TR", "DE")


def test_every_residence_message_is_translated() -> None:
    for (field, problem), english in RESIDENCE_INVALID_INPUT.items():
        german = _german(InvalidInput(field, problem))
        assert german == translate("ErrorMessages", english)
        assert german != english, (field, problem)
