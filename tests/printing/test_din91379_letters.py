"""Every DIN 91379 letter and sequence prints in the address and the body of a letter and reads back unchanged.

The oracle is the norm's own list ``latin_letters_1.3.txt`` (found by :mod:`tests.support.din91379_oracle`, never
copied into the project). Its format: a group header such as ``bll; Latin Letters (normative)``, then lines of
items, each item followed by one space (so the item U+0020 SPACE shows up as two spaces), and in the ``bll`` group
a bare sub-heading ``Sequences`` (no trailing space) before the base letter + combining mark sequences.

Every item of a printed group goes into the address zone (six lines, the first is the name line) and into the body
of a handful of letters; the text extracted from the PDF must equal the NFC form of the input exactly. pdfplumber
returns the sequences precomposed where Unicode has a precomposed letter and as base + marks otherwise, i.e.
already in NFC, so the extracted text is compared as it comes, without normalising it.
"""

from __future__ import annotations

import itertools
import unicodedata
from functools import cache

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from printing.fonts import find_font_files
from printing.letter import render_letter
from tests.printing.letter_samples import PageContent, read_pdf, sample_letter
from tests.support.din91379_oracle import din91379_file

#: Groups whose items are printable characters or sequences.
PRINTED_GROUPS = ("bll", "bnlreq", "bnl", "bnlopt", "gl", "cl", "enl")
#: ``bnlnot`` holds TAB, LF, CR and NO-BREAK SPACE: layout whitespace that every printed line turns into a plain
#: space by design. ``dc`` holds the combining marks on their own; names carry them only on a base letter, and
#: each one is checked there (see ``test_every_combining_mark_is_exercised_in_a_sequence``).
UNPRINTED_GROUPS = ("bnlnot", "dc")
ITEMS_PER_LINE = 20
ADDRESS_LINES = 6  # DIN 5008 address zone
ITEMS_PER_LETTER = ITEMS_PER_LINE * ADDRESS_LINES
SALUTATION = "Sehr geehrte Damen und Herren,"
SPACE = " "  # an item of bnlreq; it is the separator of every printed line, so each line comparison checks it


def _items(line: str) -> list[str]:
    """The items of one list line: each is followed by one space; a leading space is the item SPACE itself."""
    items, position = [], 0
    while position < len(line):
        end = position + 1 if line[position] == SPACE else line.index(SPACE, position)
        items.append(line[position:end])
        position = end + 1
    return items


@cache
def letters_file_groups() -> dict[str, list[str]]:
    headers = din91379_file("latin_groups.txt").read_text(encoding="utf-8").splitlines()
    lines = din91379_file("latin_letters_1.3.txt").read_text(encoding="utf-8").split("\n")
    groups: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in lines:
        if line in headers:
            current = groups.setdefault(line.split(";")[0], [])
        elif current is not None and line.endswith(SPACE) and not line.startswith(("\t", "\r")):
            current.extend(_items(line))
        # else: the ``Sequences`` sub-heading, the end of the file, or the control characters of ``bnlnot``
    return groups


@cache
def character_list_groups() -> dict[str, set[str]]:
    """The same characters from the norm's detailed list (group; char|seq; code points; name; character)."""
    groups: dict[str, set[str]] = {}
    text = din91379_file("latin_list_1.3.txt").read_text(encoding="utf-8")
    for row in text.split("\n"):
        if row:
            fields = row.split("; ")
            groups.setdefault(fields[0], set()).add(fields[4])
    return groups


def test_the_letters_file_is_read_completely() -> None:
    """Cross-check the parsing against the norm's detailed list, so that no item can slip through unchecked."""
    letters, listed = letters_file_groups(), character_list_groups()
    assert set(letters) == set(PRINTED_GROUPS) | set(UNPRINTED_GROUPS)
    for group in PRINTED_GROUPS:
        assert len(letters[group]) == len(set(letters[group])), group
        assert set(letters[group]) == listed[group], group
    assert len(letters["bll"]) == 649
    assert SPACE in letters["bnlreq"]


def test_every_combining_mark_is_exercised_in_a_sequence() -> None:
    groups = letters_file_groups()
    marks_in_sequences = {ch for item in groups["bll"] for ch in item if unicodedata.combining(ch)}
    assert len(groups["dc"]) == 20
    assert set(groups["dc"]) <= marks_in_sequences


@pytest.mark.parametrize("group", PRINTED_GROUPS)
def test_the_font_has_a_glyph_for_every_character(group: str) -> None:
    face = TTFont("din91379-check", str(find_font_files().regular)).face
    missing = sorted({ch for item in letters_file_groups()[group] for ch in item if ord(ch) not in face.charToGlyph})
    assert missing == [], [f"U+{ord(ch):04X}" for ch in missing]


def _chunks(items: list[str], size: int) -> list[list[str]]:
    return [items[start : start + size] for start in range(0, len(items), size)]


def _address_lines(page: PageContent) -> list[str]:
    """The address zone of a Form B letter: 20–105 mm from the left, 62.7–90 mm from the top."""
    return [line.text for line in page.lines if 20 <= line.x0 < 105 and 62.0 <= line.top < 90]


def _body_words(page: PageContent) -> list[str]:
    top = page.find(SALUTATION).bottom
    bottom = page.find("Mit freundlichen Grüßen").top
    lines = [line.text for line in page.lines if line.x0 < 30 and top < line.top < bottom]
    return SPACE.join(lines).split(SPACE)


def _mismatches(where: str, expected: list[str], extracted: list[str]) -> list[str]:
    pairs = itertools.zip_longest(expected, extracted, fillvalue="<missing>")
    return [f"{where}: {want!r} ({_code_points(want)}) read back as {got!r}" for want, got in pairs if want != got]


def _code_points(text: str) -> str:
    return " ".join(f"U+{ord(ch):04X}" for ch in text)


@pytest.mark.parametrize("group", PRINTED_GROUPS)
def test_every_item_reads_back_from_address_and_body(group: str) -> None:
    items = [unicodedata.normalize("NFC", item) for item in letters_file_groups()[group] if item != SPACE]
    letters = _chunks(items, ITEMS_PER_LETTER)
    mismatches: list[str] = []
    checked = 0
    for number, chunk in enumerate(letters, start=1):
        subject = f"Prüfschreiben DIN 91379 {group} {number}/{len(letters)}"
        address = [SPACE.join(line) for line in _chunks(chunk, ITEMS_PER_LINE)]
        letter = sample_letter(
            recipient=tuple(address),
            subject=subject,
            salutation=SALUTATION,
            paragraphs=(SPACE.join(chunk),),
            enclosures=(),
        )
        rendered = render_letter(letter)
        assert rendered.pages == 1
        page = read_pdf(rendered.pdf)[0]
        mismatches += _mismatches(f"{subject}, address", address, _address_lines(page))
        mismatches += _mismatches(f"{subject}, body", chunk, _body_words(page))
        checked += len(chunk)
    assert checked == len(items)
    assert mismatches == []
