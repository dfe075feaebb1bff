"""Roles of the people who work with Amtsstube (Rollen)."""

from __future__ import annotations

import enum


class Role(enum.StrEnum):
    CLERK = "clerk"  # Sachbearbeitung im Bürgerbüro
    REGISTRY_OFFICER = "registry_officer"  # Standesbeamtin / Standesbeamter
    SUPERVISOR = "supervisor"  # Amtsleitung
    ADMIN = "admin"  # IT-Administration
    DATA_PROTECTION = "data_protection"  # Datenschutz: reads the audit log, and nothing else
