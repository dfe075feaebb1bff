"""Attachment names are made harmless where they enter (intake, later the counter): no folders, no control or bidi
characters, within the column's length, the extension kept."""

from __future__ import annotations

import pytest

from models.cases import Attachment
from models.storable_text import file_name, max_length


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("..\\..\\Windows\\system.ini", "system.ini"),
        ("/absolute/path/scan.pdf", "scan.pdf"),
        ("C:\\Users\\Bürger\\Ausweis.jpg", "Ausweis.jpg"),
        ("Rechnung\u202efdp.exe", "Rechnungfdp.exe"),  # the override that shows "exe.pdf"
        ("Na\u200bch\u200dweis\ufeff.pdf", "Nachweis.pdf"),
        ("Nach\x00weis\x1b[31m.pdf", "Nachweis[31m.pdf"),
        ("..", "Anlage"),
        ("   ", "Anlage"),
        (".bashrc", "bashrc"),
        ("Scan Seite 1.pdf", "Scan Seite 1.pdf"),
        ("Geburtsurkunde Gößmann.pdf", "Geburtsurkunde Gößmann.pdf"),
    ],
)
def test_file_names_keep_no_folders_and_no_invisible_characters(raw: str, expected: str) -> None:
    assert file_name(raw, Attachment.filename, "Anlage") == expected


def test_a_long_name_is_cut_to_its_column_keeping_the_extension() -> None:
    limit = max_length(Attachment.filename)
    assert limit == 255
    name = file_name("Nachweis-" + "x" * 1000 + ".pdf", Attachment.filename, "Anlage")
    assert len(name) <= limit
    assert name.endswith("….pdf")
    assert name.startswith("Nachweis-xxx")
    without_extension = file_name("y" * 400, Attachment.filename, "Anlage")
    assert len(without_extension) == limit
    assert without_extension.endswith("…")
