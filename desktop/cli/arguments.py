"""Argument types of the ``amtsstube`` command: a wrong value is a usage error (exit code 2) with a German reason."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TypeAlias

from desktop.cli.failures import printable
from desktop.core.user_message import shortened
from models.operations.text_search import MAX_SEARCH_LENGTH
from models.search_form import search_terms

#: What ``add_subparsers()`` returns: each subcommand module's ``add_parser`` adds its parser to it.
Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"

MAX_PORT = 65535
MAX_DEMO_SUBMISSIONS = 10_000
MAX_DEMO_RESIDENTS = 1_000_000
MAX_ID = 2**31 - 1  # the largest id a register row can have (an INTEGER column)


def _whole_number(text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"„{text}“ ist keine ganze Zahl") from None


def german_date(text: str) -> dt.date:
    """A day typed as TT.MM.JJJJ (or ISO, as scripts write it)."""
    for parse in (lambda t: dt.datetime.strptime(t, "%d.%m.%Y").date(), dt.date.fromisoformat):
        try:
            return parse(text.strip())
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"kein Datum: {printable(shortened(text))} (TT.MM.JJJJ)")


def port(text: str) -> int:
    """A TCP port; 0 lets the system choose a free one."""
    number = _whole_number(text)
    if not 0 <= number <= MAX_PORT:
        raise argparse.ArgumentTypeError(f"Port {number} gibt es nicht (0 bis {MAX_PORT}; 0 wählt einen freien)")
    return number


def register_id(text: str) -> int:
    """The id of a row of a register (e.g. a resident of the Melderegister): a whole number from 1."""
    number = _whole_number(text)
    if not 1 <= number <= MAX_ID:
        raise argparse.ArgumentTypeError(f"keine gültige Id: {number} (eine ganze Zahl ab 1)")
    return number


def minutes(text: str) -> int:
    number = _whole_number(text)
    if number < 1:
        raise argparse.ArgumentTypeError(f"der Abstand muss mindestens 1 Minute sein, nicht {number}")
    return number


def demo_count(text: str) -> int:
    number = _whole_number(text)
    if not 0 <= number <= MAX_DEMO_SUBMISSIONS:
        raise argparse.ArgumentTypeError(f"bitte 0 bis {MAX_DEMO_SUBMISSIONS} Demo-Anträge, nicht {number}")
    return number


def demo_residents(text: str) -> int:
    number = _whole_number(text)
    if not 0 <= number <= MAX_DEMO_RESIDENTS:
        raise argparse.ArgumentTypeError(f"bitte 0 bis {MAX_DEMO_RESIDENTS} Einwohner, nicht {number}")
    return number


def searched_name(text: str) -> str:
    """A name to search for: some letters, no control characters, within the search length."""
    if any(not char.isprintable() for char in text):
        raise argparse.ArgumentTypeError(f"der Name enthält Steuerzeichen: {printable(shortened(text))}")
    if len(text.strip()) > MAX_SEARCH_LENGTH:
        raise argparse.ArgumentTypeError(f"der Name ist zu lang ({len(text)} Zeichen, höchstens {MAX_SEARCH_LENGTH})")
    if not search_terms(text):
        raise argparse.ArgumentTypeError("bitte einen Namen angeben (Familien- und/oder Vornamen)")
    return text.strip()
