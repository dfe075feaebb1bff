"""A Qt form built from a JSON schema, validated as the intake validates (:class:`SchemaForm`).

Shared by the rooms that let a clerk type form data: the counter's walk-in case and *Angaben berichtigen*.
"""

from __future__ import annotations

from desktop.widgets.schema_form.form import SchemaForm

__all__ = ["SchemaForm"]
