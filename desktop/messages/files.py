"""What the user reads when a file or folder is in the way (part of :mod:`desktop.messages.error_messages`).

The database address, the SQLite database file, Amtsstube's own folders (data, settings, log) and the files a
command writes for the user. The command line and the GUI's start show the same texts. Every text names the file or
folder and says what to do; SQLite problems are described as problems of the file, never of the network.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.core.catalogue import QT_TRANSLATE_NOOP, translate
from desktop.core.user_message import UserMessage
from models import settings
from models.database_errors import DatabaseFileUnusable, DatabaseNewerThanProgram, DatabaseUrlInvalid
from models.output_files import OutputFileNotWritable
from models.paths import UserDirectoryUnusable
from models.settings import DATABASE_URL_ENV

_URL_PROBLEMS = {
    "empty": QT_TRANSLATE_NOOP("FileErrorMessages", "The database address is empty."),
    "unreadable": QT_TRANSLATE_NOOP("FileErrorMessages", "“{url}” is not a database address."),
    "unsupported": QT_TRANSLATE_NOOP(
        "FileErrorMessages",
        "Amtsstube cannot work with the database “{url}”: it supports SQLite and PostgreSQL (driver psycopg).",
    ),
    "bad_port": QT_TRANSLATE_NOOP(
        "FileErrorMessages", "The port in the database address “{url}” is not a number between 1 and 65535."
    ),
}

_DATABASE_FILE_PROBLEMS = {
    "not_a_database": QT_TRANSLATE_NOOP(
        "FileErrorMessages",
        "The file {path} is not a database. Please check the database address. If this file is the database of "
        "this workstation and was overwritten, please ask the IT to restore it from the backup. Nothing was changed.",
    ),
    "foreign": QT_TRANSLATE_NOOP(
        "FileErrorMessages",
        "The file {path} is the database of another program, not of Amtsstube. Please check the database address. "
        "Nothing was changed in the file.",
    ),
    "damaged": QT_TRANSLATE_NOOP(
        "FileErrorMessages",
        "The database file {path} is damaged. Please do not go on working with it and ask the IT to restore it "
        "from the last backup.",
    ),
    "folder_missing": QT_TRANSLATE_NOOP(
        "FileErrorMessages",
        "The database file {path} cannot be created because the folder {folder} does not exist. Please create the "
        "folder or correct the database address.",
    ),
    "is_folder": QT_TRANSLATE_NOOP(
        "FileErrorMessages",
        "{path} is a folder, not a database file. Please give the path of the database file in the database address.",
    ),
    "read_only": QT_TRANSLATE_NOOP(
        "FileErrorMessages",
        "The database file {path} cannot be written: there is no write permission for the file or its folder "
        "{folder}, or the disk is read-only. Please ask the IT for write permission on both (SQLite also creates "
        "helper files next to the database).",
    ),
    "cannot_open": QT_TRANSLATE_NOOP(
        "FileErrorMessages",
        "The database file {path} cannot be opened. Please check that the file and its folder {folder} exist and "
        "can be written.",
    ),
    "locked": QT_TRANSLATE_NOOP(
        "FileErrorMessages",
        "The database file {path} is locked by another program. Please wait a moment and try again; if it stays "
        "locked, close the other programs that use the file.",
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "FileErrorMessages",
        "The disk holding the database file {path} is full, so nothing could be saved. Please free some space "
        "and try again.",
    ),
    "other": QT_TRANSLATE_NOOP(
        "FileErrorMessages",
        "The database file {path} cannot be read or written. Please check the file and the disk; if the problem "
        "persists, please contact the IT.",
    ),
}

_FOLDER_KINDS = {
    "data": QT_TRANSLATE_NOOP("FileErrorMessages", "data folder"),
    "config": QT_TRANSLATE_NOOP("FileErrorMessages", "settings folder"),
    "log": QT_TRANSLATE_NOOP("FileErrorMessages", "log folder"),
}

_OUTPUT_PROBLEMS = {
    "folder_missing": QT_TRANSLATE_NOOP(
        "FileErrorMessages",
        "The file {path} cannot be written because the folder {folder} does not exist. Please create the folder "
        "first or give another path.",
    ),
    "read_only": QT_TRANSLATE_NOOP(
        "FileErrorMessages",
        "The file {path} cannot be written: there is no write permission in the folder {folder}. Please give a "
        "path in a folder you may write to, for example your home folder.",
    ),
    "is_folder": QT_TRANSLATE_NOOP(
        "FileErrorMessages", "{path} is a folder. Please give the name of a file in it, for example {example}."
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "FileErrorMessages",
        "The file {path} cannot be written because the disk is full. Please free some space or give a path on "
        "another disk.",
    ),
    "other": QT_TRANSLATE_NOOP("FileErrorMessages", "The file {path} cannot be written. Please give another path."),
}


def _database_url_invalid(error: DatabaseUrlInvalid) -> UserMessage:
    problem = translate("FileErrorMessages", _URL_PROBLEMS.get(error.problem, _URL_PROBLEMS["unreadable"]))
    return UserMessage(
        translate("FileErrorMessages", "Database address not valid"),
        problem.format(url=error.url)
        + " "
        + translate(
            "FileErrorMessages",
            "Please give an address such as sqlite:////path/to/amtsstube.sqlite3 or "
            "postgresql+psycopg://user@server/database: with the option --database, in the environment variable "
            "{variable} or as “database_url” in the settings file {settings}. If you do not know the address, "
            "please ask the IT.",
        ).format(variable=DATABASE_URL_ENV, settings=settings.settings_location()),
    )


def _database_file_unusable(error: DatabaseFileUnusable) -> UserMessage:
    text = _DATABASE_FILE_PROBLEMS.get(error.problem, _DATABASE_FILE_PROBLEMS["other"])
    return UserMessage(
        translate("FileErrorMessages", "Database file cannot be used"),
        translate("FileErrorMessages", text).format(path=error.path, folder=error.folder),
        error.detail or None,
    )


def _database_newer_than_program(error: DatabaseNewerThanProgram) -> UserMessage:
    return UserMessage(
        translate("FileErrorMessages", "Newer database"),
        translate(
            "FileErrorMessages",
            "The database has been updated by a newer version of Amtsstube (state {revision}); this workstation's "
            "version knows states up to {known} only. Nothing was changed. Please ask the IT to update Amtsstube on "
            "this workstation.",
        ).format(revision=error.revision, known=error.known),
    )


def _user_directory_unusable(error: UserDirectoryUnusable) -> UserMessage:
    return UserMessage(
        translate("FileErrorMessages", "Folder cannot be written"),
        translate(
            "FileErrorMessages",
            "Amtsstube cannot write to its {kind} {path}. Please give your user write permission for this folder, "
            "or set the environment variable {variable} to a folder you may write to.",
        ).format(
            kind=translate("FileErrorMessages", _FOLDER_KINDS.get(error.kind, error.kind)),
            path=error.path,
            variable=error.variable,
        ),
        error.detail or None,
    )


def _output_file_not_writable(error: OutputFileNotWritable) -> UserMessage:
    text = _OUTPUT_PROBLEMS.get(error.problem, _OUTPUT_PROBLEMS["other"])
    return UserMessage(
        translate("FileErrorMessages", "File cannot be written"),
        translate("FileErrorMessages", text).format(
            path=error.path, folder=error.folder, example=error.path / translate("FileErrorMessages", "document.pdf")
        ),
        error.detail or None,
    )


FILE_DESCRIBERS: tuple[tuple[type[Any], Callable[[Any], UserMessage]], ...] = (
    (DatabaseUrlInvalid, _database_url_invalid),
    (DatabaseFileUnusable, _database_file_unusable),
    (DatabaseNewerThanProgram, _database_newer_than_program),
    (UserDirectoryUnusable, _user_directory_unusable),
    (OutputFileNotWritable, _output_file_not_writable),
)
