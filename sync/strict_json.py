"""Parsing JSON from strangers: bounded depth, sane numbers, text that every database can store.

A submission's metadata and form data (and the identification report inside the metadata) are JSON written by a
portal we do not control. ``json.loads`` alone accepts things that later break the intake somewhere far away:
nesting thousands of levels deep (a ``RecursionError`` in whatever walks it next), integers with thousands of
digits (Python refuses to print them, PostgreSQL's ``jsonb`` to store them), ``NaN``/``Infinity`` (not JSON at all,
refused by PostgreSQL), lone UTF-16 surrogates (``"\\ud800"``: no UTF-8 encoding exists) and NUL characters
(PostgreSQL refuses them in ``text`` and ``jsonb``, SQLite stores them). :func:`parse_strict` refuses all of these
with a :class:`JsonRefused` that says where, so that both databases see exactly the same, storable data.
"""

from __future__ import annotations

import enum
import json
import math
from typing import Any

from models.storable_text import UNSTORABLE

#: Far deeper than any form (our deepest schema nests 5 levels) and far below Python's recursion limit.
MAX_DEPTH = 32
#: Digits and signs of one number: more than any amount, count or identifier a form holds as a number.
MAX_NUMBER_CHARACTERS = 40


class Refusal(enum.Enum):
    SYNTAX = "syntax"  # not JSON (or not UTF-8)
    DEPTH = "depth"  # nested deeper than allowed
    NUMBER = "number"  # NaN, Infinity, or a number with too many digits
    TEXT = "text"  # a string (or key) with a character no database should store


class JsonRefused(ValueError):
    """The payload is refused; ``path`` points at the offending value (``""`` for the whole document)."""

    def __init__(self, refusal: Refusal, detail: str, path: str = "") -> None:
        super().__init__(f"{path or '(root)'}: {detail}")
        self.refusal = refusal
        self.detail = detail
        self.path = path


class _NumberRefused(Exception):
    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


def parse_strict(payload: bytes | str, *, max_depth: int = MAX_DEPTH) -> Any:
    """The JSON value of ``payload`` (UTF-8), or :class:`JsonRefused`."""
    if isinstance(payload, bytes):
        try:
            text = payload.decode("utf-8")
        except UnicodeDecodeError as error:
            raise JsonRefused(Refusal.SYNTAX, f"not UTF-8 ({error.reason} at byte {error.start})") from error
    else:
        text = payload
    try:
        value = json.loads(text, parse_int=_integer, parse_float=_decimal, parse_constant=_constant)
    except _NumberRefused as refused:
        raise JsonRefused(Refusal.NUMBER, refused.detail) from None
    except RecursionError:
        raise JsonRefused(Refusal.DEPTH, f"nested deeper than {max_depth} levels") from None
    except json.JSONDecodeError as error:
        raise JsonRefused(
            Refusal.SYNTAX, f"not JSON: {error.msg} (line {error.lineno}, column {error.colno})"
        ) from None
    except ValueError as error:  # e.g. a number the interpreter will not convert
        raise JsonRefused(Refusal.NUMBER, str(error)[:200]) from None
    check_value(value, max_depth=max_depth)
    return value


def check_value(value: Any, *, max_depth: int = MAX_DEPTH) -> None:
    """Walk a parsed value without recursion: depth, and every string and key storable."""
    stack: list[tuple[Any, int, tuple[str, ...]]] = [(value, 0, ())]
    while stack:
        current, depth, path = stack.pop()
        if isinstance(current, str):
            _check_text(current, path)
        elif isinstance(current, dict | list):
            if depth >= max_depth:
                raise JsonRefused(Refusal.DEPTH, f"nested deeper than {max_depth} levels", _path(path))
            items = current.items() if isinstance(current, dict) else enumerate(current)
            for key, item in items:
                child = (*path, str(key))
                if isinstance(key, str):
                    _check_text(key, child)
                stack.append((item, depth + 1, child))


def _check_text(text: str, path: tuple[str, ...]) -> None:
    bad = UNSTORABLE.search(text)
    if bad is not None:
        code = ord(bad.group())
        what = "a lone UTF-16 surrogate" if 0xD800 <= code <= 0xDFFF else "a control character"
        raise JsonRefused(Refusal.TEXT, f"{what} U+{code:04X} at position {bad.start()}", _path(path))


def _path(path: tuple[str, ...]) -> str:
    """The path for messages and logs: a stranger's keys with what cannot be printed spelled out (``\\ud800``)."""
    return UNSTORABLE.sub(lambda found: f"\\u{ord(found.group()):04x}", "/".join(path))


def _integer(digits: str) -> int:
    if len(digits) > MAX_NUMBER_CHARACTERS:
        raise _NumberRefused(f"a number with {len(digits)} digits")
    return int(digits)


def _decimal(digits: str) -> float:
    if len(digits) > MAX_NUMBER_CHARACTERS:
        raise _NumberRefused(f"a number with {len(digits)} characters")
    number = float(digits)
    if not math.isfinite(number):
        raise _NumberRefused(f"a number beyond the range of a double ({digits})")
    return number


def _constant(name: str) -> float:
    raise _NumberRefused(f"{name} is not a JSON number")
