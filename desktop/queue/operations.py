"""What the work queue asks for, one function per request, each building its :class:`~desktop.core.tasks.Operation`."""

from __future__ import annotations

from collections.abc import Callable

from desktop.core.tasks import FailureHandler, Operation
from desktop.core.workspace import Workspace
from models.operations import catalogue, queue
from models.operations.queue import QueueFilter, QueueSort
from models.operations.rows import QueuePage


def load_queue_page(
    workspace: Workspace,
    queue_filter: QueueFilter,
    sort: QueueSort,
    *,
    offset: int,
    limit: int,
    record_search: bool,
    on_success: Callable[[QueuePage], object],
    on_failure: FailureHandler,
) -> Operation[QueuePage]:
    """A page of the queue as filtered and sorted; ``record_search``: the search is entered in the audit log."""
    return Operation(
        name=f"load queue from {offset}",
        work=lambda: queue.list_queue(
            workspace.db,
            workspace.actor,
            queue_filter,
            sort,
            offset=offset,
            limit=limit,
            record_search=record_search,
        ),
        on_success=on_success,
        on_failure=on_failure,
    )


def list_services(
    workspace: Workspace, *, on_success: Callable[[tuple[catalogue.ServiceRow, ...]], object]
) -> Operation[tuple[catalogue.ServiceRow, ...]]:
    """The town's services, for the queue's filter."""
    db = workspace.db
    return Operation(name="list services", work=lambda: catalogue.list_services(db), on_success=on_success)
