"""The wording of invalid inputs around letters: template texts, letters, fee notices, printing and the payment block.

Template problems arrive as ``InvalidInput(field, problem)`` with ``field`` one of subject, salutation, body and
``problem`` like ``syntax_error:<line>:<message>`` or ``unknown_placeholder:<name>``; :func:`template_problem_text`
words one for the label next to the field, :func:`template_message` for a message box.
"""

from __future__ import annotations

from desktop.translations import QT_TRANSLATE_NOOP, translate
from desktop.user_message import UserMessage
from models.errors import InvalidInput

TEMPLATE_FIELDS = {
    "subject": QT_TRANSLATE_NOOP("ErrorMessages", "Subject"),
    "salutation": QT_TRANSLATE_NOOP("ErrorMessages", "Salutation"),
    "body": QT_TRANSLATE_NOOP("ErrorMessages", "Text"),
}

_TEMPLATE_PROBLEMS = {
    "required": QT_TRANSLATE_NOOP("ErrorMessages", "Please enter a subject; every letter needs one."),
    "not_allowed": QT_TRANSLATE_NOOP(
        "ErrorMessages", "The text uses something letter texts must not use. Please use only the listed placeholders."
    ),
    "template_too_long": QT_TRANSLATE_NOOP(
        "ErrorMessages", "The text is too long (at most 20,000 characters). Please shorten it."
    ),
    "text_too_long": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Filled in, the text would be too long (more than 40,000 characters). Please check the repetitions "
        "({% for %}) in the text.",
    ),
}

#: Invalid inputs of letters, fee notices, printing and the payment details, by (field, problem).
LETTER_INVALID_INPUT = {
    ("reprint_reason", "required"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "Please give a reason for the reprint. It is entered in the outgoing-mail book."
    ),
    ("reprint_reason", "too_long"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The reason is too long (at most 1000 characters). Please shorten it."
    ),
    ("print_queue", "nothing_to_print"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "There is nothing to print: the chosen letters have been printed in the meantime (perhaps at another "
        "workstation). The list has been refreshed.",
    ),
    ("document", "not_printed_yet"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "This letter has not been printed yet. Please print it from the print queue."
    ),
    ("fee", "nothing_to_pay"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "No fee notice was written: the fee of this case has been paid in full."
    ),
    ("recipient", "no_postal_address"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "No letter can be written: the applicant has no postal address. Please add the address (at least postcode "
        "and town) or hand the letter over in person.",
    ),
    ("missing_documents", "required"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "Please list the missing documents, one per line. The list is printed in the letter."
    ),
    ("reply_by", "not_in_future"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The reply deadline must be in the future. Please choose a later date."
    ),
    ("amount", "above_epc_maximum"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The amount is too high for a bank transfer form (GiroCode). Please check the fee."
    ),
    ("payment", "too_long_for_girocode"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The payment details are too long for the GiroCode. Please ask the IT to shorten the town's account "
        "holder name or the purpose of payment.",
    ),
}

#: Problems of the town's bank details (set by the IT in the town settings), by field.
_BANK_FIELDS = {
    "beneficiary": QT_TRANSLATE_NOOP("ErrorMessages", "the account holder"),
    "iban": QT_TRANSLATE_NOOP("ErrorMessages", "the IBAN"),
    "bic": QT_TRANSLATE_NOOP("ErrorMessages", "the BIC"),
    "purpose": QT_TRANSLATE_NOOP("ErrorMessages", "the purpose of payment"),
}


def template_problem_text(problem: str) -> str:
    """What is wrong with one field of a letter template, in a sentence (without the field's name)."""
    kind, _, rest = problem.partition(":")
    if kind == "syntax_error":
        line, _, detail = rest.partition(":")
        return translate(
            "ErrorMessages",
            "Line {line}: the text cannot be read as a template ({detail}). Please check the brackets {variable} "
            "and {block}.",
        ).format(line=line, detail=detail, variable="{{ }}", block="{% %}")
    if kind == "unknown_placeholder":
        return translate(
            "ErrorMessages", "The placeholder “{name}” does not exist. Please choose one from the list of placeholders."
        ).format(name=rest)
    if kind == "template_error":
        return translate("ErrorMessages", "The text cannot be filled in: {detail}").format(detail=rest)
    known = _TEMPLATE_PROBLEMS.get(problem)
    if known is not None:
        return translate("ErrorMessages", known)
    return translate("ErrorMessages", "The text cannot be used ({problem}).").format(problem=problem)


def template_message(error: InvalidInput) -> UserMessage | None:
    """The message box text for a problem in a letter template; None for other invalid inputs."""
    if error.field not in TEMPLATE_FIELDS:
        return None
    field = translate("ErrorMessages", TEMPLATE_FIELDS[error.field])
    return UserMessage(
        translate("ErrorMessages", "Please check the letter text"),
        translate("ErrorMessages", "{field}: {problem}").format(
            field=field, problem=template_problem_text(error.problem)
        ),
    )


def bank_details_message(error: InvalidInput) -> UserMessage | None:
    """The town's bank details are unusable for a fee notice: only the IT can fix them."""
    if error.field not in _BANK_FIELDS:
        return None
    return UserMessage(
        translate("ErrorMessages", "Bank details incomplete"),
        translate(
            "ErrorMessages",
            "The fee notice cannot be written because {what} in the town's bank details is missing or not valid. "
            "Nothing was changed. Please ask the IT to correct the bank details in the town settings.",
        ).format(what=translate("ErrorMessages", _BANK_FIELDS[error.field])),
        str(error),
    )
