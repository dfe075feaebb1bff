"""The disclosure log of the resident register (Protokoll der Melderegisterauskünfte, §40 BMG).

Every answer to a register information request is one row: who received it (the applicant), which data were
given (field and value, as the letter said them), when, for which purpose, for which case and by which clerk,
and what the answer was. The table is append-only in the database (triggers, and no UPDATE/DELETE for the
application role, :mod:`models.database_roles`), so there is no operation that deletes a row: §40(4) BMG asks to
keep the log at least twelve months, and deleting older rows is a deliberate act of the database owner (admin
guide), never one of the application. Only the data-protection role reads it
(:mod:`models.operations.disclosure_log`).
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, str_enum, utcnow

#: §40(4) BMG: how long the log is kept at least.
RETENTION_MONTHS = 12


class DisclosureOutcome(enum.StrEnum):
    """What the answer was (the log says it plainly; the letter says only :data:`ANSWERED` or the standard text)."""

    ANSWERED = "answered"  # the §44 data of exactly one person were given
    NO_MATCH = "no_match"  # nobody matches: the standard answer
    NOT_UNAMBIGUOUS = "not_unambiguous"  # several match: the standard answer
    INFORMATION_BLOCK = "information_block"  # §51 BMG: the standard answer, nothing about the block
    REFUSED = "refused"  # §44(3) BMG (advertising or address trading without consent) or another refusal


class DisclosureLogEntry(Base):
    """One answer to a register information request. Append-only (database triggers)."""

    __tablename__ = "disclosure_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)  # when the answer was given
    case_reference: Mapped[str] = mapped_column(String(40), index=True)  # Aktenzeichen (kept after the case goes)
    service_key: Mapped[str] = mapped_column(String(80))
    outcome: Mapped[DisclosureOutcome] = mapped_column(str_enum(DisclosureOutcome, 30))
    recipient: Mapped[str] = mapped_column(Text)  # the applicant: name, organisation and address as one text
    purpose: Mapped[str] = mapped_column(Text)  # the purpose the applicant gave (with its explanation)
    data_given: Mapped[dict[str, Any]]  # field label → value as given in the letter (empty: nothing given)
    resident_id: Mapped[int | None] = mapped_column(Integer)  # whom the data concern (no foreign key: kept longer)
    clerk: Mapped[str] = mapped_column(String(80))  # user name of the clerk who answered
