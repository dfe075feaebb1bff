"""Imports every mapping so that ``Base.metadata`` is complete (for migrations and tests)."""

from models import audit, cases, catalogue, documents, intake, people, pickups, town_config, users
from models.base import Base

__all__ = ["Base", "audit", "cases", "catalogue", "documents", "intake", "people", "pickups", "town_config", "users"]
