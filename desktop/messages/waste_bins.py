"""The wording of refused waste-bin changes: who may order, the effective date, bins the tariff or the property lacks,
too little residual volume."""

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
    ("applicant_role", "not_entitled"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Only the owner of the property or its property manager may order, exchange or cancel waste bins. Tenants "
        "please ask their landlord.",
    ),
    ("applicant_role", "not_owner"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The applicant is not the owner the waste-bin register has for this property. Please ask for proof of "
        "ownership (land register extract) or a power of attorney from the recorded owner; nothing was changed.",
    ),
    ("applicant_role", "not_manager"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The waste-bin register has another property manager (or none) for this property. Please ask for the "
        "management contract or a power of attorney from the owner; nothing was changed.",
    ),
    ("owner_name", "required"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "A property manager's order must name the owner of the property. Please add the owner."
    ),
    ("management_company", "required"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "Please give the name of the property management that places the order."
    ),
    ("effective_date", "required"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "Please give the date from which the change applies."
    ),
    ("effective_date", "invalid_date"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The date from which the change applies is not a valid date (DD.MM.YYYY)."
    ),
    ("effective_date", "implausible"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "A change of waste bins applies at most three months back and at most one year ahead. Please check the date.",
    ),
    ("effective_date", "before_last_change"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The property's bins were already changed with effect from a later date. A change can only apply from "
        "that date on; please choose a later date.",
    ),
    ("bin_change", "no_such_bin"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The property does not have the bins to be exchanged or cancelled (kind, size or number). Please compare "
        "the order with the bins in the register.",
    ),
    ("bin_change", "invalid"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "A line of the order cannot be read. Please enter the change again."
    ),
    ("bin_changes", "required"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The order names no change. Please add at least one bin to order, exchange or cancel."
    ),
    ("bin_changes", "too_many"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "One order holds at most six changes. Please split it into two orders."
    ),
    ("bin_action", "unknown"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "Please choose whether bins are ordered, exchanged or cancelled."
    ),
    ("bin_type", "unknown"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "Please choose the kind of waste: residual waste, bio waste or paper."
    ),
    ("bin_interval", "unknown"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "Please choose the emptying interval: weekly, every two weeks or every four weeks."
    ),
    ("bin_size", "invalid"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "Please choose the size of the bin in litres from the list."
    ),
    ("bin_count", "invalid"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "Please give the number of bins as a whole number between 1 and 10."
    ),
    ("previous_size", "required"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "For an exchange, please give the size of the bin the property has now."
    ),
    ("previous_size", "same_size"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "An exchange needs another size than the bin has now. Please check both sizes."
    ),
}
