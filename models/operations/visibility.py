"""Which cases an actor may see, and the one place every read of case data gets that filter from.

The rule (the same as the work queue's): supervisors and headless work see every case; clerks and registry
officers the cases of the services their roles handle (``PublicService.handling_role``); everyone else none.

Operations do not write ``select(Case)`` themselves: they start from :func:`visible_cases`,
:func:`visible_documents` or :func:`visible_mail_book`, which already carry the filter, or load one row with
:func:`visible_case` / :func:`visible_document` / :func:`visible_attachment`, which refuse a row the actor may not
see. Everything else about a case (payments, history, its letters) is read through a case loaded that way.
``tests/models/operations/test_visibility_by_construction.py`` fails for a query of case data that bypasses this
module, and the read matrix (``tests/models/operations/test_access_matrix.py``) checks every read operation against
every role.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVarTuple

from sqlalchemy import ColumnElement, Join, Select, false, select
from sqlalchemy.orm import Session, undefer
from sqlalchemy.orm.interfaces import ORMOption

from models.actors import Actor
from models.cases import Attachment, Case
from models.catalogue import PublicService
from models.documents import OutgoingDocument
from models.errors import NotFound, PermissionDenied
from models.mail_book import MailBookEntry
from models.people import Person
from models.permissions import CASE_HANDLING_ROLES, Action
from models.query_plans import DrivingJoin

Columns = TypeVarTuple("Columns")


def visibility_condition(actor: Actor) -> ColumnElement[bool] | None:
    """The SQL condition on ``PublicService`` of the cases ``actor`` sees (None: every case)."""
    if actor.sees_all_cases:
        return None
    roles = actor.roles & CASE_HANDLING_ROLES
    if not roles:
        return false()
    return PublicService.handling_role.in_(sorted(roles))


def _restricted(query: Select[*Columns], actor: Actor) -> Select[*Columns]:
    condition = visibility_condition(actor)
    return query if condition is None else query.where(condition)


def visible_cases(actor: Actor, *columns: Any) -> Select[Any]:
    """``SELECT`` of the cases ``actor`` sees (``columns``, else the ``Case`` entity), joined with their service."""
    query = select(*columns) if columns else select(Case)
    return _restricted(query.join_from(Case, PublicService, Case.service_id == PublicService.id), actor)


def visible_cases_walking(actor: Actor, first: type[PublicService] | type[Person], *columns: Any) -> Select[Any]:
    """:func:`visible_cases` read from ``first`` — the services or the applicants (then joined too) — on SQLite
    (:class:`DrivingJoin`): a page in the order of their name walks that name's index and stops after the page."""
    query = select(*columns) if columns else select(Case)
    on_service = Case.service_id == PublicService.id
    source: Join
    if first is PublicService:
        source = DrivingJoin(PublicService.__table__, Case.__table__, on_service)
    else:
        applicants = DrivingJoin(Person.__table__, Case.__table__, Case.applicant_id == Person.id)
        source = applicants.join(PublicService.__table__, on_service)
    return _restricted(query.select_from(source), actor)


def visible_documents(actor: Actor) -> Select[OutgoingDocument, Case]:
    """``SELECT`` of the outgoing documents (with their case) of the cases ``actor`` sees."""
    query = (
        select(OutgoingDocument, Case)
        .join(Case, OutgoingDocument.case_id == Case.id)
        .join(PublicService, Case.service_id == PublicService.id)
    )
    return _restricted(query, actor)


def visible_mail_book(actor: Actor) -> Select[MailBookEntry]:
    """``SELECT`` of the outgoing-mail book entries of the cases ``actor`` sees."""
    query = (
        select(MailBookEntry)
        .join(Case, MailBookEntry.case_id == Case.id)
        .join(PublicService, Case.service_id == PublicService.id)
    )
    return _restricted(query, actor)


def require_visible(case: Case, actor: Actor, action: Action = Action.VIEW_CASES) -> None:
    """Refuse (``PermissionDenied``) a case the actor may not see, whatever its id says."""
    if not actor.sees_cases_of(case.service):
        raise PermissionDenied(action, actor.username)


#: The largest id an INTEGER column holds on either database.
MAX_ID = 2**31 - 1


def _storable_id(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value <= MAX_ID


def visible_case(
    session: Session,
    actor: Actor,
    case_id: int | None = None,
    *,
    reference: str | None = None,
    options: Sequence[ORMOption] = (),
    for_update: bool = False,
) -> Case:
    """One case by id or reference: ``NotFound`` when there is none, ``PermissionDenied`` when it is not the actor's.

    ``for_update`` locks the row (``FOR UPDATE`` on PostgreSQL; SQLite write transactions are exclusive) and reads
    it afresh.
    """
    if reference is None and not _storable_id(case_id):  # PostgreSQL refuses to compare an INTEGER with it
        raise NotFound("case", case_id)
    query = select(Case).options(*options)
    query = query.where(Case.id == case_id) if reference is None else query.where(Case.reference == reference)
    if for_update:
        query = query.with_for_update(of=Case).execution_options(populate_existing=True)
    case = session.scalars(query).unique().one_or_none()
    if case is None:
        raise NotFound("case", case_id if reference is None else reference)
    require_visible(case, actor)
    return case


def visible_document(
    session: Session, actor: Actor, document_id: int, *, with_pdf: bool = False, action: Action = Action.VIEW_CASES
) -> tuple[OutgoingDocument, Case]:
    """One outgoing document and its case, refused like :func:`visible_case` when the case is not the actor's."""
    query = (
        select(OutgoingDocument, Case)
        .join(Case, OutgoingDocument.case_id == Case.id)
        .where(OutgoingDocument.id == document_id)
    )
    if with_pdf:
        query = query.options(undefer(OutgoingDocument.pdf))
    row = session.execute(query).unique().one_or_none()
    if row is None:
        raise NotFound("document", document_id)
    document, case = row
    require_visible(case, actor, action)
    return document, case


def visible_attachment(session: Session, actor: Actor, attachment_id: int) -> tuple[Attachment, Case]:
    """One attachment with its content and its case, refused like :func:`visible_case` when the case is not the
    actor's."""
    query = (
        select(Attachment, Case)
        .join(Case, Attachment.case_id == Case.id)
        .where(Attachment.id == attachment_id)
        .options(undefer(Attachment.content))
    )
    row = session.execute(query).unique().one_or_none()
    if row is None:
        raise NotFound("attachment", attachment_id)
    attachment, case = row
    require_visible(case, actor)
    return attachment, case
