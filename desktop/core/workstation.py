"""This workstation's name in the cash book (Kasse): the setting ``workstation``, else the computer's name."""

from __future__ import annotations

import logging

from models import settings
from models.errors import AmtsstubeError

log = logging.getLogger(__name__)


def workstation_name() -> str:
    """Read on a worker: the settings are a file."""
    try:
        return settings.load().effective_workstation()
    except (AmtsstubeError, OSError) as error:  # a broken settings file must not stop the cash desk
        log.warning("settings not readable, the cash book uses the computer's name: %s", error)
        return settings.Settings().effective_workstation()
