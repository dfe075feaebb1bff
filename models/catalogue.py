"""The service catalogue (Leistungskatalog): every public service a citizen can apply for."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Boolean, Integer, String, false
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, JsonType, str_enum
from models.fees import Fee, FeeRule
from models.roles import Role


class PublicService(Base):
    """A public service (Leistung) as offered on the portal."""

    __tablename__ = "public_services"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)  # e.g. "bulky_waste_pickup"
    name: Mapped[str] = mapped_column(String(200), index=True)  # German name shown to staff and citizens
    leika_id: Mapped[str | None] = mapped_column(String(120))  # FIM/LeiKa identifier used by FIT-Connect
    #: False for a local key (``urn:de:lindenbrueck:leistung:…``) where no LeiKa number could be confirmed.
    identifier_confirmed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    #: Identifiers this service had before: submissions still carrying one are matched to it.
    identifier_aliases: Mapped[list[str]] = mapped_column(JsonType, default=list, server_default="[]")
    department: Mapped[str] = mapped_column(String(80), default="Bürgerbüro", server_default="Bürgerbüro")
    keywords: Mapped[list[str]] = mapped_column(JsonType, default=list, server_default="[]")  # search words
    fee_rule: Mapped[FeeRule] = mapped_column(str_enum(FeeRule, 20), default=FeeRule.FIXED, server_default="fixed")
    #: fixed: the fee; per_copy: the first copy; tariff: the lowest amount; free: 0
    fee_cents: Mapped[int] = mapped_column(Integer, default=0)
    fee_further_copy_cents: Mapped[int | None] = mapped_column(Integer)  # per_copy: each further copy
    fee_max_cents: Mapped[int | None] = mapped_column(Integer)  # tariff: the highest amount
    #: tariff: the tariff reference (Tarifstelle); free: why no fee is due
    fee_basis: Mapped[str | None] = mapped_column(String(200))
    required_documents: Mapped[list[str]] = mapped_column(JsonType, default=list, server_default="[]")
    processing_days: Mapped[int] = mapped_column(Integer)  # deadline in working days (Bearbeitungsfrist)
    schema_uri: Mapped[str | None] = mapped_column(String(300))  # JSON schema of the form data
    handling_role: Mapped[Role] = mapped_column(str_enum(Role, 30))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")  # optimistic locking of edits
    #: The values Amtsstube shipped last, by field: a new shipped value replaces only one the town left as shipped.
    shipped: Mapped[dict[str, Any]] = mapped_column(JsonType, default=dict, server_default="{}")

    @property
    def fee(self) -> Fee:
        """The service's fee rule as one value."""
        return Fee(
            self.fee_rule,
            self.fee_cents,
            further_copy_cents=self.fee_further_copy_cents,
            max_cents=self.fee_max_cents,
            basis=self.fee_basis,
        )
