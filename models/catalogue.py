"""The service catalogue (Leistungskatalog): every public service a citizen can apply for."""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, str_enum
from models.roles import Role


class PublicService(Base):
    """A public service (Leistung) as offered on the portal."""

    __tablename__ = "public_services"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)  # e.g. "bulky_waste_pickup"
    name: Mapped[str] = mapped_column(String(200))  # German name shown to staff and citizens
    leika_id: Mapped[str | None] = mapped_column(String(120))  # FIM/LeiKa identifier used by FIT-Connect
    fee_cents: Mapped[int] = mapped_column(Integer, default=0)
    processing_days: Mapped[int] = mapped_column(Integer)  # deadline in working days (Bearbeitungsfrist)
    schema_uri: Mapped[str | None] = mapped_column(String(300))  # JSON schema of the form data
    handling_role: Mapped[Role] = mapped_column(str_enum(Role, 30))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
