"""The one thing anyone with the database address may do without a login: give an empty database its first admin.

Every other change by the command line on a shared database needs a staff login, and it takes an admin to create
users. A database without any admin account (a new one) would have no way in, so its first admin may be created
without a login (``amtsstube user add NAME --role admin``). An admin account counts even while deactivated: taking
an admin's rights away must not reopen this door.
"""

from __future__ import annotations

from sqlalchemy import exists, select

from models.db import Database
from models.roles import Role
from models.users import UserRole


def admin_exists(db: Database) -> bool:
    """Whether any account (active or not) holds the admin role."""
    with db.read() as session:
        return bool(session.scalar(select(exists().where(UserRole.role == Role.ADMIN))))
