"""Setting up a destination in the sandbox the way a town hall does it in FIT-Connect's self-service portal.

A destination gets fresh RSA keys "of the subscriber": the public halves (encryption key, signature-verification
key) are registered on the destination, the private halves are handed back in memory only. A subscriber client and
a sender client are registered for it. Nothing here writes a file.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sync.fitconnect.crypto import KEY_SIZE, KeyPair, generate_encryption_key, generate_signing_key
from sync.sandbox.model import ClientKind, Destination, PublicService
from sync.sandbox.state import SandboxState
from sync.sandbox.tokens import ClientCredentials

FALLBACK_SCHEMA_URI = "https://schema.amtsstube.example/{key}/1.0.schema.json"


@dataclass(frozen=True)
class SandboxSetup:
    """Everything a subscriber (and a test portal) needs to talk to one provisioned destination."""

    submission_api: str  # base URL; /v1/… hangs below it
    token_url: str
    destination_id: str
    subscriber: ClientCredentials
    sender: ClientCredentials
    decryption_key: dict[str, Any]  # private JWK (RSA-OAEP-256) of the destination's encryption key
    signing_key: dict[str, Any]  # private JWK (PS512) whose public half verifies the subscriber's SETs

    @property
    def encryption_kid(self) -> str:
        return str(self.decryption_key["kid"])

    @property
    def signing_kid(self) -> str:
        return str(self.signing_key["kid"])

    def info(self) -> dict[str, Any]:
        """What ``--info`` writes: URLs, destination and client credentials, never the private keys."""
        return {
            "submission_api": self.submission_api,
            "token_url": self.token_url,
            "destination_id": self.destination_id,
            "subscriber": self.subscriber.as_json(),
            "sender": self.sender.as_json(),
        }

    def __repr__(self) -> str:
        return (
            f"SandboxSetup(submission_api={self.submission_api!r}, destination_id={self.destination_id!r}, "
            f"subscriber={self.subscriber!r}, sender={self.sender!r}, keys=***)"
        )


def provision_destination(
    state: SandboxState,
    base_url: str,
    services: Sequence[PublicService],
    *,
    key_size: int = KEY_SIZE,
    encryption_key: KeyPair | None = None,
    signing_key: KeyPair | None = None,
) -> SandboxSetup:
    """Create a destination with its keys, a subscriber client and a sender client.

    Fresh keys of ``key_size`` bits are generated unless the caller passes key pairs (tests reuse pairs made once
    per session, because 4096-bit generation takes a while).
    """
    encryption = encryption_key or generate_encryption_key(size=key_size)
    signing = signing_key or generate_signing_key(size=key_size)
    destination = Destination(
        destination_id=str(uuid.uuid4()),
        encryption_kid=encryption.kid,
        signature_kid=signing.kid,
        public_keys={encryption.kid: dict(encryption.public), signing.kid: dict(signing.public)},
        services=tuple(services),
    )
    state.add_destination(destination)
    base = base_url.rstrip("/")
    return SandboxSetup(
        submission_api=base,
        token_url=f"{base}/token",
        destination_id=destination.destination_id,
        subscriber=state.register_client(ClientKind.SUBSCRIBER, [destination.destination_id]),
        sender=state.register_client(ClientKind.SENDER, [destination.destination_id]),
        decryption_key=dict(encryption.private),
        signing_key=dict(signing.private),
    )


def services_from_catalogue(entries: Iterable[Mapping[str, Any]]) -> list[PublicService]:
    """Public services from catalogue entries (``key``, ``name``, ``leika_id``, ``schema_uri`` or None).

    Services without a schema of their own get ``https://schema.amtsstube.example/<key>/1.0.schema.json``.
    """
    services = []
    for entry in entries:
        schema_uri = entry.get("schema_uri") or FALLBACK_SCHEMA_URI.format(key=entry["key"])
        services.append(
            PublicService(name=str(entry["name"]), identifier=str(entry["leika_id"]), schema_uri=schema_uri)
        )
    return services
