"""Pointing this workstation at a delivery service: settings (URLs, destination) plus keyring (secrets)."""

from __future__ import annotations

import dataclasses
import json
import logging
from importlib import resources
from typing import Any

from models import settings
from models.db import Database
from models.operations.actors import Actor
from models.operations.connection_settings import change_connection_settings
from models.settings import FitConnectSettings
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


def store_connection(
    db: Database, actor: Actor, fitconnect: FitConnectSettings, new_credentials: Credentials | None
) -> None:
    """The settings dialog's "Speichern": admins only, recorded in the audit log. ``None`` keeps the credentials
    already in the keyring."""
    current = settings.load()
    before, after = dataclasses.asdict(current.fitconnect), dataclasses.asdict(fitconnect)
    changes = {key: (before[key], after[key]) for key in after if before.get(key) != after[key]}

    def apply() -> None:
        if new_credentials is not None:
            credentials.store(new_credentials)
        settings.save(dataclasses.replace(current, fitconnect=fitconnect))

    change_connection_settings(db, actor, changes, credentials_replaced=new_credentials is not None, apply=apply)
    log.info("FIT-Connect connection settings changed by %s", actor.username)


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
