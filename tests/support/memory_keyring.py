"""An in-memory keyring backend for tests: the one part that cannot exist here is a system keyring.

``MemoryKeyring`` keeps secrets in this process. For a subprocess (``amtsstube sync`` in the crash tests) the
class ``SeededKeyring`` starts from the JSON in ``AMTSSTUBE_TEST_KEYRING`` ({"service\\x00user": "secret"}), so
the child sees what the test stored, still without any file.
"""

from __future__ import annotations

import json
import os

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

SEED_ENV = "AMTSSTUBE_TEST_KEYRING"


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError(f"{service}/{username} not stored")

    def export_seed(self) -> str:
        """The current contents for ``AMTSSTUBE_TEST_KEYRING`` of a child process."""
        return json.dumps({f"{s}\x00{u}": p for (s, u), p in self.secrets.items()})


class SeededKeyring(MemoryKeyring):
    def __init__(self) -> None:
        super().__init__()
        for key, secret in json.loads(os.environ.get(SEED_ENV, "{}")).items():
            service, _, username = key.partition("\x00")
            self.secrets[(service, username)] = secret
