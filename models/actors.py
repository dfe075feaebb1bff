"""The person (or headless process) on whose behalf an operation runs, and the permission checks."""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from models.catalogue import PublicService
from models.errors import PermissionDenied
from models.permissions import CASE_HANDLING_ROLES, ROLE_ACTIONS, SEE_ALL_CASES, Action
from models.roles import Role


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    display_name: str
    roles: frozenset[Role]
    email: str | None = None
    phone: str | None = None
    is_system: bool = False  # headless work (sync, demo, admin scripts) on behalf of the OS user
    #: ``User.rights_version`` when the session logged in: a later change of the account ends the session.
    rights_version: int = 0

    def may(self, action: Action) -> bool:
        return self.is_system or any(action in ROLE_ACTIONS[role] for role in self.roles)

    def require(self, action: Action) -> None:
        if not self.may(action):
            raise PermissionDenied(action, self.username)

    def may_work_on(self, service: PublicService) -> bool:
        """Whether the actor has the role that handles the service (clerk or registry officer)."""
        return self.is_system or (service.handling_role in self.roles and self.may(Action.WORK_CASE))

    def require_case_work(self, service: PublicService) -> None:
        """Working on a case needs the role that handles its service (clerk or registry officer)."""
        if not self.may_work_on(service):
            raise PermissionDenied(Action.WORK_CASE, self.username)

    @property
    def sees_all_cases(self) -> bool:
        return self.is_system or bool(self.roles & SEE_ALL_CASES)

    def sees_cases_of(self, service: PublicService) -> bool:
        """Supervisors and headless work see every case; clerks and registry officers those of their services."""
        return self.sees_all_cases or service.handling_role in self.roles & CASE_HANDLING_ROLES


def system_actor(purpose: str = "cli") -> Actor:
    """The actor for headless work: recorded as ``system:<purpose>:<os user>`` in events and the audit log."""
    try:
        os_user = getpass.getuser()
    except (KeyError, OSError):
        os_user = "unknown"
    name = f"system:{purpose}:{os_user}"
    return Actor(user_id=None, username=name, display_name=name, roles=frozenset(), is_system=True)
