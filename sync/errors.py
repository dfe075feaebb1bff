"""The failures of the sync that a user reads about, beside the delivery service's own (``fitconnect/errors.py``).

A module of plain exception types, so that the messages for them (``desktop/messages/``) load neither the keyring nor
the FIT-Connect client.
"""

from __future__ import annotations

from models.errors import AmtsstubeError


class SyncNotConfigured(AmtsstubeError):
    def __init__(self) -> None:
        super().__init__("FIT-Connect is not configured (token URL, submission API and destination id)")


class KeyringUnavailable(AmtsstubeError):
    """No usable keyring backend (e.g. a headless server without a Secret Service)."""

    def __init__(self, detail: str) -> None:
        super().__init__(f"no usable keyring backend: {detail}")
        self.detail = detail


class CredentialsMissing(AmtsstubeError):
    def __init__(self, item: str) -> None:
        super().__init__(f"FIT-Connect credential {item!r} is not in the keyring")
        self.item = item
