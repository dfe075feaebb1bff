"""The app's own user actions (logging in), each building its :class:`~desktop.core.tasks.Operation`.

The start-up steps (:mod:`desktop.app.startup`) are not here: they run before any user action, on the start-up's
own progress dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from desktop.core.tasks import FailureHandler, Operation, while_alive
from models.actors import Actor
from models.db import Database
from models.operations.town_settings import town_profile
from models.operations.users import authenticate


def log_in(
    db: Database,
    username: str,
    password: str,
    *,
    on_success: Callable[[Actor], object],
    on_failure: FailureHandler,
) -> Operation[Actor]:
    """Check user name and password (hashing takes a moment: never on the GUI thread)."""
    return Operation(
        name=f"log in {username}",
        work=lambda: authenticate(db, username, password),
        on_success=on_success,
        on_failure=on_failure,
    )


def read_lock_minutes(
    db: Database, *, owner: QObject, on_success: Callable[[int], object], on_failure: FailureHandler
) -> Operation[int]:
    """The town's ``lock_after_minutes`` (a read of the town's settings; handlers only while ``owner`` lives)."""
    return Operation(
        name="read the lock time",
        work=lambda: town_profile(db).lock_after_minutes,
        on_success=while_alive(owner, on_success),
        on_failure=while_alive(owner, on_failure),
    )
