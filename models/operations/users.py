"""Staff accounts: creating and changing them, logging in (argon2id password hashes), failed logins and lockout.

Every change of an account's rights (active flag, roles, password) raises its rights stamp in the database, so that
sessions opened before it end on their next operation (:mod:`models.operations.rights`). Five failed logins in a
row lock the account for 30 seconds, every further one for twice as long (at most an hour); an admin can unlock
it at once. Everything here is in the audit log.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from models.actors import Actor
from models.base import utcnow
from models.db import Database
from models.din91379 import normalised
from models.errors import AccountLocked, AmtsstubeError, AuthenticationFailed, InvalidInput, NotFound
from models.operations.audit_trail import record
from models.operations.rights import operation
from models.password_policy import check_password
from models.permissions import Action
from models.roles import Role
from models.storable_text import fitted
from models.users import User, UserRole

_hasher = PasswordHasher()

#: Failed logins in a row after which the account is locked, and for how long (doubling up to the maximum).
MAX_FAILED_LOGINS = 5
FIRST_LOCK = dt.timedelta(seconds=30)
LONGEST_LOCK = dt.timedelta(hours=1)


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    display_name: str
    roles: frozenset[Role]
    active: bool
    locked_until: dt.datetime | None = None  # after repeated failed logins (may lie in the past)
    email: str | None = None
    phone: str | None = None


def _row(user: User) -> UserRow:
    return UserRow(
        user.id, user.username, user.display_name, user.roles, user.active, user.locked_until, user.email, user.phone
    )


def _actor(session: Session, user: User) -> Actor:
    """The actor of a session of ``user``, stamped with the rights version stored now (after pending changes)."""
    session.flush()  # the triggers raise the stamp when the password hash changes
    version = session.scalar(select(User.rights_version).where(User.id == user.id))
    return Actor(
        user_id=user.id,
        username=user.username,
        display_name=user.display_name,
        roles=user.roles,
        email=user.email,
        phone=user.phone,
        rights_version=int(version or 0),
    )


def lock_duration(failures: int) -> dt.timedelta | None:
    """How long the account is locked after ``failures`` failed logins in a row (None: not locked)."""
    if failures < MAX_FAILED_LOGINS:
        return None
    doublings = min(failures - MAX_FAILED_LOGINS, 12)
    return min(FIRST_LOCK * 2**doublings, LONGEST_LOCK)


def authenticate(db: Database, username: str, password: str, *, now: dt.datetime | None = None) -> Actor:
    """Check a user name and password; every outcome is logged.

    Raises :class:`AuthenticationFailed`, or :class:`AccountLocked` while the account is locked (the password is
    not even checked then) and on the failed attempt that locks it.
    """
    username = username.strip()
    now = now or utcnow()
    refusal: AmtsstubeError | None = None
    with db.write() as session:
        user = session.scalars(
            select(User).where(User.username == username, User.active.is_(True)).with_for_update()
        ).one_or_none()
        attempt = Actor(None, username or "?", username or "?", frozenset())
        if user is not None and user.locked_until is not None and user.locked_until > now:
            record(session, attempt, "user.login_locked", "user", username, until=user.locked_until.isoformat())
            refusal = AccountLocked(username, user.locked_until)
        elif user is not None and _verify(user.password_hash, password):
            user.failed_logins = 0
            user.locked_until = None
            if _hasher.check_needs_rehash(user.password_hash or ""):
                user.password_hash = _hasher.hash(password)
            record(session, attempt, "user.login", "user", username)
            return _actor(session, user)
        else:
            if user is None:
                _verify(None, password)  # an unknown user costs the same time as a wrong password
            record(session, attempt, "user.login_failed", "user", username or "?")
            refusal = _count_failure(session, user, attempt, now) if user is not None else AuthenticationFailed()
    raise refusal  # after the commit, so that the attempt and a lock stay in the log


def _count_failure(session: Session, user: User, attempt: Actor, now: dt.datetime) -> AmtsstubeError:
    """One more failed password for ``user``; locks the account when there have been too many in a row."""
    user.failed_logins += 1
    duration = lock_duration(user.failed_logins)
    if duration is None:
        return AuthenticationFailed()
    user.locked_until = now + duration
    record(
        session,
        attempt,
        "user.locked",
        "user",
        user.id,
        username=user.username,
        failures=user.failed_logins,
        until=user.locked_until.isoformat(),
    )
    return AccountLocked(user.username, user.locked_until)


@cache
def _dummy_hash() -> str:
    return _hasher.hash("not the password of anyone")


def _verify(password_hash: str | None, password: str) -> bool:
    try:
        # An unknown user costs the same time as a wrong password (no user enumeration by timing).
        return _hasher.verify(password_hash or _dummy_hash(), password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


@operation
def create_user(
    db: Database,
    actor: Actor,
    username: str,
    display_name: str,
    roles: frozenset[Role],
    *,
    password: str | None = None,
    email: str | None = None,
    phone: str | None = None,
) -> UserRow:
    actor.require(Action.MANAGE_USERS)
    username = username.strip()
    if not username or len(username) > 60 or any(c.isspace() for c in username):
        raise InvalidInput("username", "invalid")
    _required(roles)
    if password is not None:
        check_password(password, username)
    display_name = _display_name(display_name) or username
    email, phone = _contact(User.email, email, "email"), _contact(User.phone, phone, "phone")
    with db.write() as session:
        exists = session.scalar(select(func.count()).where(User.username == username))
        if exists:
            raise InvalidInput("username", "taken")
        user = User(
            username=username,
            display_name=display_name,
            email=email,
            phone=phone,
            password_hash=_hasher.hash(password) if password is not None else None,
            role_links=[UserRole(role=role) for role in sorted(roles)],
        )
        session.add(user)
        session.flush()
        record(session, actor, "user.created", "user", user.id, username=username, roles=sorted(roles))
        return _row(user)


def _display_name(text: str) -> str:
    return fitted(User.display_name, normalised(text, "display_name"), "display_name")


def _contact(column: InstrumentedAttribute[str | None], text: str | None, field: str) -> str | None:
    """An e-mail address or phone number as stored: trimmed, None when empty."""
    return fitted(column, text.strip(), field) or None if text else None


@operation
def update_user(
    db: Database,
    actor: Actor,
    username: str,
    *,
    display_name: str | None = None,
    email: str | None = None,
    phone: str | None = None,
    roles: frozenset[Role] | None = None,
) -> UserRow:
    """Change the name shown for an account (in the history, on letters' signatures), its e-mail address and phone
    number, and with ``roles`` give it exactly those (admins). None leaves a field or the roles as they are; an
    empty e-mail or phone removes it. Everything is checked before anything is written, in one transaction: a
    refused role change (the last active admin keeps the role) leaves the name as it was too. Only a change of the
    roles ends the account's open sessions."""
    wanted: dict[str, str | None] = {}
    if display_name is not None:
        wanted["display_name"] = _display_name(display_name)
        if not wanted["display_name"]:
            raise InvalidInput("display_name", "required")
    if email is not None:
        wanted["email"] = _contact(User.email, email, "email")
    if phone is not None:
        wanted["phone"] = _contact(User.phone, phone, "phone")
    if roles is not None:
        _required(roles)
    with db.write() as session:
        user = _managed_user(session, actor, username)
        if roles is not None:
            _keep_an_admin(session, user, losing_admin=Role.ADMIN in user.roles and Role.ADMIN not in roles)
        changes = {name: [getattr(user, name), value] for name, value in wanted.items() if getattr(user, name) != value}
        if changes:
            for name, (_before, value) in changes.items():
                setattr(user, name, value)
            record(session, actor, "user.updated", "user", user.id, username=user.username, changes=changes)
        if roles is not None:
            _give_roles(session, actor, user, roles)
        return _row(user)


def count_users(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(User)) or 0)


