"""Saving this workstation's FIT-Connect connection: the settings file (URLs, destination) and the keyring (secrets),
recorded in the audit log. Product code: nothing of the local delivery service is imported here."""

from __future__ import annotations

import dataclasses
import logging

from models import settings
from models.actors import Actor
from models.db import Database
from models.operations.connection_settings import change_connection_settings
from models.settings import FitConnectSettings
from sync import credentials
from sync.credentials import Credentials

log = logging.getLogger(__name__)


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
