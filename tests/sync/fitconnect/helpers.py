"""Helpers for the subscriber client tests: a fake clock, sandboxes (plain and TLS), a throwaway CA, fast seeding."""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from sync.fitconnect.client import SubscriberClient
from sync.fitconnect.retry import RetryPolicy
from sync.sandbox.clock import AdjustableClock
from sync.sandbox.model import ServiceType
from sync.sandbox.provisioning import provision_destination
from sync.sandbox.server import LOOPBACK, SandboxServer
from sync.sandbox.state import SandboxState
from tests.sync.sandbox.helpers import BULKY_WASTE, SERVICES, START, RunningSandbox, SandboxKeys

FAST_RETRY = RetryPolicy(max_attempts=6, base_delay=0.5, max_delay=4.0, max_total_seconds=60.0, max_rate_limit_wait=30)


@dataclass
class FakeTime:
    """A monotonic clock that only moves when the client sleeps (or the test advances it); sleeps are recorded.

    ``on_sleep`` runs at every sleep with the number of sleeps so far: tests use it to end an injected fault
    "while the client waits".
    """

    now: float = 1000.0
    sleeps: list[float] = field(default_factory=list)
    on_sleep: Callable[[int], None] | None = None

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        assert seconds >= 0
        self.sleeps.append(seconds)
        self.now += seconds
        if self.on_sleep is not None:
            self.on_sleep(len(self.sleeps))

    def advance(self, seconds: float) -> None:
        self.now += seconds


def subscriber_client(sandbox: RunningSandbox, time: FakeTime, **overrides: Any) -> SubscriberClient:
    setup = sandbox.setup
    arguments: dict[str, Any] = {
        "submission_api": setup.submission_api,
        "token_url": setup.token_url,
        "client_id": setup.subscriber.client_id,
        "client_secret": setup.subscriber.client_secret,
        "timeout": (2.0, 5.0),
        "retry": FAST_RETRY,
        "sleep": time.sleep,
        "monotonic": time.monotonic,
    }
    arguments.update(overrides)
    return SubscriberClient(**arguments)


@contextmanager
def sandbox_with(keys: SandboxKeys, **state_options: Any) -> Iterator[RunningSandbox]:
    """Like ``running_destination``, with options for the state (e.g. ``token_lifetime_seconds``)."""
    clock = AdjustableClock(START)
    state = SandboxState(clock=clock, service_key=keys.service, **state_options)
    with SandboxServer(state, admin_endpoints=True) as server:
        setup = provision_destination(
            state, server.base_url, SERVICES, encryption_key=keys.encryption, signing_key=keys.signing
        )
        yield RunningSandbox(state, clock, server, setup)


def seed_submissions(sandbox: RunningSandbox, count: int, *, attachment: str | None = None) -> list[str]:
    """Put ``count`` submitted submissions straight into the state (no crypto, no HTTP); their ids in list order.

    The payloads are placeholders: good enough for listing and fetching, not for decryption.
    """
    state, setup = sandbox.state, sandbox.setup
    sender = state.tokens.client(setup.sender.client_id)
    assert sender is not None
    service = ServiceType(BULKY_WASTE.name, BULKY_WASTE.identifier)
    ids = []
    for _ in range(count):
        announced = ["0f6b1a3e-5c1d-4a57-9d0e-1c2b3a4d5e6f"] if attachment is not None else []
        submission = state.create_submission(sender, setup.destination_id, service, announced)
        if attachment is not None:
            state.upload_attachment(sender, submission.submission_id, announced[0], attachment)
        state.submit(sender, submission.submission_id, "metadata.jwe.placeholder.a.b", "data.jwe.placeholder.c.d")
        ids.append(submission.submission_id)
    return ids


def unused_port() -> int:
    with socket.socket() as probe:
        probe.bind((LOOPBACK, 0))
        return int(probe.getsockname()[1])


# --- TLS ------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ThrowawayPki:
    ca_file: Path  # what a town hall would configure as ca_bundle
    cert_file: Path  # the server's certificate (for 127.0.0.1)
    key_file: Path


def make_pki(directory: Path) -> ThrowawayPki:
    """A municipal CA and a server certificate for 127.0.0.1 signed by it (EC P-256: instant to generate)."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Stadt Lindenbrück Test-CA")])
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    server_key = ec.generate_private_key(ec.SECP256R1())
    server_cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
        .issuer_name(ca_name)
        .public_key(server_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(LOOPBACK))]), critical=False)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    pki = ThrowawayPki(directory / "municipal-ca.pem", directory / "server.pem", directory / "server.key")
    pki.ca_file.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    pki.cert_file.write_bytes(server_cert.public_bytes(serialization.Encoding.PEM))
    pki.key_file.write_bytes(
        server_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return pki


@dataclass(frozen=True)
class TlsSandbox:
    state: SandboxState
    base_url: str
    setup: Any  # SandboxSetup with https URLs


@contextmanager
def tls_sandbox(keys: SandboxKeys, pki: ThrowawayPki) -> Iterator[TlsSandbox]:
    """The sandbox served over TLS with a certificate of a throwaway CA."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(pki.cert_file, pki.key_file)
    state = SandboxState(clock=AdjustableClock(START), service_key=keys.service)
    with SandboxServer(state, ssl_context=context) as server:
        setup = provision_destination(
            state, server.base_url, SERVICES, encryption_key=keys.encryption, signing_key=keys.signing
        )
        yield TlsSandbox(state, server.base_url, setup)