@operation
def list_users(db: Database, actor: Actor) -> tuple[UserRow, ...]:
    if not (actor.may(Action.MANAGE_USERS) or actor.may(Action.ASSIGN_CASES)):
        actor.require(Action.MANAGE_USERS)
    with db.read() as session:
        users = session.scalars(select(User).order_by(User.display_name))
        return tuple(_row(u) for u in users)


def _managed_user(session: Session, actor: Actor, username: str) -> User:
    """The account an admin changes, locked for the change."""
    actor.require(Action.MANAGE_USERS)
    user = session.scalars(select(User).where(User.username == username.strip()).with_for_update()).one_or_none()
    if user is None:
        raise NotFound("user", username)
    return user


def _keep_an_admin(session: Session, user: User, *, losing_admin: bool) -> None:
    """Nobody could manage the accounts any more if the last active admin lost the role or the account."""
    if not losing_admin or not user.active or Role.ADMIN not in user.roles:
        return
    others = session.scalar(
        select(func.count())
        .select_from(User)
        .join(UserRole, UserRole.user_id == User.id)
        .where(User.active.is_(True), UserRole.role == Role.ADMIN, User.id != user.id)
    )
    if not others:
        raise InvalidInput("username", "last_admin")


@operation
def deactivate_user(db: Database, actor: Actor, username: str) -> UserRow:
    """The account can no longer log in, and its open sessions end on their next step (admins)."""
    return _set_active(db, actor, username, active=False)


