"""The registers' look-ups (residents, dogs, properties with waste bins), each an
:class:`~desktop.core.tasks.Operation` for the task runner (handlers only while ``parent`` is open). A search and
every record shown are logged by the operations themselves."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from desktop.core.tasks import FailureHandler, Operation, while_alive
from desktop.core.workspace import Workspace
from desktop.widgets.error_dialogs import errors_shown_on
from models.operations.dogs import DogMatch, DogRecord, dog_of_case, dog_record, find_dogs
from models.operations.residents import ResidentMatch, ResidentRecord, find_residents, resident_record
from models.operations.waste_bins import PropertyMatch, PropertyRecord, find_properties, property_record


def search_residents(
    workspace: Workspace,
    name: str,
    born: dt.date | None,
    *,
    limit: int,
    parent: QWidget,
    on_success: Callable[[tuple[ResidentMatch, ...]], object],
    on_failure: FailureHandler,
) -> Operation[tuple[ResidentMatch, ...]]:
    return Operation(
        name="search the resident register",
        work=lambda: find_residents(workspace.db, workspace.actor, name, born=born, limit=limit),
        on_success=while_alive(parent, on_success),
        on_failure=while_alive(parent, on_failure),
    )


def load_resident(
    workspace: Workspace, resident_id: int, *, parent: QWidget, on_success: Callable[[ResidentRecord], object]
) -> Operation[ResidentRecord]:
    return Operation(
        name=f"resident {resident_id}",
        work=lambda: resident_record(workspace.db, workspace.actor, resident_id),
        on_success=while_alive(parent, on_success),
        on_failure=errors_shown_on(parent),
    )


def search_dogs(
    workspace: Workspace,
    text: str,
    *,
    limit: int,
    parent: QWidget,
    on_success: Callable[[tuple[DogMatch, ...]], object],
    on_failure: FailureHandler,
) -> Operation[tuple[DogMatch, ...]]:
    return Operation(
        name="search the dog register",
        work=lambda: find_dogs(workspace.db, workspace.actor, text, limit=limit),
        on_success=while_alive(parent, on_success),
        on_failure=while_alive(parent, on_failure),
    )


def load_dog(
    workspace: Workspace, dog_id: int, *, parent: QWidget, on_success: Callable[[DogRecord], object]
) -> Operation[DogRecord]:
    return Operation(
        name=f"dog {dog_id}",
        work=lambda: dog_record(workspace.db, workspace.actor, dog_id),
        on_success=while_alive(parent, on_success),
        on_failure=errors_shown_on(parent),
    )


def find_dog_of_case(
    workspace: Workspace, case_id: int, *, parent: QWidget, on_success: Callable[[int | None], object]
) -> Operation[int | None]:
    return Operation(
        name=f"dog of case {case_id}",
        work=lambda: dog_of_case(workspace.db, workspace.actor, case_id),
        on_success=while_alive(parent, on_success),
        on_failure=errors_shown_on(parent),
    )


def search_properties(
    workspace: Workspace,
    text: str,
    *,
    limit: int,
    parent: QWidget,
    on_success: Callable[[tuple[PropertyMatch, ...]], object],
    on_failure: FailureHandler,
) -> Operation[tuple[PropertyMatch, ...]]:
    return Operation(
        name="search the waste-bin register",
        work=lambda: find_properties(workspace.db, workspace.actor, text, limit=limit),
        on_success=while_alive(parent, on_success),
        on_failure=while_alive(parent, on_failure),
    )


def load_property(
    workspace: Workspace, property_id: int, *, parent: QWidget, on_success: Callable[[PropertyRecord], object]
) -> Operation[PropertyRecord]:
    return Operation(
        name=f"property {property_id}",
        work=lambda: property_record(workspace.db, workspace.actor, property_id),
        on_success=while_alive(parent, on_success),
        on_failure=errors_shown_on(parent),
    )
