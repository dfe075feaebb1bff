"""Why we reject a submission: the problems carried by our ``reject-submission`` events.

Each problem has a ``type`` URI below FIT-Connect's problem namespace, a German ``title`` for the portal (the
citizen may see it), a ``detail`` and the ``instance`` it concerns (``metadata``, ``data`` or ``attachment:<id>``).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from models.storable_text import UNSTORABLE

PROBLEM_BASE = "https://schema.fitko.de/fit-connect/events/problems/"


class ProblemKind(enum.StrEnum):
    ENCRYPTION_ISSUE = "encryption-issue"  # cannot be decrypted (wrong key id, broken JWE)
    METADATA_JSON_SYNTAX_VIOLATION = "metadata-json-syntax-violation"
    METADATA_SCHEMA_VIOLATION = "metadata-schema-violation"
    DATA_SCHEMA_VIOLATION = "data-schema-violation"
    MISSING_DATA = "missing-data"
    DATA_JSON_SYNTAX_VIOLATION = "data-json-syntax-violation"
    UNSUPPORTED_DATA_FORMAT = "unsupported-data-format"
    DATA_HASH_MISMATCH = "data-hash-mismatch"
    ATTACHMENT_HASH_MISMATCH = "attachment-hash-mismatch"
    MISSING_ATTACHMENT = "missing-attachment"
    ATTACHMENT_TOO_LARGE = "attachment-too-large"
    TECHNICAL_ERROR = "technical-error"  # we could not process it, tried a few passes (see sync.intake)


TITLES = {
    ProblemKind.ENCRYPTION_ISSUE: "Entschlüsselung fehlgeschlagen",
    ProblemKind.METADATA_JSON_SYNTAX_VIOLATION: "Metadaten sind kein gültiges JSON",
    ProblemKind.METADATA_SCHEMA_VIOLATION: "Metadaten entsprechen nicht dem Schema",
    ProblemKind.DATA_SCHEMA_VIOLATION: "Antragsdaten entsprechen nicht dem Schema",
    ProblemKind.MISSING_DATA: "Antragsdaten fehlen",
    ProblemKind.DATA_JSON_SYNTAX_VIOLATION: "Antragsdaten sind kein gültiges JSON",
    ProblemKind.UNSUPPORTED_DATA_FORMAT: "Datenformat wird nicht unterstützt",
    ProblemKind.DATA_HASH_MISMATCH: "Prüfsumme der Antragsdaten stimmt nicht",
    ProblemKind.ATTACHMENT_HASH_MISMATCH: "Prüfsumme einer Anlage stimmt nicht",
    ProblemKind.MISSING_ATTACHMENT: "Anlage fehlt",
    ProblemKind.ATTACHMENT_TOO_LARGE: "Anlage zu groß",
    ProblemKind.TECHNICAL_ERROR: "Technischer Fehler bei der Verarbeitung",
}


@dataclass(frozen=True)
class Problem:
    kind: ProblemKind
    detail: str
    instance: str  # "metadata", "data" or "attachment:<id>"

    def as_json(self) -> dict[str, Any]:
        """The problem as the reject event carries it; detail and instance may quote a stranger's bytes, so they
        are cut and freed of what no database or JSON parser on the other side should meet."""
        return {
            "type": PROBLEM_BASE + self.kind.value,
            "title": TITLES[self.kind],
            "detail": _printable(self.detail, 500),
            "instance": _printable(self.instance, 200),
        }


def _printable(text: str, limit: int) -> str:
    return UNSTORABLE.sub("\N{REPLACEMENT CHARACTER}", text)[:limit]


class SubmissionInvalid(Exception):
    """Raised while checking a submission; intake answers it with a reject event."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(f"{problem.kind.value} ({problem.instance}): {problem.detail}")
        self.problem = problem
