"""The embedded TrueType font: where it is found, what happens without it, and that it covers DIN 91379."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics

from models.errors import AmtsstubeError
from printing.errors import FontNotFound
from printing.fonts import (
    BOLD_FILE_NAME,
    FONT_DIR_ENV,
    REGULAR_FILE_NAME,
    FontFiles,
    find_font_files,
    register_fonts,
)
from tests.support.din91379_oracle import din91379_file


@pytest.fixture
def system_fonts(monkeypatch: pytest.MonkeyPatch) -> FontFiles:
    """The default font files from the system directories (no ``AMTSSTUBE_FONT_DIR``)."""
    monkeypatch.delenv(FONT_DIR_ENV, raising=False)
    return find_font_files()


@pytest.fixture
def font_copy(system_fonts: FontFiles, tmp_path: Path) -> Path:
    """A directory holding a copy of the default font files."""
    shutil.copyfile(system_fonts.regular, tmp_path / REGULAR_FILE_NAME)
    shutil.copyfile(system_fonts.bold, tmp_path / BOLD_FILE_NAME)
    return tmp_path


def test_dejavu_sans_is_found_in_the_system_font_directories(system_fonts: FontFiles) -> None:
    assert system_fonts.regular.name == "DejaVuSans.ttf"
    assert system_fonts.bold.name == "DejaVuSans-Bold.ttf"


def test_the_environment_variable_points_at_another_directory(font_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(FONT_DIR_ENV, str(font_copy))
    assert find_font_files() == FontFiles(font_copy / REGULAR_FILE_NAME, font_copy / BOLD_FILE_NAME)


def test_a_configured_directory_without_fonts_is_an_error_not_a_silent_fallback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(FONT_DIR_ENV, str(tmp_path))
    with pytest.raises(FontNotFound) as error:
        find_font_files()
    assert error.value.searched == (str(tmp_path),)
    assert isinstance(error.value, AmtsstubeError)
    assert str(tmp_path) in str(error.value)


def test_an_explicit_directory_wins_over_the_environment(
    font_copy: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(FONT_DIR_ENV, str(tmp_path_factory.mktemp("empty")))
    assert find_font_files(font_copy).regular == font_copy / REGULAR_FILE_NAME


def test_explicit_font_files_are_registered(font_copy: Path) -> None:
    fonts = register_fonts(FontFiles(font_copy / REGULAR_FILE_NAME, font_copy / BOLD_FILE_NAME))
    assert fonts.regular != fonts.bold
    assert fonts.regular in pdfmetrics.getRegisteredFontNames()
    assert fonts.bold in pdfmetrics.getRegisteredFontNames()


def test_a_file_that_is_no_font_is_reported(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"not a font at all")
    with pytest.raises(FontNotFound) as error:
        register_fonts(FontFiles(broken, broken))
    assert str(broken) in error.value.searched


def test_a_font_without_the_letters_of_names_is_refused(system_fonts: FontFiles) -> None:
    mono = system_fonts.regular.with_name("DejaVuSansMono.ttf")  # lacks the capital sharp s (ẞ)
    if not mono.exists():
        pytest.fail(f"{mono} is part of fonts-dejavu-core and needed for this test")
    with pytest.raises(FontNotFound, match="lacks the letters"):
        register_fonts(FontFiles(mono, mono))


def test_registration_happens_once(system_fonts: FontFiles) -> None:
    first = register_fonts()
    started = time.perf_counter()
    for _ in range(100):
        assert register_fonts() == first
    assert time.perf_counter() - started < 0.5  # a cache lookup, not a font file parse


def din_91379_code_points() -> set[int]:
    """Every code point of the normative letters and required non-letters (data type A: names)."""
    din_91379 = din91379_file("latin_list_1.3.txt")
    points: set[int] = set()
    for line in din_91379.read_text(encoding="utf-8").splitlines():
        group, _kind, code, *_ = (part.strip() for part in line.split(";"))
        if group in ("bll", "bnlreq"):
            points.update(int(cp, 16) for cp in code.split())
    return points


def test_the_default_font_covers_every_din_91379_letter(system_fonts: FontFiles) -> None:
    fonts = register_fonts()
    points = din_91379_code_points()
    assert len(points) > 500
    for name in (fonts.regular, fonts.bold):
        cmap = pdfmetrics.getFont(name).face.charToGlyph
        missing = sorted(chr(p) for p in points if p not in cmap)
        assert not missing, f"{name} lacks {''.join(missing)}"
