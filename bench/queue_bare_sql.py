"""The baseline of the work queue's figures: the same page in bare SQL, written by hand.

The count of the cases a clerk sees that match the filter, and their first page of 100 in the order asked for — the
least the database must do for the queue's answer, with no ORM, no row objects, no audit record and no painting.
"""

from __future__ import annotations

from sqlalchemy import text

from bench.timing import median_seconds
from models.db import Database
from models.operations.queue import QueueFilter, SortKey
from models.operations.text_search import escape_like
from models.search_form import search_terms

PAGE = 100

_ORDER = {
    SortKey.DUE_DATE: "c.due_date",
    SortKey.RECEIVED_AT: "c.received_at",
    SortKey.REFERENCE: "c.reference",
    SortKey.STATUS: "c.status",
    SortKey.SERVICE: "s.name",
    SortKey.APPLICANT: "p.family_name",
    SortKey.ASSIGNEE: "u.display_name",
}
_FROM = (
    " FROM cases c JOIN public_services s ON s.id = c.service_id JOIN people p ON p.id = c.applicant_id"
    " LEFT JOIN users u ON u.id = c.assignee_id WHERE s.handling_role IN ('clerk')"
)


class BarePage:
    def __init__(self, db: Database) -> None:
        self.db = db

    def statements(
        self, queue_filter: QueueFilter, sort: SortKey = SortKey.DUE_DATE, *, descending: bool = False
    ) -> tuple[str, str, dict[str, object]]:
        """The count and the page of ``queue_filter`` in ``sort`` order, with their parameters."""
        where = ""
        parameters: dict[str, object] = {}
        if queue_filter.statuses is not None:
            names = sorted(status.value for status in queue_filter.statuses)
            where += " AND c.status IN (" + ", ".join(f"'{name}'" for name in names) + ")"
        if queue_filter.service_keys is not None:
            where += " AND s.key IN (" + ", ".join(f"'{key}'" for key in sorted(queue_filter.service_keys)) + ")"
        for number, term in enumerate(search_terms(queue_filter.text or "")):
            parameters[f"t{number}"] = f"%{escape_like(term)}%"
            where += f" AND (p.search_name LIKE :t{number} ESCAPE '\\' OR c.reference LIKE :t{number} ESCAPE '\\')"
        direction = " DESC" if descending else ""
        count = "SELECT count(*)" + _FROM + where
        page = (
            "SELECT c.id, c.reference, c.version, s.key, s.name, p.given_names, p.family_name, c.status, c.channel,"
            " u.username, u.display_name, c.received_at, c.due_date, c.submission_id"
            + _FROM
            + where
            + f" ORDER BY {_ORDER[sort]}{direction}, c.id LIMIT {PAGE}"
        )
        return count, page, parameters

    def run(self, queue_filter: QueueFilter, sort: SortKey = SortKey.DUE_DATE, *, descending: bool = False) -> int:
        """The count and the page's rows, fetched; returns the count."""
        count, page, parameters = self.statements(queue_filter, sort, descending=descending)
        with self.db.engine.connect() as conn:
            total = int(conn.execute(text(count), parameters).scalar_one())
            conn.execute(text(page), parameters).all()
        return total

    def median(self, queue_filter: QueueFilter, sort: SortKey = SortKey.DUE_DATE, *, descending: bool = False) -> float:
        return median_seconds(lambda: self.run(queue_filter, sort, descending=descending))
