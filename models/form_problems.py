"""Form data checked as the intake checks it, each problem placed at its field with a German message.

:func:`form_problems` runs the validator of :mod:`models.form_validation` (the intake's) and turns every
``jsonschema`` error into a :class:`FieldProblem` at the path of the field the clerk has to change: a missing
property at the property itself (not at the object that lacks it), a branch of ``anyOf`` that asks for one of several
properties at the first of them. Names are also checked against DIN 91379 (data type A). The German texts are in
:data:`MESSAGES`, keyed by the problem's machine code; ``tests/models/test_form_problems.py`` raises every one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from jsonschema.exceptions import ValidationError

from models.din91379 import DataType, first_refused
from models.form_validation import schema_validator

Path = tuple[str | int, ...]

#: The German text of each problem code; ``{n}`` is the limit of the schema, ``{hint}`` what the field expects.
MESSAGES: dict[str, str] = {
    "required": "Pflichtangabe",
    "date": "Datum im Format TT.MM.JJJJ",
    "date_impossible": "Diesen Tag gibt es nicht: Datum im Format TT.MM.JJJJ",
    "email": "E-Mail-Adresse wie name@example.de",
    "pattern": "Bitte im vorgesehenen Format angeben: {hint}",
    "max_length": "höchstens {n} Zeichen",
    "min_length": "mindestens {n} Zeichen",
    "minimum": "mindestens {n}",
    "maximum": "höchstens {n}",
    "max_items": "höchstens {n} Stück",
    "min_items": "mindestens {n} Stück",
    "choice": "bitte einen der Werte wählen",
    "confirm": "bitte bestätigen",
    "number": "bitte eine Zahl angeben",
    "integer": "bitte eine ganze Zahl angeben",
    "one_of_these": "bitte mindestens eine dieser Angaben: {hint}",
    "name_character": "Das Zeichen „{hint}“ ist in Namen nicht zulässig (DIN 91379)",
    "invalid": "Angabe ungültig",
}

#: What a pattern of the shipped schemas asks for, where the field's own description does not say it.
_PATTERN_HINTS: dict[str, str] = {
    "^[0-9]{5}$": "5 Ziffern",
    "^[A-Z]{2}$": "Länderkürzel wie DE",
    "^[A-Z0-9][A-Z0-9 -]{1,9}$": "Großbuchstaben und Ziffern",
    "^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$": "IBAN ohne Leerzeichen wie DE02120300000000202051",
    "^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$": "BIC wie BYLADEM1001",
    "^[A-Z]{1,2} ?[0-9]{1,5}/[0-9]{4}$": "wie G 123/2026",
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}$": "TT.MM.JJJJ",
}

#: Properties that hold a natural person's name (DIN 91379 data type A).
NAME_KEYS = frozenset({"givenNames", "familyName", "birthName", "namePrefix", "accountHolder", "recipient"})

_GERMAN_DATE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$")


@dataclass(frozen=True)
class FieldProblem:
    """What is wrong at one field: ``path`` into the form data, a machine ``code`` and the German message."""

    path: Path
    code: str
    message_de: str


def problem(path: Path, code: str, **values: object) -> FieldProblem:
    return FieldProblem(path, code, MESSAGES[code].format(**values))


class NotADate(ValueError):
    """Text that is no German date (``code`` "date") or names a day that does not exist ("date_impossible")."""

    def __init__(self, text: str, code: str) -> None:
        super().__init__(f"not a date: {text!r}")
        self.code = code


def iso_from_german(text: str) -> str:
    """``"24.12.2026"`` as ``"2026-12-24"``; :class:`NotADate` for anything else, also for 31.02.2026."""
    match = _GERMAN_DATE.match(text)
    if match is None:
        raise NotADate(text, "date")
    day, month, year = (int(part) for part in match.groups())
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError as error:
        raise NotADate(text, "date_impossible") from error


def german_from_iso(text: str) -> str:
    """``"2026-12-24"`` as ``"24.12.2026"``; text that is no ISO date is returned unchanged."""
    try:
        return dt.date.fromisoformat(text).strftime("%d.%m.%Y")
    except ValueError:
        return text


def german_number(value: float) -> str:
    """A limit as the clerk reads it: ``50``, ``0,5``."""
    if isinstance(value, float) and not value.is_integer():
        return str(value).replace(".", ",")
    return str(int(value))


def form_problems(schema: dict[str, Any], data: dict[str, Any]) -> list[FieldProblem]:
    """Every problem of ``data`` against ``schema`` (as the intake checks it) plus refused name characters."""
    found: dict[tuple[Path, str], FieldProblem] = {}
    errors = schema_validator(schema).iter_errors(data)
    for field_problem in [*(p for error in errors for p in _problems(error, schema)), *_name_problems(data, ())]:
        found.setdefault((field_problem.path, field_problem.code), field_problem)
    return list(found.values())


def _problems(error: ValidationError, root: dict[str, Any]) -> Iterator[FieldProblem]:
    path: Path = tuple(error.absolute_path)
    keyword = str(error.validator)
    limit: Any = error.validator_value
    if keyword == "required":
        instance = error.instance if isinstance(error.instance, dict) else {}
        yield from (problem((*path, key), "required") for key in limit if key not in instance)
    elif keyword == "format":
        yield problem(path, "date" if limit == "date" else "email" if limit == "email" else "invalid")
    elif keyword == "pattern":
        yield problem(path, "pattern", hint=_pattern_hint(error.schema, str(limit)))
    elif keyword in _LIMITS:
        yield problem(path, _LIMITS[keyword], n=german_number(limit))
    elif keyword == "const" and limit is True:
        yield problem(path, "confirm")
    elif keyword in ("anyOf", "oneOf") and _alternatives(limit):
        keys = [key for alternative in _alternatives(limit) for key in alternative]
        titles = ", ".join(_title(error.schema, key) for key in keys)
        yield problem((*path, keys[0]), "one_of_these", hint=titles)
    elif keyword in ("enum", "const", "anyOf", "oneOf"):
        yield problem(path, "choice")
    elif keyword == "type":
        yield problem(path, "integer" if limit == "integer" else "number" if limit == "number" else "invalid")
    else:
        yield problem(path, "invalid")


_LIMITS = {
    "maxLength": "max_length",
    "minLength": "min_length",
    "minimum": "minimum",
    "maximum": "maximum",
    "exclusiveMinimum": "minimum",
    "exclusiveMaximum": "maximum",
    "maxItems": "max_items",
    "minItems": "min_items",
}


def _pattern_hint(schema: Any, pattern: str) -> str:
    if isinstance(schema, dict) and isinstance(schema.get("description"), str):
        return str(schema["description"])
    return _PATTERN_HINTS.get(pattern, pattern)


def _alternatives(branches: Any) -> list[list[str]]:
    """The required properties of each branch, when every branch only requires properties (``anyOf`` of
    ``{"required": [...]}``); else an empty list."""
    if not isinstance(branches, list) or not all(isinstance(b, dict) and set(b) == {"required"} for b in branches):
        return []
    return [list(branch["required"]) for branch in branches]


def _title(schema: Any, key: str) -> str:
    properties = schema.get("properties", {}) if isinstance(schema, dict) else {}
    prop = properties.get(key)
    return str(prop["title"]) if isinstance(prop, dict) and prop.get("title") else key


def _name_problems(value: Any, path: Path) -> Iterable[FieldProblem]:
    if isinstance(value, dict):
        for key, item in value.items():
            if key in NAME_KEYS and isinstance(item, str):
                refused = first_refused(item, DataType.NAME)
                if refused is not None:
                    yield problem((*path, key), "name_character", hint=refused)
            else:
                yield from _name_problems(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _name_problems(item, (*path, index))
