"""The case state machine (Vorgangsstatus).

``received → in_progress → waiting_for_citizen ⇄ in_progress → approved | rejected → closed``, and ``withdrawn``
from every open state.
"""

from __future__ import annotations

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


def can_transition(current: CaseStatus, target: CaseStatus) -> bool:
    return target in ALLOWED_TRANSITIONS[current]
