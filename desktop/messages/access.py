"""The wording of refusals about access: a session whose rights changed, a locked account, passwords, and the
holder and state rules of case work (take the case over first; not on a closed case; more than the open fee)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.core.catalogue import QT_TRANSLATE_NOOP, translate
from desktop.core.labels import status_label
from desktop.core.user_message import UserMessage
from models.errors import (
    AccessRevoked,
    AccountLocked,
    AmountBeyondOpenFee,
    CaseNotWorkable,
    FormDataInvalid,
    NotClaimed,
)
from models.german_format import format_clock, format_euro

#: Invalid inputs of passwords, accounts and reasons, by (field, problem).
ACCESS_INVALID_INPUT = {
    ("password", "too_short"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The password is too short: it needs at least 10 characters. A short sentence is easy to "
        "remember, for example “Drei Akten im Regal 7”.",
    ),
    ("password", "too_long"): QT_TRANSLATE_NOOP("ErrorMessages", "The password is too long (at most 256 characters)."),
    ("password", "contains_username"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The password must not be or contain the user name. Please choose another one."
    ),
    ("password", "one_character"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The password must not consist of one character repeated. Please choose another one."
    ),
    ("password", "common"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "This password is one of the most common passwords (such as “Passwort1234” or “Sommer2026!”) and is "
        "guessed within seconds. Please choose another one.",
    ),
    ("password", "unchanged"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The new password is the old one. Please choose a new password."
    ),
    ("password", "mismatch"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The two entries of the new password differ; nothing was changed. Please try again."
    ),
    ("password", "no_account"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Only a member of staff who is logged in has an own password. Please name the user whose password "
        "is to be changed.",
    ),
    ("old_password", "wrong"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The current password is wrong; the password was not changed."
    ),
    ("username", "last_admin"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "This is the last active IT administrator: without one nobody could manage the accounts any more. Please "
        "give another user the role first.",
    ),
    ("display_name", "required"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "Please enter the name of the member of staff; the case history shows it. Nothing was saved."
    ),
    ("reprint_reason", "not_a_sentence"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Please say in a few words why the letter is printed again (for example “Brief kam unzustellbar "
        "zurück”). The reason is entered in the outgoing-mail book.",
    ),
    ("excess_reason", "not_a_sentence"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Please say in a few words why more than the open fee is paid (for example “Zweite Ausfertigung "
        "gewünscht”). The reason is entered in the case history.",
    ),
    ("excess_reason", "too_long"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The reason is too long (at most 500 characters). Please shorten it."
    ),
    ("correction_reason", "required"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "Please give the reason for the correction. It is entered in the case history."
    ),
    ("correction_reason", "not_a_sentence"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Please say in a few words why the details are corrected (for example “Hausnummer laut Ausweis”). The "
        "reason is entered in the case history.",
    ),
    ("correction_reason", "too_long"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The reason is too long (at most 500 characters). Please shorten it."
    ),
    ("form_data", "unchanged"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "Nothing was changed in the details; there is nothing to correct."
    ),
    ("channel", "online_only_from_intake"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Online applications arrive only through FIT-Connect. Please enter a walk-in citizen's application as a "
        "counter case.",
    ),
}

_STEPS = {
    "payment": QT_TRANSLATE_NOOP("ErrorMessages", "no payment can be recorded for it any more"),
    "fee_notice": QT_TRANSLATE_NOOP("ErrorMessages", "no fee notice can be written for it any more"),
    "release": QT_TRANSLATE_NOOP("ErrorMessages", "it cannot be given back to the queue any more"),
    "transition": QT_TRANSLATE_NOOP("ErrorMessages", "this step is not possible any more"),
    "correct_form_data": QT_TRANSLATE_NOOP("ErrorMessages", "its details cannot be corrected any more"),
    "set_tariff_fee": QT_TRANSLATE_NOOP("ErrorMessages", "its fee cannot be set any more"),
}


def _access_revoked(_error: AccessRevoked) -> UserMessage:
    return UserMessage(
        translate("ErrorMessages", "Please log in again"),
        translate(
            "ErrorMessages",
            "Your access has been changed or disabled; please log in again. Nothing was saved. If you think this is "
            "a mistake, please contact the IT administration.",
        ),
    )


def _account_locked(error: AccountLocked) -> UserMessage:
    return UserMessage(
        translate("ErrorMessages", "Login locked"),
        translate(
            "ErrorMessages",
            "After several wrong passwords in a row this account is locked until {time}. Please wait until then "
            "and check the password (is Caps Lock on?), or ask the IT administration to unlock it.",
        ).format(time=format_clock(error.until)),
    )


def _not_claimed(error: NotClaimed) -> UserMessage:
    return UserMessage(
        translate("ErrorMessages", "Please take over the case first"),
        translate(
            "ErrorMessages",
            "Case {reference} is not assigned to you. Please take it over first (Ctrl+U); then you can record "
            "payments and write notices for it.",
        ).format(reference=error.reference),
    )


def _case_not_workable(error: CaseNotWorkable) -> UserMessage:
    step = _STEPS.get(error.step, _STEPS["transition"])
    return UserMessage(
        translate("ErrorMessages", "Step not possible"),
        translate("ErrorMessages", "Case {reference} is “{status}”, so {step}. The view has been refreshed.").format(
            reference=error.reference, status=status_label(error.status), step=translate("ErrorMessages", step)
        ),
    )


def _amount_beyond_open_fee(error: AmountBeyondOpenFee) -> UserMessage:
    return UserMessage(
        translate("ErrorMessages", "Please check the amount"),
        translate(
            "ErrorMessages",
            "The amount of {amount} is more than the fee still open ({open}). Please check your entry; if it is "
            "right (for example a further copy), please give the reason.",
        ).format(amount=format_euro(error.amount_cents), open=format_euro(error.open_cents)),
    )


def _form_data_invalid(error: FormDataInvalid) -> UserMessage:
    """The form shows each problem at its field; this is the summary (the problems are German already)."""
    return UserMessage(
        translate("ErrorMessages", "Please check the details"),
        translate("ErrorMessages", "The details cannot be saved like this: {problems}").format(
            problems="; ".join(dict.fromkeys(p.message_de for p in error.problems))
        ),
    )


# Most specific first (AmountBeyondOpenFee is an InvalidInput: before the general InvalidInput describer).
ACCESS_DESCRIBERS: tuple[tuple[type[Any], Callable[[Any], UserMessage]], ...] = (
    (AccessRevoked, _access_revoked),
    (AccountLocked, _account_locked),
    (NotClaimed, _not_claimed),
    (CaseNotWorkable, _case_not_workable),
    (AmountBeyondOpenFee, _amount_beyond_open_fee),
    (FormDataInvalid, _form_data_invalid),
)
