"""Files written for the user (a letter as PDF, a print batch as PDF, the mail book as CSV, the sandbox's connection
data as JSON).

They are written atomically (a half-written file never replaces a good one) into a folder that must exist, and they
are readable by the user only (``0600``, whatever the umask: they hold citizens' names and addresses, or secrets); a
file of the same name that was more open is replaced by the new one. What stands in the way is an
:class:`OutputFileNotWritable` that names the file and the reason, never a traceback; the check can run before long
work starts (:func:`check_writable`).
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from models.errors import AmtsstubeError
from models.paths import POSIX_MODES, PRIVATE_FILE_MODE

_REASONS = {
    errno.ENOENT: "folder_missing",
    errno.ENOTDIR: "folder_missing",
    errno.EACCES: "read_only",
    errno.EPERM: "read_only",
    errno.EROFS: "read_only",
    errno.EISDIR: "is_folder",
    errno.ENOSPC: "disk_full",
    errno.EDQUOT: "disk_full",
}


class OutputFileNotWritable(AmtsstubeError):
    """``problem``: folder_missing, read_only, is_folder, disk_full or other; ``detail`` is the system's words."""

    def __init__(self, path: Path, problem: str, detail: str = "") -> None:
        super().__init__(f"cannot write {path} ({problem}): {detail}")
        self.path = path
        self.problem = problem
        self.detail = detail

    @property
    def folder(self) -> Path:
        return self.path.parent


def check_writable(path: Path) -> Path:
    """The absolute target if a file can be written there; otherwise :class:`OutputFileNotWritable`."""
    target = Path(os.path.abspath(path.expanduser()))
    try:  # a name the system refuses to look at (too long, say) is not a file that can be written either
        is_folder, folder_there = target.is_dir(), target.parent.is_dir()
    except OSError as error:
        raise not_writable(target, error) from error
    if is_folder:
        raise OutputFileNotWritable(target, "is_folder")
    if not folder_there:
        raise OutputFileNotWritable(target, "folder_missing")
    if not os.access(target.parent, os.W_OK | os.X_OK):
        raise OutputFileNotWritable(target, "read_only", os.strerror(errno.EACCES))
    return target


def write_atomically(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` (``0600``) through a temporary file in its folder; returns the absolute target."""
    target = check_writable(path)
    try:
        replace_privately(target, data)
    except OSError as error:
        raise not_writable(target, error) from error
    return target


def replace_privately(target: Path, data: bytes) -> None:
    """Put ``data`` at ``target`` in one step, readable by the user only; raises ``OSError`` (nothing is left over)."""
    temporary: str | None = None
    try:
        handle, temporary = tempfile.mkstemp(prefix=".amtsstube-", suffix=target.suffix, dir=target.parent)
        with os.fdopen(handle, "wb") as stream:
            if POSIX_MODES:
                os.fchmod(stream.fileno(), PRIVATE_FILE_MODE)  # mkstemp's 0600 made explicit
            stream.write(data)
        os.replace(temporary, target)
    except OSError:
        if temporary is not None and os.path.exists(temporary):
            os.unlink(temporary)
        raise


def not_writable(path: Path, error: OSError) -> OutputFileNotWritable:
    """The failure to write ``path``, by the system's error number."""
    return OutputFileNotWritable(path, _REASONS.get(error.errno or 0, "other"), error.strerror or "")
