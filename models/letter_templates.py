"""Letter texts as templates an admin edits without touching code (Textvorlagen für Schreiben).

A template has a subject, a salutation and a body; each is a Jinja template rendered in an immutable sandbox
with bounds on time, repetitions, calls and sizes (:mod:`models.template_sandbox`), so that no text an admin
saves can hang a workstation. The sandbox sees only the placeholder values handed to it (strings and lists of
strings, see :mod:`models.letter_values`): no attributes of Python objects, no imports, no files. Output is plain
text; the renderer in ``printing/`` never interprets it as markup, so a citizen's name like ``<b>Müller & Söhne</b>``
prints literally. Paragraphs in the body are separated by blank lines; single line breaks stay.

Each kind of letter has a default text shipped with the program (``models/letter_texts/``); a service may have
its own text for a kind (e.g. the bulky-waste confirmation with the pickup date). What an admin saved in the
database wins over the shipped text; "reset" deletes the saved one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from jinja2 import StrictUndefined, Template, TemplateError, TemplateSyntaxError, UndefinedError
from jinja2.sandbox import SecurityError
from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.base import Base, utcnow
from models.documents import DocumentKind
from models.errors import InvalidInput, TemplateTooCostly
from models.template_sandbox import BoundedSandbox, RenderLimitExceeded, RenderLimits, bounded

#: Longest template text an admin may save, and longest text one field of a template may produce.
MAX_TEMPLATE_LENGTH = 20_000
MAX_OUTPUT_LENGTH = 40_000
ALL_SERVICES = ""  # service_key of a template that applies to every service
#: The fields of a template, as :class:`InvalidInput` names them.
TEMPLATE_FIELDS = ("subject", "salutation", "body")

_PARAGRAPH_BREAK = re.compile(r"\n(?:[ \t]*\n)+")


@dataclass(frozen=True)
class LetterTemplate:
    """The editable texts of one kind of letter, for one service or (``service_key == ""``) for all."""

    kind: DocumentKind
    service_key: str
    subject: str
    salutation: str
    body: str


@dataclass(frozen=True)
class LetterText:
    """A template filled in with values: what the letter says."""

    subject: str
    salutation: str
    paragraphs: tuple[str, ...]


class LetterTemplateRecord(Base):
    """A template text an admin saved (overrides the shipped default)."""

    __tablename__ = "letter_templates"

    kind: Mapped[str] = mapped_column(String(30), primary_key=True)
    service_key: Mapped[str] = mapped_column(String(80), primary_key=True)
    subject: Mapped[str] = mapped_column(Text)
    salutation: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(80))


# -- shipped defaults -----------------------------------------------------------------------------------------


#: Services that write the letters of another (the same request by another way, with its own fee).
SHARED_TEXTS = {
    "register_information_automated": "register_information",
    # the four certificate orders of the registry office: one cover letter, one rejection naming § 62 PStG
    "marriage_certificate": "birth_certificate",
    "partnership_certificate": "birth_certificate",
    "death_certificate": "birth_certificate",
}


def _default_file_name(kind: DocumentKind, service_key: str) -> str:
    service_key = SHARED_TEXTS.get(service_key, service_key)
    return f"{kind.value}.{service_key}.txt" if service_key else f"{kind.value}.txt"


@cache
def default_template(kind: DocumentKind, service_key: str = ALL_SERVICES) -> LetterTemplate | None:
    """The shipped text, parsed from ``models/letter_texts/<kind>[.<service>].txt``.

    The file holds ``Betreff:`` and ``Anrede:`` lines, a line ``---`` and then the body.
    """
    folder = resources.files("models.letter_texts")
    source = folder.joinpath(_default_file_name(kind, service_key))
    if not source.is_file():
        return None
    head, _, body = source.read_text(encoding="utf-8").partition("\n---\n")
    fields = dict(line.split(":", 1) for line in head.splitlines() if ":" in line)
    return LetterTemplate(
        kind=kind,
        service_key=service_key,
        subject=fields["Betreff"].strip(),
        salutation=fields["Anrede"].strip(),
        body=body.strip("\n"),
    )


def shipped_service_keys(kind: DocumentKind) -> tuple[str, ...]:
    """Services that have their own shipped text for ``kind`` (besides the one for all services)."""
    prefix = f"{kind.value}."
    names = [entry.name for entry in resources.files("models.letter_texts").iterdir()]
    own = {n[len(prefix) : -4] for n in names if n.startswith(prefix) and n.count(".") == 2}
    return tuple(sorted(own | {key for key, shared in SHARED_TEXTS.items() if shared in own}))


# -- lookup -----------------------------------------------------------------------------------------------------


def _saved(session: Session, kind: DocumentKind, service_key: str) -> LetterTemplate | None:
    record = session.get(LetterTemplateRecord, (kind.value, service_key))
    if record is None:
        return None
    return LetterTemplate(kind, service_key, record.subject, record.salutation, record.body)


def stored_or_default(session: Session, kind: DocumentKind, service_key: str) -> LetterTemplate | None:
    return _saved(session, kind, service_key) or default_template(kind, service_key)


def effective_template(session: Session, kind: DocumentKind, service_key: str) -> LetterTemplate:
    """The text used for a letter: the service's own (saved, then shipped), else the one for all services."""
    template = stored_or_default(session, kind, service_key) if service_key else None
    template = template or stored_or_default(session, kind, ALL_SERVICES)
    if template is None:  # every kind ships a default; a missing file is a packaging bug
        raise LookupError(f"no letter template for {kind.value}")
    return template