@operation
def activate_user(db: Database, actor: Actor, username: str) -> UserRow:
    """A deactivated account may log in again (admins)."""
    return _set_active(db, actor, username, active=True)


def _set_active(db: Database, actor: Actor, username: str, *, active: bool) -> UserRow:
    with db.write() as session:
        user = _managed_user(session, actor, username)
        _keep_an_admin(session, user, losing_admin=not active)
        if user.active != active:
            user.active = active
            action = "user.activated" if active else "user.deactivated"
            record(session, actor, action, "user", user.id, username=user.username)
        return _row(user)


@operation
def set_user_roles(db: Database, actor: Actor, username: str, roles: frozenset[Role]) -> UserRow:
    """Give an account exactly ``roles``; its open sessions end on their next step (admins). The users window
    changes the roles together with the name: :func:`update_user`."""
    _required(roles)
    with db.write() as session:
        user = _managed_user(session, actor, username)
        _keep_an_admin(session, user, losing_admin=Role.ADMIN in user.roles and Role.ADMIN not in roles)
        _give_roles(session, actor, user, roles)
        return _row(user)


def _required(roles: frozenset[Role]) -> None:
    if not roles:
        raise InvalidInput("roles", "required")


def _give_roles(session: Session, actor: Actor, user: User, roles: frozenset[Role]) -> None:
    """``user`` gets exactly ``roles`` (already checked), audited when that is a change."""
    before = user.roles
    if before != roles:
        user.role_links = [link for link in user.role_links if link.role in roles]
        user.role_links.extend(UserRole(role=role) for role in sorted(roles - before))
        record(
            session,
            actor,
            "user.roles_changed",
            "user",
            user.id,
            username=user.username,
            before=sorted(before),
            after=sorted(roles),
        )
    session.flush()


@operation
def change_own_password(db: Database, actor: Actor, old_password: str, new_password: str) -> Actor:
    """The logged-in user sets a new password, proving the old one. Returns the actor to go on with.

    Other sessions of the same account end (the stamp changes); a wrong old password counts as a failed login.
    """
    if actor.user_id is None:
        raise InvalidInput("password", "no_account")
    check_password(new_password, actor.username)
    if new_password == old_password:
        raise InvalidInput("password", "unchanged")
    now = utcnow()
    refusal: AmtsstubeError | None = None
    with db.write() as session:
        user = session.scalars(
            select(User).where(User.id == actor.user_id, User.active.is_(True)).with_for_update()
        ).one_or_none()
        if user is None:
            raise NotFound("user", actor.username)
        if user.locked_until is not None and user.locked_until > now:
            raise AccountLocked(user.username, user.locked_until)
        if not _verify(user.password_hash, old_password):
            record(session, actor, "user.password_change_failed", "user", user.id)
            locked = _count_failure(session, user, actor, now)
            refusal = locked if isinstance(locked, AccountLocked) else InvalidInput("old_password", "wrong")
        else:
            user.password_hash = _hasher.hash(new_password)
            user.failed_logins = 0
            record(session, actor, "user.password_changed", "user", user.id, username=user.username)
            return _actor(session, user)
    raise refusal  # after the commit: the failed attempt counts


@operation
def reset_password(db: Database, actor: Actor, username: str, new_password: str) -> UserRow:
    """An admin sets a new password for someone who forgot theirs; it also unlocks the account."""
    check_password(new_password, username.strip())
    with db.write() as session:
        user = _managed_user(session, actor, username)
        user.password_hash = _hasher.hash(new_password)
        user.failed_logins = 0
        user.locked_until = None
        record(session, actor, "user.password_reset", "user", user.id, username=user.username)
        return _row(user)


@operation
def unlock_user(db: Database, actor: Actor, username: str) -> UserRow:
    """An admin lifts the lock after failed logins at once (the count starts again)."""
    with db.write() as session:
        user = _managed_user(session, actor, username)
        record(
            session,
            actor,
            "user.unlocked",
            "user",
            user.id,
            username=user.username,
            failures=user.failed_logins,
            until=user.locked_until.isoformat() if user.locked_until else None,
        )
        user.failed_logins = 0
        user.locked_until = None
        return _row(user)
