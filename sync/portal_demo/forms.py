"""What a demo form builder returns, and small helpers the builders share.

A builder (``demo_forms_*``) fills one service's form the way a citizen would: form data valid against the
service's schema in ``models/services/schemas``, the applicant, and the documents the citizen uploads. Turning
documents into bytes, payment and identification is ``demo_submissions``' job.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sync.portal_demo.files import JPEG, PDF
from sync.portal_demo.people import Person
from sync.sandbox.submission_content import AttachmentPurpose

T = TypeVar("T")


class LevelOfAssurance:
    """Trust level of the citizen's login (eIDAS): password account, software certificate, online ID card."""

    LOW = "low"
    SUBSTANTIAL = "substantial"
    HIGH = "high"


@dataclass(frozen=True)
class DocumentSpec:
    """A file the citizen attaches: its name and type, and what a clerk reads when opening it."""

    filename: str
    mime_type: str
    title: str
    lines: tuple[str, ...] = ()
    description: str | None = None
    purpose: AttachmentPurpose = AttachmentPurpose.ATTACHMENT


@dataclass(frozen=True)
class FormDraft:
    form: dict[str, Any]
    applicant: Person
    documents: tuple[DocumentSpec, ...] = ()
    fee_cents: int | None = None  # when the fee depends on the form (e.g. further copies); else the catalogue's
    levels_of_assurance: tuple[tuple[str, int], ...] = field(
        default=((LevelOfAssurance.LOW, 45), (LevelOfAssurance.SUBSTANTIAL, 35), (LevelOfAssurance.HIGH, 20))
    )


FormBuilder = Callable[[random.Random, dt.date], FormDraft]


def pdf(filename: str, title: str, *lines: str, description: str | None = None) -> DocumentSpec:
    return DocumentSpec(filename, PDF, title, tuple(lines), description)


def photo(filename: str, title: str, description: str | None = None) -> DocumentSpec:
    return DocumentSpec(filename, JPEG, title, (), description)


def weighted(rng: random.Random, options: Sequence[tuple[T, int]]) -> T:
    return rng.choices([value for value, _ in options], weights=[weight for _, weight in options])[0]


def chance(rng: random.Random, probability: float) -> bool:
    return rng.random() < probability


def working_day_after(day: dt.date, days: int) -> dt.date:
    """``days`` calendar days later, moved forward to a Monday–Friday (holidays are the scheduler's business)."""
    target = day + dt.timedelta(days=days)
    while target.weekday() >= 5:
        target += dt.timedelta(days=1)
    return target


def date_between(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    if last <= first:
        return first
    return first + dt.timedelta(days=rng.randint(0, (last - first).days))


def first_of_next_month(day: dt.date, months: int = 1) -> dt.date:
    month_index = day.month - 1 + months
    return dt.date(day.year + month_index // 12, month_index % 12 + 1, 1)


def german_date(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")
