""" "Verbindung testen": fetch a token and the destination with the given settings and credentials."""

from __future__ import annotations

from dataclasses import dataclass

from models.errors import InvalidInput
from models.settings import FitConnectSettings
from sync.credentials import Credentials
from sync.fitconnect.client import SubscriberClient
from sync.fitconnect.retry import RetryPolicy

#: A person is waiting for the answer: two tries within ten seconds, not the sync's patient policy.
INTERACTIVE_RETRY = RetryPolicy(max_attempts=2, max_total_seconds=10)


@dataclass(frozen=True)
class ConnectionReport:
    destination_id: str
    status: str
    service_count: int
    encryption_kid: str | None
    decryption_key_present: bool  # we hold the private key for the destination's current encryption key


def check_connection(fitconnect: FitConnectSettings, credentials: Credentials) -> ConnectionReport:
    if not fitconnect.configured:
        raise InvalidInput("fitconnect", "incomplete")
    assert fitconnect.submission_api is not None
    assert fitconnect.token_url is not None
    assert fitconnect.destination_id is not None
    with SubscriberClient(
        submission_api=fitconnect.submission_api,
        token_url=fitconnect.token_url,
        client_id=credentials.client_id,
        client_secret=credentials.client_secret,
        ca_bundle=fitconnect.ca_bundle,
        retry=INTERACTIVE_RETRY,
    ) as client:
        client.token()
        destination = client.destination(fitconnect.destination_id)
    services = destination.get("publicServices") or destination.get("services") or []
    kid = destination.get("encryptionKid")
    return ConnectionReport(
        destination_id=str(destination.get("destinationId", fitconnect.destination_id)),
        status=str(destination.get("status", "")),
        service_count=len(services),
        encryption_kid=str(kid) if kid else None,
        decryption_key_present=kid in credentials.decryption_keys,
    )
