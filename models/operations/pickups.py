"""Booked bulky-waste and e-waste pickups: moving one to another day, and the crew's route list of a day.

Moving a pickup (Abholtermin verlegen) takes a pickup day of the same district with room, writes the citizen a new
confirmation letter (booked in the outgoing-mail book with the case) and records old → new date in the history.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.actors import Actor
from models.case_status import CaseStatus
from models.cases import Case, EventKind
from models.db import Database
from models.documents import DocumentKind
from models.errors import InvalidInput
from models.german_format import format_date
from models.german_format import today as german_today
from models.letters import LetterRenderer
from models.operations.case_access import add_event, case_as_read, case_for_work, holder_may_work
from models.operations.correspondence import (
    LetterDraft,
    PreparedLetter,
    book_with_letter,
    draft_letter,
    has_postal_address,
    keep_letter,
)
from models.operations.mapping import case_row, document_row
from models.operations.rights import operation
from models.operations.rows import CaseRow, DocumentRow
from models.operations.visibility import visible_cases
from models.permissions import Action
from models.pickups import BulkyWastePickup, PickupDistrict, RouteItem, RouteList, RouteStop
from models.services.bulky_waste import (
    E_WASTE,
    confirmation_values,
    has_room,
    is_pickup_day,
    lock_district_day,
    pickup_address,
    pickup_items,
)

MAX_REASON_LENGTH = 500
_MOVABLE = frozenset({CaseStatus.APPROVED})


@dataclass(frozen=True)
class MovedPickup:
    case: CaseRow
    old_date: dt.date
    new_date: dt.date
    document: DocumentRow | None  # the new confirmation letter (none for an applicant without a postal address)


@operation
def move_pickup(
    db: Database,
    actor: Actor,
    case_id: int,
    new_date: dt.date,
    reason: str,
    *,
    render_letter: LetterRenderer,
    today: dt.date | None = None,
) -> MovedPickup:
    """Move an approved case's booked pickup to ``new_date``, a later pickup day of its district with room.

    Refused (``InvalidInput("pickup_date", …)``): ``not_booked``, ``unchanged``, ``not_in_future``,
    ``not_a_pickup_day``, ``day_full``; a reason is required (``("move_reason", "required")``).
    """
    reason = " ".join(reason.split())
    if not reason:
        raise InvalidInput("move_reason", "required")
    if len(reason) > MAX_REASON_LENGTH:
        raise InvalidInput("move_reason", "too_long")
    day = today or german_today()

    def letter(session: Session, case: Case) -> LetterDraft | None:
        if not has_postal_address(case.applicant):
            return None
        extra = confirmation_values(case, new_date)
        return draft_letter(session, case, actor, DocumentKind.CONFIRMATION_LETTER, day, extra=extra)

    def draft(session: Session) -> LetterDraft | None:
        case = case_as_read(session, actor, case_id, None)
        holder_may_work(case, actor, take_over=True)
        _check_move(session, case, new_date, day, lock=False)
        return letter(session, case)

    def book(session: Session, prepared: PreparedLetter | None) -> MovedPickup:
        case = case_for_work(session, actor, case_id, None, step="move_pickup", states=_MOVABLE, take_over=True)
        pickup = _check_move(session, case, new_date, day, lock=True)
        old = pickup.pickup_date
        pickup.pickup_date = new_date
        comment = f"Abholtermin verlegt: {format_date(old)} → {format_date(new_date)}. Grund: {reason}"
        add_event(session, case, actor, EventKind.COMMENT, comment=comment)
        document = keep_letter(session, case, actor, prepared, letter(session, case))
        session.flush()
        return MovedPickup(
            case=case_row(case),
            old_date=old,
            new_date=new_date,
            document=document_row(document, case.reference) if document else None,
        )

    return book_with_letter(db, render_letter, draft, book)


def _check_move(session: Session, case: Case, new_date: dt.date, today: dt.date, *, lock: bool) -> BulkyWastePickup:
    pickup = session.scalar(
        select(BulkyWastePickup).where(BulkyWastePickup.case_id == case.id)  # visible: of this (visible) case
    )
    if pickup is None or case.status not in _MOVABLE:
        raise InvalidInput("pickup_date", "not_booked")
    if new_date == pickup.pickup_date:
        raise InvalidInput("pickup_date", "unchanged")
    if new_date <= today:
        raise InvalidInput("pickup_date", "not_in_future")
    district = session.get(PickupDistrict, pickup.district)
    if district is None or not is_pickup_day(district, new_date):
        raise InvalidInput("pickup_date", "not_a_pickup_day")
    if lock:
        lock_district_day(session, district.name, new_date)
    if not has_room(session, district, new_date, pickup.volume_litres):
        raise InvalidInput("pickup_date", "day_full")
    return pickup


# -- the route list ----------------------------------------------------------------------------------------------


@operation
def route_list(db: Database, actor: Actor, district: str, day: dt.date) -> RouteList:
    """The pickups booked for ``district`` on ``day`` (of the cases the actor sees), for the crew's route."""
    actor.require(Action.VIEW_CASES)
    with db.read() as session:
        name = " ".join(district.split())
        if session.get(PickupDistrict, name) is None:
            raise InvalidInput("district", "unknown")
        query = (
            visible_cases(actor, Case, BulkyWastePickup.volume_litres)
            .join(BulkyWastePickup, BulkyWastePickup.case_id == Case.id)
            .where(BulkyWastePickup.district == name, BulkyWastePickup.pickup_date == day)
            .where(Case.status.in_((CaseStatus.APPROVED, CaseStatus.CLOSED)))
        )
        stops = [_stop(case, volume) for case, volume in session.execute(query)]
    stops.sort(key=lambda stop: (stop.address.casefold(), stop.case_reference))
    return RouteList(district=name, day=day, stops=tuple(stops))


def _stop(case: Case, volume_litres: int) -> RouteStop:
    address = pickup_address(case.form_data)
    items = tuple(
        RouteItem(item.description, item.quantity, item.volume_litres, item.e_waste or case.service.key == E_WASTE)
        for item in pickup_items(case.service.key, case.form_data)
    )
    note = case.form_data.get("placementNote")
    return RouteStop(
        case_reference=case.reference,
        address=" ".join(address.get(k, "") for k in ("street", "houseNumber")).strip(),
        note=note if isinstance(note, str) else "",
        items=items,
        volume_litres=volume_litres,
    )
