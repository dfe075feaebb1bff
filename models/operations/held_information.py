"""The supervisor's decision on a register information held back by a conditional block (§ 52 BMG).

A request about a person with a conditional block is not answered at once: its approval stays open with a note for
the Amtsleitung (:func:`models.services.register_information.held_for_supervisor`). Once the person was heard, the
supervisor decides, with the reason in the case's history: the information may be given (the clerk's next approval
answers the request, logged in the § 40 log as any answer) or it is not (an approval is refused from then on, the
clerk rejects the request). A decision is made once; it needs :attr:`Action.DECIDE_HELD_INFORMATION`.
"""

from __future__ import annotations

from models.actors import Actor
from models.base import utcnow
from models.case_status import OPEN_STATES
from models.cases import EventKind
from models.db import Database
from models.errors import InvalidInput
from models.operations.case_access import add_event, case_for_update
from models.operations.mapping import case_row
from models.operations.rights import operation
from models.operations.rows import CaseRow
from models.permissions import Action
from models.services.register_information import awaiting_decision

MAX_REASON_LENGTH = 1000


@operation
def decide_held_information(
    db: Database, actor: Actor, case_id: int, *, allow: bool, reason: str, expected_version: int | None
) -> CaseRow:
    """Record the supervisor's decision on the held information of case ``case_id``, with ``reason``.

    Refuses an empty or too long reason, and a case that waits for no such decision (``held_information``:
    ``not_held``): another service, one decided already, one not held back."""
    actor.require(Action.DECIDE_HELD_INFORMATION)
    cleaned = " ".join(reason.split())
    if not cleaned:
        raise InvalidInput("decision_reason", "required")
    if len(cleaned) > MAX_REASON_LENGTH:
        raise InvalidInput("decision_reason", "too_long")
    with db.write() as session:
        case = case_for_update(session, actor, case_id, expected_version)
        if case.status not in OPEN_STATES or not awaiting_decision(case):
            raise InvalidInput("held_information", "not_held")
        kind = EventKind.INFORMATION_ALLOWED if allow else EventKind.INFORMATION_REFUSED
        add_event(session, case, actor, kind, comment=cleaned)
        case.updated_at = utcnow()  # a new version: a clerk's view of the case is out of date now
        session.flush()
        return case_row(case)
