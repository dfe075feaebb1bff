"""How the ``amtsstube`` command ends when something goes wrong: a German message on stderr, never a traceback.

Expected failures (:class:`models.errors.AmtsstubeError`) get their message from :mod:`desktop.messages.error_messages`
(the same texts the GUI shows) and exit code 1. Anything else is a bug: it is logged with its traceback under an
incident number, and stderr gets a short message naming the number and the log file (also exit code 1).
Text that came from outside (a reference typed on the command line, a file name) is printed with its control
characters escaped, so it cannot rewrite the terminal.
"""

from __future__ import annotations

import errno
import logging
import os
import sys

from desktop.core import logging_setup
from desktop.messages.error_messages import plain_user_message
from models.errors import AmtsstubeError
from sync.errors import KeyringUnavailable

log = logging.getLogger(__name__)

EXIT_FAILURE = 1
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report Ctrl+C

_OUTPUT_ERRNOS = {errno.ENOSPC, errno.EIO, errno.EBADF, errno.EDQUOT}


def printable(text: str) -> str:
    """``text`` with every control or formatting character (also bidi overrides) shown as an escape."""
    return "".join(c if c.isprintable() or c == "\n" else c.encode("unicode_escape").decode("ascii") for c in text)


def say(text: str) -> None:
    print(printable(text), file=sys.stderr)


def expected_failure(error: AmtsstubeError) -> int:
    log.warning("command failed: %s", error, exc_info=True)
    say(f"Fehler: {plain_user_message(error)}")
    hint = command_line_hint(error)
    if hint:
        say(hint)
    return EXIT_FAILURE


def refused(message: str) -> int:
    """The command may not run as asked (no login where one is needed): the German reason, exit code 1."""
    log.warning("command refused: %s", message)
    say(f"Fehler: {message}")
    return EXIT_FAILURE


def command_line_hint(error: AmtsstubeError) -> str | None:
    """What to type, where the GUI's message can only say what to do."""
    if isinstance(error, KeyringUnavailable):
        return (
            "So geht es auf diesem Rechner ohne Schlüsselbunddienst (die Zugangsdaten liegen dann verschlüsselt in "
            "einer Datei):\n"
            f"  {sys.executable} -m pip install keyrings.cryptfile\n"
            "  export PYTHON_KEYRING_BACKEND=keyrings.cryptfile.cryptfile.CryptFileKeyring\n"
            "Danach den Befehl in derselben Shell wiederholen: Er fragt einmal nach einem neuen Passwort für die "
            "Schlüsselbund-Datei, spätere Befehle (mit derselben Variablen) fragen nach diesem Passwort."
        )
    return None


def output_failure(error: OSError) -> int | None:
    """Exit code for a failure to write our own output (stdout or stderr gone or full); None for other errors."""
    if isinstance(error, BrokenPipeError):
        # The reader went away (``amtsstube cases | head``): no message, as other tools do; stop Python from
        # failing again when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILURE
    if error.filename is None and error.errno in _OUTPUT_ERRNOS:
        log.warning("cannot write the output: %s", error)
        say(
            f"Fehler: Die Ausgabe konnte nicht geschrieben werden ({error.strerror}). Bitte genug Platz schaffen "
            "oder die Ausgabe in eine andere Datei umleiten."
        )
        return EXIT_FAILURE
    return None


def unexpected_failure(error: BaseException) -> int:
    """A bug: the traceback goes to the log under an incident number; stderr gets the number and the log file."""
    if not logging_setup.file_logging_active():
        say(f"Fehler: Ein unerwarteter Fehler ist aufgetreten ({type(error).__name__}: {error}).")
        return EXIT_FAILURE
    incident = logging_setup.log_incident(error)
    say(
        f"Fehler: Ein unerwarteter Fehler ist aufgetreten (Vorfall {incident}). Bitte prüfen Sie, ob der Befehl "
        f"etwas verändert hat. Tritt das wieder auf, nennen Sie der IT bitte die Vorfallnummer; die Einzelheiten "
        f"stehen im Protokoll {logging_setup.log_file_path()}."
    )
    return EXIT_FAILURE


def interrupted() -> int:
    say("Abgebrochen.")
    return EXIT_INTERRUPTED
