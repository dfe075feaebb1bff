"""An admin changes an account's name, e-mail address and phone number (issue 14, item 5): audited, checked like
a new account's, refused to everyone else, and without ending the account's open sessions."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from models.audit import AuditRecord
from models.db import Database
from models.errors import InvalidCharacter, InvalidInput, NotFound, PermissionDenied
from models.operations.queue import list_queue
from models.operations.users import list_users, update_user
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
