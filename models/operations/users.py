"""Staff accounts: creating them, logging in (argon2id password hashes)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from models.db import Database
from models.din91379 import normalised
from models.errors import AuthenticationFailed, InvalidInput
from models.operations.actors import Actor
from models.operations.audit_trail import record
from models.permissions import Action
from models.roles import Role
from models.storable_text import fitted
from models.users import User, UserRole

_hasher = PasswordHasher()
MIN_PASSWORD_LENGTH = 8


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    display_name: str
    roles: frozenset[Role]
    active: bool


def _actor(user: User) -> Actor:
    return Actor(
        user_id=user.id,
        username=user.username,
        display_name=user.display_name,
        roles=user.roles,
        email=user.email,
        phone=user.phone,
    )


def authenticate(db: Database, username: str, password: str) -> Actor:
    """Check a user name and password; both outcomes are logged."""
    username = username.strip()
    with db.write() as session:
        user = session.scalars(select(User).where(User.username == username, User.active)).one_or_none()
        ok = _verify(user.password_hash if user else None, password)
        attempt = Actor(None, username or "?", username or "?", frozenset())
        record(session, attempt, "user.login" if ok else "user.login_failed", "user", username or "?")
        actor = _actor(user) if ok and user is not None else None
        if actor is not None and user is not None and _hasher.check_needs_rehash(user.password_hash or ""):
            user.password_hash = _hasher.hash(password)
    if actor is None:  # raised after the commit, so that the failed attempt stays in the log
        raise AuthenticationFailed()
    return actor


@cache
def _dummy_hash() -> str:
    return _hasher.hash("not the password of anyone")


def _verify(password_hash: str | None, password: str) -> bool:
    try:
        # An unknown user costs the same time as a wrong password (no user enumeration by timing).
        return _hasher.verify(password_hash or _dummy_hash(), password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


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
    if not roles:
        raise InvalidInput("roles", "required")
    if password is not None and len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput("password", "too_short")
    display_name = fitted(User.display_name, normalised(display_name, "display_name") or username, "display_name")
    email = fitted(User.email, email.strip(), "email") or None if email else None
    phone = fitted(User.phone, phone.strip(), "phone") or None if phone else None
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
        return UserRow(user.id, user.username, user.display_name, user.roles, user.active)


def count_users(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(User)) or 0)


def list_users(db: Database, actor: Actor) -> tuple[UserRow, ...]:
    if not (actor.may(Action.MANAGE_USERS) or actor.may(Action.ASSIGN_CASES)):
        actor.require(Action.MANAGE_USERS)
    with db.read() as session:
        users = session.scalars(select(User).order_by(User.display_name))
        return tuple(UserRow(u.id, u.username, u.display_name, u.roles, u.active) for u in users)
