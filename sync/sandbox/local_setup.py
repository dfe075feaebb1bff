"""Pointing this workstation at the local delivery service (``amtsstube sandbox --configure``, the demo): its
public services from the shipped catalogue, its credentials, the settings and keyring that name it."""

from __future__ import annotations

import dataclasses
import json
import logging
from importlib import resources
from typing import Any

from models import settings
from sync import credentials
from sync.credentials import Credentials
from sync.sandbox.model import PublicService
from sync.sandbox.provisioning import SandboxSetup, services_from_catalogue

log = logging.getLogger(__name__)


def catalogue_services() -> list[PublicService]:
    """The destination's public services, as the catalogue Amtsstube ships lists them."""
    entries: list[dict[str, Any]] = json.loads(
        resources.files("models").joinpath("catalogue_data.json").read_text(encoding="utf-8")
    )
    return services_from_catalogue([e for e in entries if e.get("leika_id")])


def credentials_of(setup: SandboxSetup) -> Credentials:
    return Credentials(
        client_id=setup.subscriber.client_id,
        client_secret=setup.subscriber.client_secret,
        decryption_keys={setup.encryption_kid: setup.decryption_key},
        signing_key=setup.signing_key,
    )


def configure_for(setup: SandboxSetup) -> None:
    """``amtsstube sandbox --configure``: the same user's settings and keyring now name this sandbox."""
    current = settings.load()
    fitconnect = dataclasses.replace(
        current.fitconnect,
        token_url=setup.token_url,
        submission_api=setup.submission_api,
        destination_id=setup.destination_id,
        ca_bundle=None,
    )
    credentials.store(credentials_of(setup))
    settings.save(dataclasses.replace(current, fitconnect=fitconnect))
