"""The case state machine (Vorgangsstatus).

``received → in_progress → waiting_for_citizen ⇄ in_progress → approved | rejected → closed``, and ``withdrawn``
from every open state.
"""

from __future__ import annotations

import datetime as dt
import enum


class CaseStatus(enum.StrEnum):
    RECEIVED = "received"  # Eingegangen
    IN_PROGRESS = "in_progress"  # In Bearbeitung
    WAITING_FOR_CITIZEN = "waiting_for_citizen"  # Wartet auf Bürger
    APPROVED = "approved"  # Bewilligt
    REJECTED = "rejected"  # Abgelehnt
    CLOSED = "closed"  # Abgeschlossen
    WITHDRAWN = "withdrawn"  # Zurückgezogen


ALLOWED_TRANSITIONS: dict[CaseStatus, frozenset[CaseStatus]] = {
    CaseStatus.RECEIVED: frozenset({CaseStatus.IN_PROGRESS, CaseStatus.WITHDRAWN}),
    CaseStatus.IN_PROGRESS: frozenset(
        {CaseStatus.WAITING_FOR_CITIZEN, CaseStatus.APPROVED, CaseStatus.REJECTED, CaseStatus.WITHDRAWN}
    ),
    CaseStatus.WAITING_FOR_CITIZEN: frozenset({CaseStatus.IN_PROGRESS, CaseStatus.WITHDRAWN}),
    CaseStatus.APPROVED: frozenset({CaseStatus.CLOSED}),
    CaseStatus.REJECTED: frozenset({CaseStatus.CLOSED}),
    CaseStatus.CLOSED: frozenset(),
    CaseStatus.WITHDRAWN: frozenset(),
}

#: States in which a case still needs work and counts towards the backlog.
OPEN_STATES = frozenset({CaseStatus.RECEIVED, CaseStatus.IN_PROGRESS, CaseStatus.WAITING_FOR_CITIZEN})

#: States in which the processing deadline runs (it pauses while the case waits for the citizen).
DEADLINE_RUNS = frozenset({CaseStatus.RECEIVED, CaseStatus.IN_PROGRESS})

#: States in which a fee notice may be issued for an unpaid fee: while the case is open and once it is approved.
FEE_NOTICE_STATES = OPEN_STATES | {CaseStatus.APPROVED}


def is_overdue(status: CaseStatus, due_date: dt.date, today: dt.date) -> bool:
    """Whether a case in ``status`` with deadline ``due_date`` is late on ``today`` (a paused deadline never is)."""
    return status in DEADLINE_RUNS and due_date < today


def can_transition(current: CaseStatus, target: CaseStatus) -> bool:
    return target in ALLOWED_TRANSITIONS[current]
