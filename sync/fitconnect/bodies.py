"""Reading answer bodies with a size limit, and making sense of ``problem+json`` error bodies."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

CHUNK_BYTES = 64 * 1024


class BodyTooLarge(Exception):
    """Internal signal: the body crossed the limit (the caller turns it into ``PayloadTooLarge``)."""


def read_limited(chunks: Iterable[bytes], limit: int, *, declared_length: str | None = None) -> bytes:
    """Join ``chunks`` but stop as soon as more than ``limit`` bytes arrived (or are announced by Content-Length).

    The iteration stops at the first chunk that crosses the limit, so an oversized body is never read to its end.
    """
    if declared_length is not None:
        try:
            announced = int(declared_length)
        except ValueError:
            announced = -1
        if announced > limit:
            raise BodyTooLarge
    parts: list[bytes] = []
    total = 0
    for chunk in chunks:
        total += len(chunk)
        if total > limit:
            raise BodyTooLarge
        parts.append(chunk)
    return b"".join(parts)


def read_truncated(chunks: Iterable[bytes], limit: int) -> bytes:
    """At most ``limit`` bytes of the body (for error answers, where the beginning is enough)."""
    parts: list[bytes] = []
    total = 0
    for chunk in chunks:
        parts.append(chunk)
        total += len(chunk)
        if total >= limit:
            break
    return b"".join(parts)[:limit]


@dataclass(frozen=True)
class Problem:
    """The RFC 7807 fields of an error answer (all optional: not every error comes as problem+json)."""

    type: str | None = None
    title: str | None = None
    detail: str | None = None
    error: str | None = None  # OAuth 2.0 error code of the token endpoint (e.g. invalid_client)


def parse_problem(body: bytes) -> Problem:
    try:
        data: Any = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return Problem()
    if not isinstance(data, dict):
        return Problem()
    return Problem(
        type=_text(data.get("type")),
        title=_text(data.get("title")),
        detail=_text(data.get("detail")) or _text(data.get("error_description")),
        error=_text(data.get("error")),
    )


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None
