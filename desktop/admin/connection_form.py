"""Checking what the admin typed into the FIT-Connect connection dialog, and wording the connection test's result.

Each check returns a German sentence for the line under its field, or None when the entry is fine. The rules are
the subscriber client's (https, plain http only on this computer), said before anything is sent or stored.
"""

from __future__ import annotations

import ssl
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from desktop.core.translations import translate
from models.settings import FitConnectSettings
from sync.connection_check import ConnectionReport
from sync.credentials import Credentials

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})

#: The fields of the dialog, in their order on screen (named like the settings and the client's InvalidInput).
FIELDS = (
    "token_url",
    "submission_api",
    "destination_id",
    "client_id",
    "client_secret",
    "decryption_key",
    "signing_key",
    "ca_bundle",
)


@dataclass(frozen=True)
class ConnectionEntries:
    """What the admin entered; empty secret and no chosen key mean "keep what is stored"."""

    token_url: str
    submission_api: str
    destination_id: str
    client_id: str
    client_secret: str
    decryption_key: dict[str, Any] | None  # a newly imported private JWK
    signing_key: dict[str, Any] | None
    ca_bundle: str
    interval_minutes: int
    sync_on_start: bool


def check_entries(
    entries: ConnectionEntries, stored: Credentials | None
) -> tuple[FitConnectSettings, Credentials] | dict[str, str]:
    """The connection to test or save, completed from the stored credentials; or the problems by field.

    A newly imported decryption key comes first; the stored ones stay, because submissions encrypted for an earlier
    key may still be waiting for pickup.
    """
    problems = {
        "token_url": url_problem(entries.token_url),
        "submission_api": url_problem(entries.submission_api),
        "destination_id": destination_problem(entries.destination_id),
        "ca_bundle": ca_bundle_problem(entries.ca_bundle),
    }
    if not entries.client_id:
        problems["client_id"] = translate("ConnectionForm", "Please enter the client ID.")
    secret = entries.client_secret
    if not secret and stored is not None and stored.client_id == entries.client_id:
        secret = stored.client_secret
    elif not secret:
        problems["client_secret"] = (
            translate("ConnectionForm", "For a new client ID, please enter its secret too.")
            if stored is not None
            else translate("ConnectionForm", "Please enter the client secret.")
        )
    decryption_keys = dict(stored.decryption_keys) if stored is not None else {}
    if entries.decryption_key is not None:
        kid = entries.decryption_key["kid"]
        decryption_keys = {kid: entries.decryption_key, **{k: v for k, v in decryption_keys.items() if k != kid}}
    if not decryption_keys:
        problems["decryption_key"] = translate(
            "ConnectionForm", "Please choose the file with the private decryption key."
        )
    signing_key = entries.signing_key or (stored.signing_key if stored is not None else None)
    if signing_key is None:
        problems["signing_key"] = translate("ConnectionForm", "Please choose the file with the private signing key.")
    found = {name: problem for name, problem in problems.items() if problem}
    if found or signing_key is None:
        return found
    fitconnect = FitConnectSettings(
        token_url=entries.token_url,
        submission_api=entries.submission_api,
        destination_id=entries.destination_id,
        ca_bundle=entries.ca_bundle or None,
        sync_interval_minutes=entries.interval_minutes,
        sync_on_start=entries.sync_on_start,
    )
    return fitconnect, Credentials(entries.client_id, secret, decryption_keys, signing_key)


def url_problem(text: str) -> str | None:
    if not text:
        return translate("ConnectionForm", "Please enter the address.")
    parts = urlsplit(text)
    if parts.scheme not in ("https", "http") or not parts.hostname or " " in text:
        return translate("ConnectionForm", "This is not a web address. It must start with https://.")
    if parts.scheme == "http" and parts.hostname not in LOOPBACK_HOSTS:
        return translate(
            "ConnectionForm",
            "The address must start with https:// (plain http:// only for a service on this computer).",
        )
    return None


def destination_problem(text: str) -> str | None:
    if not text:
        return translate("ConnectionForm", "Please enter the destination ID from the self-service portal.")
    try:
        uuid.UUID(text)
    except ValueError:
        return translate(
            "ConnectionForm",
            "The destination ID has the form 8-4-4-4-12 hexadecimal digits, e.g. 2fd6a2b4-…; please copy it again.",
        )
    return None


def ca_bundle_problem(text: str) -> str | None:
    """An empty entry is fine (the system's trust store); otherwise a readable PEM file with CA certificates."""
    if not text:
        return None
    path = Path(text)
    if not path.is_file():
        return translate("ConnectionForm", "There is no such file. Please choose the CA certificate file again.")
    try:
        ssl.create_default_context(cafile=str(path))
    except (ssl.SSLError, ValueError, OSError):
        return translate(
            "ConnectionForm", "The file does not contain CA certificates in PEM format (.pem or .crt with BEGIN lines)."
        )
    return None


@dataclass(frozen=True)
class TestOutcome:
    text: str
    ok: bool  # False: the connection works, but something needs the admin's attention


def destination_status_label(status: str) -> str:
    labels = {
        "active": translate("ConnectionForm", "active"),
        "inactive": translate("ConnectionForm", "inactive"),
        "archived": translate("ConnectionForm", "archived"),
    }
    return labels.get(status, status or "?")


def report_outcome(report: ConnectionReport) -> TestOutcome:
    lines = [
        translate(
            "ConnectionForm",
            "The connection works: token received, destination {destination} is “{status}” and offers %n service(s).",
            None,
            report.service_count,
        ).format(destination=report.destination_id, status=destination_status_label(report.status))
    ]
    ok = True
    if report.status != "active":
        ok = False
        lines.append(translate("ConnectionForm", "The destination is not active, so portals cannot send to it."))
    if report.encryption_kid is None:
        ok = False
        lines.append(translate("ConnectionForm", "The destination names no encryption key."))
    elif report.decryption_key_present:
        lines.append(
            translate(
                "ConnectionForm", "The private decryption key matches the destination's encryption key ({kid})."
            ).format(kid=report.encryption_kid)
        )
    else:
        ok = False
        lines.append(
            translate(
                "ConnectionForm",
                "Attention: the destination encrypts with key {kid}, and no private key for it is entered here. "
                "Applications could not be opened; please import the matching decryption key.",
            ).format(kid=report.encryption_kid)
        )
    return TestOutcome("\n".join(lines), ok)
