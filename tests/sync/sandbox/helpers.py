"""Helpers for tests against the local delivery service: a running sandbox with one destination, tokens, SETs.

Other test packages can reuse ``SandboxKeys`` and ``running_destination`` to get a sandbox with real HTTP.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import requests

from sync.fitconnect.crypto import KeyPair, generate_encryption_key, generate_signing_key, sign_set
from sync.sandbox.clock import AdjustableClock
from sync.sandbox.model import PublicService
from sync.sandbox.protocol import ACCEPT_SUBMISSION, REJECT_SUBMISSION
from sync.sandbox.provisioning import SandboxSetup, provision_destination
from sync.sandbox.sender import SenderClient, SentSubmission
from sync.sandbox.server import SandboxServer
from sync.sandbox.state import SandboxState
from sync.sandbox.submission_content import OutgoingAttachment

START = dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC)
TIMEOUT = 10
BULKY_WASTE = PublicService(
    name="Sperrmüllabholung anmelden",
    identifier="urn:de:lindenbrueck:leistung:bulky_waste_pickup",
    schema_uri="https://schema.amtsstube.example/bulky_waste_pickup/1.0.schema.json",
)
DOG_REGISTRATION = PublicService(
    name="Hund anmelden (Hundesteuer)",
    identifier="urn:de:fim:leika:leistung:99102013104000",  # confirmed LeiKa id (the local key is an alias)
    schema_uri="https://schema.amtsstube.example/dog_registration/1.0.schema.json",
)
SERVICES = (BULKY_WASTE, DOG_REGISTRATION)


@dataclass(frozen=True)
class SandboxKeys:
    """Key pairs made once per test session (2048 bits: fast; provisioning is tested with 4096 separately)."""

    service: KeyPair
    encryption: KeyPair
    signing: KeyPair

    @classmethod
    def generate(cls, size: int = 2048) -> SandboxKeys:
        return cls(generate_signing_key(size=size), generate_encryption_key(size=size), generate_signing_key(size=size))


@dataclass(frozen=True)
class RunningSandbox:
    state: SandboxState
    clock: AdjustableClock
    server: SandboxServer
    setup: SandboxSetup

    @property
    def url(self) -> str:
        return self.server.base_url

    def token(self, client: str = "subscriber") -> str:
        credentials = self.setup.subscriber if client == "subscriber" else self.setup.sender
        return fetch_token(self.setup.token_url, credentials.client_id, credentials.client_secret)

    def headers(self, client: str = "subscriber", **extra: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token(client)}", **extra}

    def portal(self) -> SenderClient:
        sender = self.setup.sender
        return SenderClient(self.setup.submission_api, self.setup.token_url, sender.client_id, sender.client_secret)

    def send(self, count: int = 1, **kwargs: Any) -> list[SentSubmission]:
        service = kwargs.pop("service", BULKY_WASTE.identifier)
        with self.portal() as portal:
            return [
                portal.send(
                    self.setup.destination_id,
                    service,
                    {"applicant": {"familyName": "Öztürk-Nguyễn", "givenNames": "Łukasz"}, "number": index},
                    [OutgoingAttachment("Foto Sofa.jpg", "image/jpeg", b"\xff\xd8\xff photo %d" % index)],
                    **kwargs,
                )
                for index in range(count)
            ]

    def accept_set(self, sent: SentSubmission, **overrides: Any) -> str:
        payload = overrides.pop("payload", {"authenticationTags": sent.content.authentication_tags()})
        return self.subscriber_set(sent, ACCEPT_SUBMISSION, payload, **overrides)

    def reject_set(self, sent: SentSubmission, problems: list[dict[str, str]] | None = None) -> str:
        problem = {
            "type": "https://schema.fitko.de/fit-connect/events/problems/hash-mismatch",
            "title": "Prüfsumme stimmt nicht",
            "detail": "Der Hashwert der Fachdaten stimmt nicht.",
            "instance": "data",
        }
        return self.subscriber_set(sent, REJECT_SUBMISSION, {"problems": [problem] if problems is None else problems})

    def subscriber_set(self, sent: SentSubmission, event: str, payload: dict[str, Any], **overrides: Any) -> str:
        return sign_set(
            overrides.get("key", self.setup.signing_key),
            issuer=overrides.get("issuer", self.setup.destination_id),
            submission_id=overrides.get("submission_id", sent.submission_id),
            case_id=overrides.get("case_id", sent.case_id),
            event=event,
            event_payload=payload,
        )

    def post_event(self, case_id: str, token: str) -> requests.Response:
        headers = self.headers(**{"Content-Type": "application/jose"})
        return requests.post(f"{self.url}/v1/cases/{case_id}/events", data=token, headers=headers, timeout=TIMEOUT)

    def admin(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        return requests.request(method, f"{self.url}/sandbox{path}", timeout=TIMEOUT, **kwargs)


def fetch_token(token_url: str, client_id: str, client_secret: str) -> str:
    answer = requests.post(
        token_url,
        data={"grant_type": "client_credentials", "client_id": client_id, "client_secret": client_secret},
        timeout=TIMEOUT,
    )
    answer.raise_for_status()
    return str(answer.json()["access_token"])


@contextmanager
def running_destination(keys: SandboxKeys, *, admin_endpoints: bool = True) -> Iterator[RunningSandbox]:
    """A sandbox on a free loopback port with one destination offering ``SERVICES``, its clock frozen at START."""
    clock = AdjustableClock(START)
    state = SandboxState(clock=clock, service_key=keys.service)
    with SandboxServer(state, admin_endpoints=admin_endpoints) as server:
        setup = provision_destination(
            state, server.base_url, SERVICES, encryption_key=keys.encryption, signing_key=keys.signing
        )
        yield RunningSandbox(state, clock, server, setup)
