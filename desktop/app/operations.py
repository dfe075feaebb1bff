"""The app's own user actions (logging in), each building its :class:`~desktop.core.tasks.Operation`.

The start-up steps (:mod:`desktop.app.startup`) are not here: they run before any user action, on the start-up's
own progress dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.core.tasks import FailureHandler, Operation
from models.actors import Actor
from models.db import Database
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
