"""The wording of refused names and addresses (DIN 91379) and of texts too long for their field.

The message names the refused character by its code point and Unicode name — never by showing it, since a
bidirectional override or a zero-width character would be invisible or scramble the message itself.
"""

from __future__ import annotations

from desktop.core.catalogue import QT_TRANSLATE_NOOP, translate
from desktop.core.user_message import UserMessage
from models.din91379 import character_label
from models.errors import InvalidCharacter, TooLong

_FIELDS = {
    "given_names": QT_TRANSLATE_NOOP("NameFields", "given names"),
    "family_name": QT_TRANSLATE_NOOP("NameFields", "family name"),
    "title": QT_TRANSLATE_NOOP("NameFields", "doctoral degree"),
    "name_prefix": QT_TRANSLATE_NOOP("NameFields", "name prefix"),
    "birth_name": QT_TRANSLATE_NOOP("NameFields", "birth name"),
    "doctoral_degree": QT_TRANSLATE_NOOP("NameFields", "doctoral degree"),
    "birth_place": QT_TRANSLATE_NOOP("NameFields", "place of birth"),
    "change_reason": QT_TRANSLATE_NOOP("NameFields", "reason for the change"),
    "street": QT_TRANSLATE_NOOP("NameFields", "street"),
    "house_number": QT_TRANSLATE_NOOP("NameFields", "house number"),
    "postcode": QT_TRANSLATE_NOOP("NameFields", "postcode"),
    "city": QT_TRANSLATE_NOOP("NameFields", "town"),
    "address_addition": QT_TRANSLATE_NOOP("NameFields", "address addition"),
    "email": QT_TRANSLATE_NOOP("NameFields", "e-mail address"),
    "phone": QT_TRANSLATE_NOOP("NameFields", "phone number"),
    "display_name": QT_TRANSLATE_NOOP("NameFields", "display name"),
    "name": QT_TRANSLATE_NOOP("NameFields", "name of the town"),
    "department": QT_TRANSLATE_NOOP("NameFields", "department"),
    "bank_name": QT_TRANSLATE_NOOP("NameFields", "bank"),
    "court_name": QT_TRANSLATE_NOOP("NameFields", "administrative court"),
    "court_address": QT_TRANSLATE_NOOP("NameFields", "address of the court"),
    "event_place": QT_TRANSLATE_NOOP("NameFields", "place of the event"),
    "officer_name": QT_TRANSLATE_NOOP("NameFields", "registrar's name"),
    "annotation_text": QT_TRANSLATE_NOOP("NameFields", "text of the annotation"),
}


def field_label(field: str) -> str:
    known = _FIELDS.get(field)
    return translate("NameFields", known) if known else field


def invalid_character_message(error: InvalidCharacter) -> UserMessage:
    code = f"U+{ord(error.character):04X}"
    if error.in_address:
        text = translate(
            "ErrorMessages",
            "Character {code} is not permitted in addresses (field “{field}”; {name}). Please enter the address "
            "with the letters, digits and punctuation of DIN 91379 only; nothing was saved.",
        )
    else:
        text = translate(
            "ErrorMessages",
            "Character {code} is not permitted in names (field “{field}”; {name}). Please enter the name as it is "
            "written in the identity document, with the letters of DIN 91379 only; nothing was saved.",
        )
    return UserMessage(
        translate("ErrorMessages", "Please check your entry"),
        text.format(code=code, field=field_label(error.field), name=character_label(error.character)),
    )


def too_long_message(error: TooLong) -> UserMessage:
    return UserMessage(
        translate("ErrorMessages", "Please check your entry"),
        translate(
            "ErrorMessages",
            "The entry “{field}” is too long: {length} characters, at most {limit} fit. Please shorten it; nothing "
            "was saved.",
        ).format(field=field_label(error.field), length=error.length, limit=error.limit),
    )
