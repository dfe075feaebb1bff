"""What every window of a logged-in session shares: the database, the logged-in user, the task runner."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.tasks import TaskRunner
from models.actors import Actor
from models.db import Database
from models.letters import LetterRenderer


@dataclass(frozen=True)
class Workspace:
    db: Database
    actor: Actor
    runner: TaskRunner
    render_letter: LetterRenderer  # printing.letter.render_letter; tests may pass a recording wrapper
