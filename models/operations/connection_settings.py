"""Changes of a workstation's FIT-Connect connection, recorded in the audit log (who pointed intake where)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from models.actors import Actor
from models.db import Database
from models.operations.audit_trail import record
from models.operations.rights import operation
from models.permissions import Action

Value = str | int | bool | None


@operation
def change_connection_settings(
    db: Database,
    actor: Actor,
    changes: Mapping[str, tuple[Value, Value]],
    *,
    credentials_replaced: bool,
    apply: Callable[[], None],
) -> None:
    """Record a change (setting → (old, new); no secret is among them, only whether the keyring's credentials were
    replaced) and ``apply`` it inside the same transaction: a change that cannot be saved is not recorded, and
    nothing is saved before the database has taken the record."""
    actor.require(Action.CONFIGURE_CONNECTION)
    with db.write() as session:
        record(
            session,
            actor,
            "fitconnect.settings_changed",
            "workstation",
            "-",
            changes={key: {"old": old, "new": new} for key, (old, new) in sorted(changes.items())},
            credentials_replaced=credentials_replaced,
        )
        session.flush()  # the database is there and takes the record before anything is saved
        apply()
