"""Keeping a clerk's unsaved counter form (:mod:`models.counter_drafts`): save, read back, discard."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select

from models.actors import Actor
from models.base import utcnow
from models.counter_drafts import CounterDraft
from models.db import Database
from models.errors import InvalidInput
from models.operations.rights import operation
from models.permissions import Action

MAX_DRAFT_BYTES = 256 * 1024  # a long form typed by hand is a few kilobytes; scanned files are not part of it


@dataclass(frozen=True)
class SavedDraft:
    saved_at: dt.datetime
    data: dict[str, Any]


def _user_id(actor: Actor) -> int:
    actor.require(Action.WORK_CASE)
    if actor.user_id is None:
        raise InvalidInput("draft", "no_account")  # headless work has no counter
    return actor.user_id


@operation
def save_counter_draft(db: Database, actor: Actor, data: dict[str, Any]) -> None:
    """Keep ``data`` (JSON-serialisable) as the clerk's draft, replacing the one before."""
    user_id = _user_id(actor)
    if len(json.dumps(data, ensure_ascii=False).encode("utf-8")) > MAX_DRAFT_BYTES:
        raise InvalidInput("draft", "too_large")
    with db.write() as session:
        draft = session.scalars(select(CounterDraft).where(CounterDraft.user_id == user_id)).one_or_none()
        if draft is None:
            session.add(CounterDraft(user_id=user_id, data=data))
        else:
            draft.data = data
            draft.saved_at = utcnow()


@operation
def counter_draft(db: Database, actor: Actor) -> SavedDraft | None:
    """The clerk's own draft, if there is one."""
    user_id = _user_id(actor)
    with db.read() as session:
        draft = session.scalars(select(CounterDraft).where(CounterDraft.user_id == user_id)).one_or_none()
        return SavedDraft(draft.saved_at, dict(draft.data)) if draft is not None else None


@operation
def discard_counter_draft(db: Database, actor: Actor) -> None:
    user_id = _user_id(actor)
    with db.write() as session:
        session.execute(delete(CounterDraft).where(CounterDraft.user_id == user_id))
