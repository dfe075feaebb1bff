"""What ``amtsstube sandbox`` checks before it makes its RSA keys: the ``--info`` file, the keyring, the port.

Each of these would otherwise fail only after the slow start, or (the port) with a message in English.
"""

from __future__ import annotations

import socket
from pathlib import Path

from models import paths
from models.output_files import OutputFileNotWritable, check_writable, not_writable
from sync import credentials
from sync.sandbox.server import LOOPBACK


def check_before_start(info: Path | None, *, configure: bool) -> None:
    """Raises ``OutputFileNotWritable``, ``KeyringUnavailable`` or ``UserDirectoryUnusable`` (the settings)."""
    if info is not None:
        check_writable(info)
    if configure:
        credentials.require_backend()
        paths.config_dir()  # --configure writes the settings file there


def port_taken(port: int) -> str | None:
    """Why ``port`` cannot be served on (the system's words), or None if it is free (0: any free port)."""
    if port == 0:
        return None
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server does
        try:
            probe.bind((LOOPBACK, port))
        except OSError as error:
            return error.strerror or str(error)
    return None


def info_file_error(info: Path | None, error: OSError) -> OutputFileNotWritable | None:
    """The ``--info`` file could not be written after all (the check cannot rule out every case)."""
    if info is None or error.filename is None or not str(error.filename).startswith(str(info)):
        return None
    return not_writable(info, error)
