"""Imports every mapping so that ``Base.metadata`` is complete (for migrations and tests)."""

from models import (
    audit,
    cases,
    cash,
    catalogue,
    counter_drafts,
    documents,
    intake,
    letter_templates,
    mail_book,
    people,
    pickups,
    town_config,
    users,
)
from models.base import Base

__all__ = [
    "Base",
    "audit",
    "cases",
    "cash",
    "catalogue",
    "counter_drafts",
    "documents",
    "intake",
    "letter_templates",
    "mail_book",
    "people",
    "pickups",
    "town_config",
    "users",
]
