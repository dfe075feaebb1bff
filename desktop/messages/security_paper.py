"""The wording of refused steps with the security paper of the certificate printers, of refused certificates and
of mistyped verification codes."""

from __future__ import annotations

from desktop.core.catalogue import QT_TRANSLATE_NOOP

#: Invalid inputs of the security paper and the verification codes, by (field, problem).
SECURITY_PAPER_INVALID_INPUT = {
    ("workstation", "invalid"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The workstation's name is empty or too long (at most 80 characters)."
    ),
    ("sheet_serial", "invalid"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The sheet number is not a number of the security paper (1 to 99,999,999)."
    ),
    ("sheet_serial", "not_in_stock"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "This sheet number is not in the security paper loaded at this workstation. Please check the number printed "
        "on the sheet, or load its range first.",
    ),
    ("sheet_serial", "already_used"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "This sheet has already been printed or logged as spoiled; a sheet is used only once."
    ),
    ("sheet_serial", "stock_empty"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The security paper of this workstation is used up. Please load new sheets into the certificate printer and "
        "record their numbers.",
    ),
    ("paper_range", "reversed"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The first sheet number is larger than the last. Please check the numbers."
    ),
    ("paper_range", "too_large"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "A range may hold at most 10,000 sheets. Please record the boxes one by one."
    ),
    ("paper_range", "overlaps"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Some of these sheet numbers have already been loaded (at this or another workstation). Please check the "
        "numbers on the paper.",
    ),
    ("spoil_reason", "missing"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "Please say why the sheet is spoiled (e.g. paper jam, misprint); the log needs a reason."
    ),
    ("spoil_reason", "too_long"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The reason is too long (at most 500 characters). Please shorten it."
    ),
    ("verification_code", "format"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "This is not a verification code: it has twelve letters and digits in three groups, e.g. K7QX-3M9P-2TBW.",
    ),
    ("verification_code", "typo"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The verification code is mistyped: its check character does not fit. Please compare it character by "
        "character with the certificate.",
    ),
    ("certificate_kind", "other_register"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "This certificate is not issued from this register (e.g. a marriage certificate from a birth entry). Please "
        "choose the certificate of the entry's register, or a certified register printout.",
    ),
    ("replaced_certificate", "not_replaceable"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The certificate to be replaced belongs to another entry or has already been replaced. Please check its "
        "verification code.",
    ),
    ("certificates", "none"): QT_TRANSLATE_NOOP("ErrorMessages", "Please choose at least one certificate."),
    ("certificates", "too_many"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "At most 30 certificates can be printed at once. Please split the order."
    ),
    ("without_parents", "birth_certificate_only"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "Only a birth certificate is issued without the parents (§ 59 (2) PStG)."
    ),
    ("certificate_copies", "out_of_range"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "Please choose 1 to 10 copies of a certificate."
    ),
}
