"""An admin changes an account's name, e-mail address and phone number (issue 14, item 5): audited, checked like
a new account's, refused to everyone else, and without ending the account's open sessions. With the roles it is one
change: a refused role change leaves the name and contact as they were."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from models.audit import AuditRecord
from models.db import Database
from models.errors import AccessRevoked, InvalidCharacter, InvalidInput, NotFound, PermissionDenied
from models.operations.queue import list_queue
from models.operations.users import UserRow, list_users, update_user
from models.roles import Role
from tests.conftest import Staff


def test_an_admin_changes_name_and_contact_and_the_change_is_audited(db: Database, staff: Staff) -> None:
    row = update_user(db, staff.admin, "ben", display_name="  Ben Yıldız ", email="ben@lindenbrueck.de", phone="")
    assert (row.display_name, row.email, row.phone) == ("Ben Yıldız", "ben@lindenbrueck.de", None)
    assert {r.username: r.display_name for r in list_users(db, staff.admin)}["ben"] == "Ben Yıldız"
    with db.read() as session:
        (audit,) = session.scalars(select(AuditRecord).where(AuditRecord.action == "user.updated"))
    assert audit.actor == "eva"
    assert audit.details["changes"]["display_name"] == ["Ben Yılmaz", "Ben Yıldız"]
    assert audit.details["changes"]["phone"][1] is None
    list_queue(db, staff.clerk2)  # the name is no right: Ben's open session goes on


def test_nothing_changed_writes_no_record(db: Database, staff: Staff) -> None:
    update_user(db, staff.admin, "anna", display_name="Anna Schmitz")
    with db.read() as session:
        assert session.scalar(select(AuditRecord).where(AuditRecord.action == "user.updated")) is None


@pytest.mark.parametrize(
    ("changes", "refusal"),
    [({"display_name": "   "}, InvalidInput), ({"display_name": "Anna\u202eSchmitz"}, InvalidCharacter)],
)
def test_a_name_is_checked_as_for_a_new_account(
    db: Database, staff: Staff, changes: dict[str, str], refusal: type[Exception]
) -> None:
    with pytest.raises(refusal):
        update_user(db, staff.admin, "anna", **changes)
    assert {r.username: r.display_name for r in list_users(db, staff.admin)}["anna"] == "Anna Schmitz"


def test_only_admins_change_accounts(db: Database, staff: Staff) -> None:
    for actor in (staff.clerk, staff.supervisor, staff.data_protection):
        with pytest.raises(PermissionDenied):
            update_user(db, actor, actor.username, display_name="Selbst gewählt")
    with pytest.raises(NotFound):
        update_user(db, staff.admin, "niemand", display_name="Niemand")


def _account(db: Database, staff: Staff, username: str) -> UserRow:
    return {r.username: r for r in list_users(db, staff.admin)}[username]


@pytest.mark.parametrize("roles", [frozenset({Role.SUPERVISOR}), frozenset()])
def test_a_refused_role_change_leaves_name_and_contact_as_they_were(
    db: Database, staff: Staff, roles: frozenset[Role]
) -> None:
    before = _account(db, staff, "eva")
    with pytest.raises(InvalidInput) as caught:  # the last active admin keeps the role; an account needs one
        update_user(db, staff.admin, "eva", display_name="Eva Neumann", email="eva@lindenbrueck.de", roles=roles)
    assert caught.value.problem == ("last_admin" if roles else "required")
    assert _account(db, staff, "eva") == before  # and Eva's own session goes on: her rights did not change
    with db.read() as session:
        changes = session.scalars(
            select(AuditRecord.action).where(AuditRecord.action.in_(("user.updated", "user.roles_changed")))
        ).all()
    assert changes == []


def test_name_and_roles_are_changed_together_and_audited_as_two_changes(db: Database, staff: Staff) -> None:
    row = update_user(db, staff.admin, "ben", display_name="Ben Yıldız", roles=frozenset({Role.SUPERVISOR}))
    assert (row.display_name, row.roles) == ("Ben Yıldız", frozenset({Role.SUPERVISOR}))
    assert _account(db, staff, "ben") == row
    with db.read() as session:
        audit = session.scalars(
            select(AuditRecord).where(AuditRecord.action.like("user.%")).order_by(AuditRecord.id)
        ).all()
    assert [(r.action, r.actor) for r in audit][-2:] == [("user.updated", "eva"), ("user.roles_changed", "eva")]
    assert audit[-1].details["before"] == ["clerk"]
    assert audit[-1].details["after"] == ["supervisor"]
    with pytest.raises(AccessRevoked):  # other rights: Ben's open session ends
        list_queue(db, staff.clerk2)


def test_the_same_roles_are_no_change_of_rights(db: Database, staff: Staff) -> None:
    update_user(db, staff.admin, "ben", phone="02999 123-77", roles=frozenset({Role.CLERK}))
    with db.read() as session:
        assert session.scalar(select(AuditRecord).where(AuditRecord.action == "user.roles_changed")) is None
    list_queue(db, staff.clerk2)  # Ben's open session goes on
