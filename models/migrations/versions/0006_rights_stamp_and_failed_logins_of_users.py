"""rights stamp and failed logins of users

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 23:28:05.046376

``users.rights_version`` is raised by the database itself whenever a user's ``active`` flag, password hash or roles
change, whoever changes them (the application, or an admin with SQL): every operation compares it with the stamp
its session logged in with, so that a deactivated user or a removed role takes effect on the next operation.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import models.base


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

_POSTGRESQL_TRIGGERS = [
    """CREATE FUNCTION users_rights_changed() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF NEW.active IS DISTINCT FROM OLD.active OR NEW.password_hash IS DISTINCT FROM OLD.password_hash THEN
           NEW.rights_version := OLD.rights_version + 1;
         END IF;
         RETURN NEW;
       END $$""",
    """CREATE TRIGGER users_rights_changed BEFORE UPDATE ON users
       FOR EACH ROW EXECUTE FUNCTION users_rights_changed()""",
    """CREATE FUNCTION user_roles_changed() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP IN ('DELETE', 'UPDATE') THEN
           UPDATE users SET rights_version = rights_version + 1 WHERE id = OLD.user_id;
         END IF;
         IF TG_OP IN ('INSERT', 'UPDATE') THEN
           UPDATE users SET rights_version = rights_version + 1 WHERE id = NEW.user_id;
         END IF;
         RETURN NULL;
       END $$""",
    """CREATE TRIGGER user_roles_changed AFTER INSERT OR UPDATE OR DELETE ON user_roles
       FOR EACH ROW EXECUTE FUNCTION user_roles_changed()""",
]

_SQLITE_TRIGGERS = [
    """CREATE TRIGGER users_rights_changed AFTER UPDATE OF active, password_hash ON users
       WHEN OLD.active IS NOT NEW.active OR OLD.password_hash IS NOT NEW.password_hash
       BEGIN UPDATE users SET rights_version = rights_version + 1 WHERE id = NEW.id; END""",
    """CREATE TRIGGER user_roles_added AFTER INSERT ON user_roles
       BEGIN UPDATE users SET rights_version = rights_version + 1 WHERE id = NEW.user_id; END""",
    """CREATE TRIGGER user_roles_removed AFTER DELETE ON user_roles
       BEGIN UPDATE users SET rights_version = rights_version + 1 WHERE id = OLD.user_id; END""",
    """CREATE TRIGGER user_roles_updated AFTER UPDATE ON user_roles
       BEGIN
         UPDATE users SET rights_version = rights_version + 1 WHERE id = OLD.user_id;
         UPDATE users SET rights_version = rights_version + 1 WHERE id = NEW.user_id;
       END""",
]


def upgrade() -> None:
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('rights_version', sa.Integer(), server_default='1', nullable=False))
        batch_op.add_column(sa.Column('failed_logins', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('locked_until', models.base.UtcDateTime(timezone=True), nullable=True))
    postgresql = op.get_bind().dialect.name == "postgresql"
    for statement in _POSTGRESQL_TRIGGERS if postgresql else _SQLITE_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER user_roles_changed ON user_roles")
        op.execute("DROP FUNCTION user_roles_changed()")
        op.execute("DROP TRIGGER users_rights_changed ON users")
        op.execute("DROP FUNCTION users_rights_changed()")
    else:
        for name in ("users_rights_changed", "user_roles_added", "user_roles_removed", "user_roles_updated"):
            op.execute(f"DROP TRIGGER {name}")
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('locked_until')
        batch_op.drop_column('failed_logins')
        batch_op.drop_column('rights_version')
