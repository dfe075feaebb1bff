"""The waste-fee statute: annual fees equal a hand-computed table; the minimum residual volume per resident; sizes
the tariff lacks are refused with their own German message."""

from __future__ import annotations

import pytest

from desktop.core.catalogue import translate
from desktop.messages.error_messages import describe_error
from desktop.messages.waste_bins import WASTE_BIN_INVALID_INPUT
from models.errors import InvalidInput
from models.registers.waste_bins.statute import BinLine, BinType, Interval, town_waste_statute
from tests.support.german_messages import german_messages  # noqa: F401 - a fixture

pytestmark = pytest.mark.usefixtures("german_messages")  # the messages are checked in German

R, B, P = BinType.RESIDUAL, BinType.BIO, BinType.PAPER
W, TW, FW = Interval.WEEKLY, Interval.BIWEEKLY, Interval.FOURWEEKLY


@pytest.mark.parametrize(
    ("lines", "cents"),
    [
        # 120 l residual every two weeks: 4,20 € × 26 = 109,20 €
        ([BinLine(R, 120, 1, TW)], 10_920),
        # + 120 l bio every two weeks (2,40 € × 26 = 62,40 €) + a free paper bin: 171,60 €
        ([BinLine(R, 120, 1, TW), BinLine(B, 120, 1, TW), BinLine(P, 240, 1, FW)], 17_160),
        # two 1,100 l residual weekly: 2 × 38,50 € × 52 = 4.004,00 €
        ([BinLine(R, 1100, 2, W)], 400_400),
        # 60 l residual every four weeks: 2,10 € × 13 = 27,30 €
        ([BinLine(R, 60, 1, FW)], 2_730),
        # three 240 l bio weekly: 3 × 4,80 € × 52 = 748,80 €
        ([BinLine(B, 240, 3, W)], 74_880),
    ],
)
def test_annual_fees_equal_the_hand_computed_table(lines: list[BinLine], cents: int) -> None:
    assert town_waste_statute().annual_fee_cents(lines) == cents


@pytest.mark.parametrize(
    ("lines", "residents", "enough"),
    [
        ([BinLine(R, 120, 1, TW)], 4, True),  # 60 l a week for 4 × 15 l
        ([BinLine(R, 120, 1, TW)], 5, False),  # 60 l for 75 l
        ([BinLine(R, 80, 1, TW), BinLine(R, 60, 1, TW)], 4, True),  # 40 + 30 l
        ([BinLine(R, 120, 1, FW)], 4, False),  # 120 l every four weeks is 30 l a week
        ([BinLine(B, 240, 2, W), BinLine(P, 1100, 1, W)], 1, False),  # bio and paper do not count
        ([BinLine(R, 1100, 2, W)], 146, True),  # 2,200 l a week for up to 146 residents
        ([BinLine(R, 1100, 2, W)], 147, False),
    ],
)
def test_the_minimum_residual_volume_per_resident(lines: list[BinLine], residents: int, enough: bool) -> None:
    statute = town_waste_statute()
    if enough:
        statute.check_minimum(lines, residents)
    else:
        with pytest.raises(InvalidInput) as refused:
            statute.check_minimum(lines, residents)
        assert (refused.value.field, refused.value.problem) == ("residual_volume", "below_minimum")


@pytest.mark.parametrize(
    ("line", "field", "german"),
    [
        (BinLine(B, 1100, 1, TW), "bin_size", "Die Abfallgebührensatzung kennt für diese Abfallart keinen Behälter"),
        (BinLine(R, 100, 1, TW), "bin_size", "Die Abfallgebührensatzung kennt für diese Abfallart keinen Behälter"),
        (BinLine(R, 120, 0, TW), "bin_count", "Bitte geben Sie je Abfallart und Größe zwischen 1 und 10 Behälter an."),
    ],
)
def test_a_bin_the_tariff_does_not_know_is_refused_in_german(line: BinLine, field: str, german: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        town_waste_statute().annual_fee_cents([line])
    assert refused.value.field == field
    message = describe_error(refused.value)
    assert message is not None
    assert message.text.startswith(german)


def test_every_waste_bin_message_is_translated() -> None:
    for (field, problem), english in WASTE_BIN_INVALID_INPUT.items():
        message = describe_error(InvalidInput(field, problem))
        assert message is not None
        assert message.text == translate("ErrorMessages", english)
        assert message.text != english
