"""Accounts (issue 9, finding 3): the password policy, failed logins and the lockout, and the admin's operations
(deactivate, roles, reset, unlock) with their effect on open sessions and their audit records."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from models.audit import AuditRecord
from models.base import utcnow
from models.db import Database
from models.errors import AccessRevoked, AccountLocked, AuthenticationFailed, InvalidInput, PermissionDenied
from models.operations.case_detail import case_detail
from models.operations.users import (
    FIRST_LOCK,
    LONGEST_LOCK,
    activate_user,
    authenticate,
    change_own_password,
    create_user,
    deactivate_user,
    list_users,
    lock_duration,
    reset_password,
    set_user_roles,
    unlock_user,
)
from models.password_policy import check_password, common_passwords
from models.roles import Role
from tests.conftest import PASSWORD, Staff
from tests.support.factories import GENERIC_FEE_SERVICE, new_case

NEW_PASSWORD = "Neue-Akte-im-Keller"


def _audit(db: Database, action: str) -> list[AuditRecord]:
    with db.read() as session:
        return list(session.scalars(select(AuditRecord).where(AuditRecord.action == action).order_by(AuditRecord.id)))


# -- the password policy ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("password", "problem"),
    [
        ("kurz-123", "too_short"),
        ("Abcdefgh9", "too_short"),
        ("x" * 257 + "Y", "too_long"),
        ("anna", "too_short"),
        ("ANNA-im-Buero-7", "contains_username"),
        ("meine-anna-2026", "contains_username"),
        ("aaaaaaaaaaaa", "one_character"),
        ("............", "one_character"),
        ("passwort1234", "common"),
        ("Passwort1234!", "common"),
        ("hallo12345678", "common"),
        ("Schalke04-1904", "common"),
        ("qwertzuiop", "common"),
        ("1234567890", "common"),
        ("iloveyou12345", "common"),
        ("P@ssw0rd2024", "common"),
        ("Sommer2026!!", "common"),
        ("Willkommen123", "common"),
        ("Rathaus2026", "common"),
    ],
)
def test_the_password_policy_refuses(password: str, problem: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        check_password(password, "anna")
    assert (caught.value.field, caught.value.problem) == ("password", problem)


@pytest.mark.parametrize(
    "password", ["Akten-Regal-4711", "Drei Akten im Regal 7", "correct horse battery staple", "8472-9931-0042"]
)
def test_the_password_policy_accepts(password: str) -> None:
    check_password(password, "anna")
    check_password(password, "al")  # a short user name is not looked for inside the password


def test_the_shipped_lists_are_thousands_of_passwords_with_german_ones() -> None:
    common = common_passwords()
    assert len(common) > 15_000
    assert {"123456", "password", "passwort", "hallo123", "schatz", "qwertz"} <= common
    assert all(entry == entry.casefold() and entry.strip() == entry and entry for entry in common)


def test_every_account_operation_applies_the_policy(db: Database, staff: Staff) -> None:
    with pytest.raises(InvalidInput):
        create_user(db, staff.admin, "frieda", "Frieda", frozenset({Role.CLERK}), password="passwort1234")
    with pytest.raises(InvalidInput):
        reset_password(db, staff.admin, "anna", "anna-2026-neu")
    with pytest.raises(InvalidInput):
        change_own_password(db, staff.clerk, PASSWORD, "Sommer2026!!")
    assert authenticate(db, "anna", PASSWORD).username == "anna"  # nothing changed


# -- failed logins -----------------------------------------------------------------------------------------------


def test_lock_durations_grow_and_stop_at_an_hour() -> None:
    assert [lock_duration(n) for n in range(5)] == [None] * 5
    assert lock_duration(5) == FIRST_LOCK == dt.timedelta(seconds=30)
    assert lock_duration(6) == dt.timedelta(minutes=1)
    assert lock_duration(7) == dt.timedelta(minutes=2)
    assert lock_duration(12) == LONGEST_LOCK == dt.timedelta(hours=1)
    assert lock_duration(10_000) == LONGEST_LOCK


def test_five_failures_lock_the_account_for_a_growing_time(db: Database, staff: Staff) -> None:
    now = utcnow()
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            authenticate(db, "anna", "falsch-geraten", now=now)
    with pytest.raises(AccountLocked) as locked:
        authenticate(db, "anna", "falsch-geraten", now=now)
    assert locked.value.until == now + dt.timedelta(seconds=30)
    with pytest.raises(AccountLocked):  # not even the right password during the lock
        authenticate(db, "anna", PASSWORD, now=now + dt.timedelta(seconds=29))
    later = now + dt.timedelta(seconds=31)
    with pytest.raises(AccountLocked) as again:
        authenticate(db, "anna", "falsch-geraten", now=later)
    assert again.value.until == later + dt.timedelta(minutes=1)
    latest = later + dt.timedelta(minutes=1, seconds=1)
    with pytest.raises(AccountLocked) as third:
        authenticate(db, "anna", "noch-falscher", now=latest)
    assert third.value.until == latest + dt.timedelta(minutes=2)
    assert authenticate(db, "ben", PASSWORD, now=latest).username == "ben"  # other accounts are not affected

    records = _audit(db, "user.locked")
    assert [(r.details["failures"], r.details["username"]) for r in records] == [(5, "anna"), (6, "anna"), (7, "anna")]
    assert len(_audit(db, "user.login_failed")) == 7
    assert [r.object_id for r in _audit(db, "user.login_locked")] == ["anna"]

    after = third.value.until + dt.timedelta(seconds=1)
    assert authenticate(db, "anna", PASSWORD, now=after).username == "anna"
    for _ in range(4):  # a successful login starts the count again
        with pytest.raises(AuthenticationFailed):
            authenticate(db, "anna", "falsch-geraten", now=after)


def test_an_admin_unlocks_at_once(db: Database, staff: Staff) -> None:
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            authenticate(db, "anna", "falsch")
    with pytest.raises(AccountLocked):
        authenticate(db, "anna", "falsch")
    assert next(u for u in list_users(db, staff.admin) if u.username == "anna").locked_until is not None
    with pytest.raises(PermissionDenied):
        unlock_user(db, staff.supervisor, "anna")
    row = unlock_user(db, staff.admin, "anna")
    assert row.locked_until is None
    assert authenticate(db, "anna", PASSWORD).username == "anna"
    unlocked = _audit(db, "user.unlocked")
    assert [(r.actor, r.details["username"], r.details["failures"]) for r in unlocked] == [("eva", "anna", 5)]


def test_unknown_users_are_never_locked(db: Database, staff: Staff) -> None:
    for _ in range(7):
        with pytest.raises(AuthenticationFailed):
            authenticate(db, "niemand", "falsch")
    assert _audit(db, "user.locked") == []


# -- the admin's operations and open sessions --------------------------------------------------------------------


def test_deactivation_ends_the_session_and_the_login(db: Database, staff: Staff) -> None:
    case = new_case(db, staff.system, GENERIC_FEE_SERVICE)
    assert case_detail(db, staff.clerk, case.id).case.id == case.id
    with pytest.raises(PermissionDenied):
        deactivate_user(db, staff.supervisor, "anna")
    assert deactivate_user(db, staff.admin, "anna").active is False
    with pytest.raises(AccessRevoked):
        case_detail(db, staff.clerk, case.id)
    with pytest.raises(AuthenticationFailed):
        authenticate(db, "anna", PASSWORD)
    activate_user(db, staff.admin, "anna")
    back = authenticate(db, "anna", PASSWORD)
    assert case_detail(db, back, case.id).case.id == case.id
    with pytest.raises(AccessRevoked):  # the session from before the deactivation stays ended
        case_detail(db, staff.clerk, case.id)
    assert [(r.actor, r.details["username"]) for r in _audit(db, "user.deactivated")] == [("eva", "anna")]
    assert [r.details["username"] for r in _audit(db, "user.activated")] == ["anna"]


def test_the_last_admin_stays(db: Database, staff: Staff) -> None:
    for attempt in (
        lambda: deactivate_user(db, staff.admin, "eva"),
        lambda: set_user_roles(db, staff.admin, "eva", frozenset({Role.SUPERVISOR})),
    ):
        with pytest.raises(InvalidInput) as caught:
            attempt()
        assert caught.value.problem == "last_admin"
    create_user(db, staff.admin, "fritz", "Fritz Admin", frozenset({Role.ADMIN}), password=NEW_PASSWORD)
    assert set_user_roles(db, staff.admin, "eva", frozenset({Role.ADMIN, Role.SUPERVISOR})).roles == frozenset(
        {Role.ADMIN, Role.SUPERVISOR}
    )
    with pytest.raises(AccessRevoked):  # her own roles changed: she logs in again
        deactivate_user(db, staff.admin, "fritz")
    changed = _audit(db, "user.roles_changed")
    assert [(r.details["before"], r.details["after"]) for r in changed] == [(["admin"], ["admin", "supervisor"])]


def test_changing_the_own_password(db: Database, staff: Staff) -> None:
    with pytest.raises(InvalidInput) as wrong:
        change_own_password(db, staff.clerk, "nicht-das-alte", NEW_PASSWORD)
    assert (wrong.value.field, wrong.value.problem) == ("old_password", "wrong")
    with pytest.raises(InvalidInput) as same:
        change_own_password(db, staff.clerk, PASSWORD, PASSWORD)
    assert same.value.problem == "unchanged"
    with pytest.raises(InvalidInput) as system:
        change_own_password(db, staff.system, PASSWORD, NEW_PASSWORD)
    assert system.value.problem == "no_account"
    other_session = authenticate(db, "anna", PASSWORD)

    fresh = change_own_password(db, staff.clerk, PASSWORD, NEW_PASSWORD)
    assert fresh.rights_version > staff.clerk.rights_version
    case = new_case(db, staff.system, GENERIC_FEE_SERVICE)
    assert case_detail(db, fresh, case.id).case.id == case.id  # the session goes on with the returned actor
    with pytest.raises(AccessRevoked):
        case_detail(db, other_session, case.id)  # other sessions of the account end
    with pytest.raises(AuthenticationFailed):
        authenticate(db, "anna", PASSWORD)
    assert authenticate(db, "anna", NEW_PASSWORD).username == "anna"
    assert [r.actor for r in _audit(db, "user.password_changed")] == ["anna"]
    assert len(_audit(db, "user.password_change_failed")) == 1


def test_wrong_old_passwords_count_as_failed_logins(db: Database, staff: Staff) -> None:
    for _ in range(4):
        with pytest.raises(InvalidInput):
            change_own_password(db, staff.clerk, "geraten-geraten", NEW_PASSWORD)
    with pytest.raises(AccountLocked):
        change_own_password(db, staff.clerk, "geraten-geraten", NEW_PASSWORD)
    with pytest.raises(AccountLocked):
        authenticate(db, "anna", PASSWORD)


def test_an_admin_resets_a_forgotten_password(db: Database, staff: Staff) -> None:
    for _ in range(5):
        with pytest.raises((AuthenticationFailed, AccountLocked)):
            authenticate(db, "ben", "vergessen-vergessen")
    with pytest.raises(PermissionDenied):
        reset_password(db, staff.clerk, "ben", NEW_PASSWORD)
    assert reset_password(db, staff.admin, "ben", NEW_PASSWORD).locked_until is None
    with pytest.raises(AccessRevoked):
        case_detail(db, staff.clerk2, new_case(db, staff.system).id)  # his open session ends
    assert authenticate(db, "ben", NEW_PASSWORD).username == "ben"
    assert [(r.actor, r.details["username"]) for r in _audit(db, "user.password_reset")] == [("eva", "ben")]
