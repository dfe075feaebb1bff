"""The wording of refused waste-bin changes: sizes the tariff lacks, implausible counts, too little residual volume."""

from __future__ import annotations

from desktop.core.catalogue import QT_TRANSLATE_NOOP

#: Invalid inputs of the waste-bin register and its fee statute, by (field, problem).
WASTE_BIN_INVALID_INPUT = {
    ("bin_size", "unknown"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The fee statute has no bin of this size for this kind of waste. Please choose one of the sizes it lists.",
    ),
    ("bin_count", "out_of_range"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "Please give between 1 and 10 bins of one kind and size."
    ),
    ("residual_volume", "below_minimum"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The residual-waste bins hold less than the statute's minimum for the residents registered at the property "
        "(15 litres per resident and week). Please choose a larger bin, more bins or a shorter interval.",
    ),
}
