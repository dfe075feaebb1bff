"""Imports every mapping so that ``Base.metadata`` is complete (for migrations and tests)."""

from models import (
    absences,
    audit,
    cases,
    cash,
    catalogue,
    change_counters,
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
from models.registers.civil_status import entries as civil_entries
from models.registers.civil_status import issued as issued_certificates
from models.registers.civil_status import security_paper
from models.registers.dogs import register as dog_register
from models.registers.residents import disclosures, history, resident, streets
from models.registers.waste_bins import register as waste_bin_register

__all__ = [
    "Base",
    "absences",
    "audit",
    "cases",
    "cash",
    "catalogue",
    "change_counters",
    "civil_entries",
    "counter_drafts",
    "disclosures",
    "documents",
    "dog_register",
    "history",
    "intake",
    "issued_certificates",
    "letter_templates",
    "mail_book",
    "people",
    "pickups",
    "resident",
    "security_paper",
    "streets",
    "town_config",
    "users",
    "waste_bin_register",
]
