"""The DIN 91379 search form: our shipped list against the official one, and the rules for text outside it."""

from __future__ import annotations

import unicodedata
from importlib import resources

import pytest

from models.search_form import joined_search_form, load_search_forms, search_form, search_terms
from tests.support.din91379_oracle import din91379_file


def _official_search_forms() -> dict[str, str]:
    """latin_list_search_form_1.3.txt: group; kind; code points; name; glyph; code points of the form; form; …"""
    forms = {}
    for line in din91379_file("latin_list_search_form_1.3.txt").read_text(encoding="utf-8").splitlines():
        fields = [field.strip() for field in line.split(";")]
        letter = "".join(chr(int(code, 16)) for code in fields[2].split())
        form = "".join(chr(int(code, 16)) for code in fields[5].split())
        assert form == fields[6]
        forms[letter] = form
    return forms


def test_the_shipped_list_is_the_official_one_entry_for_entry() -> None:
    official = _official_search_forms()
    ours = load_search_forms()
    assert len(official) == 649
    assert ours == official
    for letter, form in official.items():
        assert form.isascii(), letter
        assert form.isalpha(), letter
        assert form.isupper(), letter
        assert search_form(letter) == form, f"{letter!r} ({' '.join(f'U+{ord(c):04X}' for c in letter)})"
        assert search_form(unicodedata.normalize("NFD", letter)) == form, f"NFD of {letter!r}"


def test_the_shipped_list_names_its_source_and_licence() -> None:
    header = resources.files("models").joinpath("search_form_din91379.txt").read_text(encoding="utf-8")[:800]
    assert "github.com/String-Latin/DIN-91379-Characters-and-Sequences" in header
    assert "CC BY 4.0" in header


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Öztürk", "OEZTUERK"),
        ("ÖZTÜRK", "OEZTUERK"),
        ("oeztuerk", "OEZTUERK"),
        ("ztürk", "ZTUERK"),
        ("Łukasz", "LUKASZ"),
        ("Ærø", "AEROE"),
        ("Straße", "STRASSE"),
        ("STRAẞE", "STRASSE"),
        ("Ångström", "AANGSTROEM"),
        ("Þórður Guðmundsson", "THORDUR GUDMUNDSSON"),
        ("Nguyễn", "NGUYEN"),
        ("Đặng", "DANG"),
        ("İlkay Kılıç", "ILKAY KILIC"),
        ("Œuvray", "OEUVRAY"),
        ("Ŀlorenç", "LLORENC"),
        ("K\u035fhan", "KHAN"),  # K͟H: a sequence with a letter after the combining mark
        ("C\u0328\u0306", "C"),  # base with two combining marks, one listed sequence
        ("Müller-Lüdenscheidt", "MUELLER-LUEDENSCHEIDT"),
    ],
)
def test_letters_follow_the_norm(text: str, form: str) -> None:
    assert search_form(text) == form


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Σίσυφος", "ΣΙΣΥΦΟΣ"),  # other letters: without marks, upper case (final sigma too)
        ("Ёлкин", "ЕЛКИН"),  # Cyrillic
        ("ﬁnk", "FINK"),  # compatibility ligature
        ("Ｍüller", "MUELLER"),  # full-width letter
        ("O’Brien", "O'BRIEN"),  # apostrophes are one
        ("O`Brien", "O'BRIEN"),
        ("Meyer–Schulz", "MEYER-SCHULZ"),  # dashes are one
        ("  Anna \t\n Maria\u00a0Öz ", "ANNA MARIA OEZ"),  # white space of any kind: one space, trimmed
        ("Öz\u200btürk\u202e", "OEZTUERK"),  # zero-width and bidi controls are dropped
        ("Q\u0301", "Q"),  # a combining mark in no listed sequence is dropped
        ("100%_x", "100%_X"),  # punctuation and digits stay
        ("", ""),
    ],
)
def test_text_outside_the_norm(text: str, form: str) -> None:
    assert search_form(text) == form


def test_a_part_of_a_name_is_a_part_of_its_search_form() -> None:
    for name in ("Öztürk", "Ærø-Łukasiewicz", "Nguyễn Thị Ánh", "Groß", "K\u035fhalid"):
        whole = search_form(name)
        for start in range(len(name)):
            for end in range(start + 1, len(name) + 1):
                part = name[start:end]
                if unicodedata.combining(part[0]):
                    continue  # a part that begins with a lone accent is not something a clerk types
                assert search_form(part) in whole, (name, part)


def test_joined_fields_and_query_words() -> None:
    assert joined_search_form("Ayşe", None, "Öztürk", "") == "AYSE OEZTUERK"
    assert search_terms("Öztürk, Ayşe") == ("OEZTUERK", "AYSE")
    assert search_terms("  \u200b ,, ") == ()
