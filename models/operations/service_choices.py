"""The services a member of staff may open a counter case for (for :class:`models.service_search.ServiceIndex`)."""

from __future__ import annotations

from sqlalchemy import select

from models.actors import Actor
from models.catalogue import PublicService
from models.db import Database
from models.fees import FeeRule
from models.operations.catalogue import fee_of
from models.operations.rights import operation
from models.service_search import ServiceChoice


@operation
def service_choices(db: Database, actor: Actor) -> tuple[ServiceChoice, ...]:
    """The active services ``actor`` may work on (the role that handles them), by name. No personal data."""
    with db.read() as session:
        services = session.scalars(select(PublicService).where(PublicService.active).order_by(PublicService.name))
        return tuple(
            ServiceChoice(
                key=s.key,
                name=s.name,
                department=s.department,
                keywords=tuple(s.keywords or ()),
                fee_cents=s.fee_cents,
                schema_uri=s.schema_uri,
                handling_role=s.handling_role,
                tariff=fee_of(s) if s.fee_rule is FeeRule.TARIFF else None,
            )
            for s in services
            if actor.may_work_on(s)
        )
