"""The one place that builds the ``jsonschema`` validators form data is checked with.

The intake (:mod:`sync.submission_check`) and the desktop's forms (:mod:`models.form_problems`) use these same
validators, so a form the clerk can save is a form the intake would have accepted, and the other way round.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import jsonschema

from models.services.registry import schema_for_uri


def schema_validator(schema: dict[str, Any]) -> jsonschema.protocols.Validator:
    """A validator for ``schema`` by its ``$schema`` dialect, checking formats (``date``, ``email``) too."""
    validator_class = jsonschema.validators.validator_for(schema)
    validator: jsonschema.protocols.Validator = validator_class(schema, format_checker=jsonschema.FormatChecker())
    return validator


@lru_cache(maxsize=64)  # bounded: the URI comes from the sender
def form_validator(schema_uri: str) -> jsonschema.protocols.Validator | None:
    """A validator for the form schema a submission names, if Amtsstube ships that schema (built once)."""
    schema = schema_for_uri(schema_uri)
    return schema_validator(schema) if schema is not None else None
