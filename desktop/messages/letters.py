"""The wording of invalid inputs around letters: template texts, letters, fee notices, printing and the payment block.

Template problems arrive as ``InvalidInput(field, problem)`` with ``field`` one of subject, salutation, body and
``problem`` like ``syntax_error:<line>:<message>``, ``unknown_placeholder:<name>`` or ``limit:<bound>:<value>``
(:class:`~models.errors.TemplateTooCostly`); :func:`template_problem_text` words one for the label next to the
field, :func:`template_message` for a message box. When a clerk's decision cannot write its letter because of
the template, :func:`letter_text_message` tells the clerk that nothing was booked and who can fix the text.
"""

from __future__ import annotations

from desktop.core.catalogue import QT_TRANSLATE_NOOP, translate
from desktop.core.labels import document_kind_label
from desktop.core.user_message import UserMessage
from models.documents import DocumentKind
from models.errors import InvalidInput, LetterTextUnusable

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
}

#: Bounds of filling in a template (``limit:<name>:<bound>``); {bound} is the bound.
_LIMIT_PROBLEMS = {
    "time": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Filling in the text takes too long (the limit is {bound} s). Please simplify the repetitions (“for”) and "
        "calculations in the text.",
    ),
    "loop": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The text repeats too often (more than {bound} repetitions in all). Please check the repetitions (“for”), "
        "especially one inside another.",
    ),
    "calls": QT_TRANSLATE_NOOP(
        "ErrorMessages", "The text calls macros or functions too often (more than {bound} calls). Please simplify it."
    ),
    "recursion": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "A macro calls itself too deeply (more than {bound} levels), or the text is nested too deeply. Please "
        "remove the self-call.",
    ),
    "size": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The text builds a value that is too large (more than {bound} characters or list entries), e.g. by "
        "multiplying or repeating text. Please remove that calculation.",
    ),
    "number": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The text calculates a number that is too large (e.g. a power such as 7 ** 1000). Please remove that "
        "calculation.",
    ),
    "output": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Filled in, the text would be too long (more than {bound} characters). Please check the repetitions "
        "(“for”) in the text.",
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
    if kind == "limit":
        limit, _, bound = rest.partition(":")
        if limit in _LIMIT_PROBLEMS:
            return translate("ErrorMessages", _LIMIT_PROBLEMS[limit]).format(
                bound=_german_number(bound), loop="{% for %}"
            )
    known = _TEMPLATE_PROBLEMS.get(problem)
    if known is not None:
        return translate("ErrorMessages", known)
    return translate("ErrorMessages", "The text cannot be used ({problem}).").format(problem=problem)


def _german_number(text: str) -> str:
    """``10000`` → ``10.000``, ``0.25`` → ``0,25``, as a German reads numbers."""
    try:
        number = float(text)
    except ValueError:
        return text
    if number.is_integer():
        return f"{int(number):,}".replace(",", ".")
    return f"{number:g}".replace(".", ",")


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


def letter_text_message(error: LetterTextUnusable) -> UserMessage:
    """A clerk's step could not write its letter: the template does not fill in for this case. Nothing happened.

    What is wrong with the text is for the IT administration: it goes into the details.
    """
    return UserMessage(
        translate("ErrorMessages", "Letter not written"),
        translate(
            "ErrorMessages",
            "The letter “{letter}” for case {reference} could not be written: its letter text cannot be filled in "
            "for this case. Nothing was saved; the step was not carried out. Please tell the IT administration "
            "(the details say what is wrong with the text): they can correct it under Extras → Letter templates. "
            "Then try again.",
        ).format(letter=document_kind_label(DocumentKind(error.kind)), reference=error.reference),
        f"{template_problem_text(error.problem)}\n{error}",
    )
