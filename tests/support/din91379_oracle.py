"""Where the official DIN 91379 character lists are: the steering repository's ``shared/din91379``.

They are the oracle the tests check our own representation against, and are deliberately not copied into the
project. ``AMTSSTUBE_DIN91379_DIR`` names the folder explicitly; otherwise it is ``../shared/din91379`` beside the
checkout, or ``/work/shared/din91379`` where this workplace keeps it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

_REPO = Path(__file__).resolve().parents[2]


def din91379_dir() -> Path:
    candidates = [
        Path(os.environ["AMTSSTUBE_DIN91379_DIR"]) if os.environ.get("AMTSSTUBE_DIN91379_DIR") else None,
        _REPO.parent / "shared" / "din91379",
        Path("/work/shared/din91379"),
    ]
    for candidate in candidates:
        if candidate is not None and (candidate / "latin_list_1.3.txt").exists():
            return candidate
    pytest.fail(
        "the DIN 91379 character lists are missing; set AMTSSTUBE_DIN91379_DIR to the folder with "
        f"latin_list_1.3.txt (looked in: {', '.join(str(c) for c in candidates if c)})"
    )


def din91379_file(name: str) -> Path:
    return din91379_dir() / name
