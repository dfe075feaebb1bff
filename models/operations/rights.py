"""Every operation re-checks that the acting account still has the rights it logged in with.

The GUI keeps a frozen :class:`Actor` for a whole working day. An admin who deactivates a user, changes a role or
resets a password raises ``users.rights_version`` (database triggers do that, whoever makes the change). Every
transaction an operation opens for a member of staff starts with one primary-key query comparing that stamp with
the one the session logged in with; a different stamp, or an inactive account, refuses with
:class:`AccessRevoked` before the operation has read or changed anything, so the user logs in again and gets
exactly the rights the account has now. The query runs inside the operation's own transaction (a SQLAlchemy
``after_begin`` hook): no extra round trip to the server, and no gap between check and work.

The check is switched on by one decorator, :func:`operation`, that every public operation of
:mod:`models.operations` wears; ``tests/models/operations/test_operation_registry.py`` walks the package and fails
for any that does not, and calls every one with an actor whose rights changed. Headless system actors (sync, demo
seeding, the command line today) are not accounts and are not checked.
"""

from __future__ import annotations

import contextvars
import functools
import logging
from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

from sqlalchemy import Connection, event, select
from sqlalchemy.orm import Session, SessionTransaction

from models.actors import Actor
from models.db import Database
from models.errors import AccessRevoked, AmtsstubeError, PermissionDenied
from models.operations.audit_trail import record
from models.users import User

log = logging.getLogger(__name__)

P = ParamSpec("P")
R = TypeVar("R")

#: The member of staff an operation runs for on this thread (None: none, or headless work).
_acting: contextvars.ContextVar[Actor | None] = contextvars.ContextVar("amtsstube_acting", default=None)

#: Marker attribute of the functions wrapped by :func:`operation` (the registry test looks for it).
OPERATION_MARKER = "__amtsstube_operation__"


def rights_are_current(connection: Connection, actor: Actor) -> bool:
    """Whether ``actor``'s account is active with the rights stamp it logged in with (one primary-key query)."""
    if actor.user_id is None:
        return False
    stored = connection.execute(
        select(User.rights_version).where(User.id == actor.user_id, User.active.is_(True))
    ).scalar_one_or_none()
    return stored is not None and stored == actor.rights_version


@event.listens_for(Session, "after_begin")
def _check_at_the_start_of_the_transaction(
    _session: Session, _transaction: SessionTransaction, connection: Connection
) -> None:
    actor = _acting.get()
    if actor is not None and not rights_are_current(connection, actor):
        raise AccessRevoked(actor.username)


def operation(function: Callable[Concatenate[Database, Actor, P], R]) -> Callable[Concatenate[Database, Actor, P], R]:
    """Mark ``function(db, actor, …)`` as an operation: its transactions run only while the actor's rights are
    current. A refusal is itself recorded in the audit log."""

    @functools.wraps(function)
    def checked(db: Database, actor: Actor, /, *args: P.args, **kwargs: P.kwargs) -> R:
        if actor.is_system:
            return function(db, actor, *args, **kwargs)
        outermost = _acting.get() is None
        token = _acting.set(actor)
        try:
            return function(db, actor, *args, **kwargs)
        except AccessRevoked:
            if outermost:  # an operation that calls another records the refusal once
                _record_refusal(db, actor, "user.session_refused", function.__name__)
            raise
        except PermissionDenied as refused:
            if outermost:
                _record_refusal(db, actor, "access.refused", function.__name__, refused_action=str(refused.action))
            raise
        finally:
            _acting.reset(token)

    setattr(checked, OPERATION_MARKER, True)
    return checked


def _record_refusal(db: Database, actor: Actor, audit_action: str, operation_name: str, **details: str) -> None:
    """A refused attempt, in a transaction of its own (the operation's was rolled back)."""
    token = _acting.set(None)  # this record is written by the system, not by the refused session
    try:
        with db.write() as session:
            record(
                session,
                actor,
                audit_action,
                "user",
                actor.user_id or actor.username,
                operation=operation_name,
                **details,
            )
    except AmtsstubeError as error:  # the refusal reaches the user even when the log cannot be written
        log.warning("could not record the refusal of %s: %s", operation_name, error)
    finally:
        _acting.reset(token)