# -- rendering --------------------------------------------------------------------------------------------------

#: Bounds of filling in a letter: generous for any real letter text, tight enough that a runaway template fails
#: within about a second (see :mod:`models.template_sandbox`).
LETTER_LIMITS = RenderLimits()


@cache
def _environment() -> BoundedSandbox:
    return BoundedSandbox(
        undefined=StrictUndefined,
        autoescape=False,  # plain text: the PDF renderer never interprets markup
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        auto_reload=False,
    )


@lru_cache(maxsize=256)
def _compiled(source: str) -> Template:
    return _environment().from_string(source)


def _filled_in(source: str, values: dict[str, Any]) -> str:
    """The text, stopped as soon as it grows beyond :data:`MAX_OUTPUT_LENGTH`."""
    pieces: list[str] = []
    length = 0
    for piece in _compiled(source).generate(values):
        length += len(piece)
        if length > MAX_OUTPUT_LENGTH:
            raise RenderLimitExceeded("output", MAX_OUTPUT_LENGTH)
        pieces.append(piece)
    return "".join(pieces)


def _render_one(field: str, source: str, values: dict[str, Any]) -> str:
    with _refused_as(field):
        return _filled_in(source, values)


def _compile_one(field: str, source: str) -> None:
    """Compile ``source`` (cached) before the filling in starts: parsing is bounded by the text's length, and a
    busy machine's compile must not eat the time a template's own work is allowed."""
    with _refused_as(field):
        _compiled(source)


@contextmanager
def _refused_as(field: str) -> Iterator[None]:
    """What goes wrong in a template's text or work, as the error that names ``field``."""
    try:
        yield
    except RenderLimitExceeded as error:
        raise TemplateTooCostly(field, error.limit, error.bound) from error
    except RecursionError as error:  # nesting deeper than Python's stack, e.g. thousands of brackets
        raise TemplateTooCostly(field, "recursion", LETTER_LIMITS.depth) from error
    except MemoryError as error:
        raise TemplateTooCostly(field, "size", LETTER_LIMITS.value_size) from error
    except TemplateSyntaxError as error:
        raise InvalidInput(field, f"syntax_error:{error.lineno}:{error.message}") from error
    except UndefinedError as error:
        raise InvalidInput(field, f"unknown_placeholder:{_placeholder_name(error)}") from error
    except SecurityError as error:
        raise InvalidInput(field, "not_allowed") from error
    except (TemplateError, TypeError, ValueError, ArithmeticError, LookupError, SyntaxError) as error:
        raise InvalidInput(field, f"template_error:{error}") from error


def _placeholder_name(error: UndefinedError) -> str:
    match = re.search(r"'([^']+)' is undefined", str(error))
    return match.group(1) if match else str(error)


def render_template(
    template: LetterTemplate, values: dict[str, Any], limits: RenderLimits = LETTER_LIMITS
) -> LetterText:
    """Fill in ``values`` within ``limits``.

    A typing mistake in the template raises :class:`InvalidInput` naming the field; a template that costs too much
    (time, repetitions, calls, nesting, size) raises :class:`TemplateTooCostly`, within about ``limits.seconds``.
    """
    fields = (("subject", template.subject), ("salutation", template.salutation), ("body", template.body))
    for field, source in fields:
        if len(source) > MAX_TEMPLATE_LENGTH:
            raise InvalidInput(field, "template_too_long")
    with bounded(limits):  # a budget of its own: what is left of it is not the filling in's
        for field, source in fields:
            _compile_one(field, source)
    with bounded(limits):
        subject = " ".join(_render_one("subject", template.subject, values).split())
        salutation = " ".join(_render_one("salutation", template.salutation, values).split())
        body = _render_one("body", template.body, values).replace("\r\n", "\n")
    paragraphs = tuple(p.strip("\n") for p in _PARAGRAPH_BREAK.split(body) if p.strip())
    if not subject:
        raise InvalidInput("subject", "required")
    return LetterText(subject=subject, salutation=salutation, paragraphs=paragraphs)
