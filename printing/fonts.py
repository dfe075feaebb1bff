"""The embedded TrueType font for every printed document (Schriftart).

reportlab's built-in Type 1 fonts (Helvetica, Times) only know Latin-1 and lack letters that DIN 91379
allows in names, such as Ł or ő, so all text is set in an embedded TrueType font: DejaVu Sans by default,
which covers the whole normative letter set. ``AMTSSTUBE_FONT_DIR`` points at another directory holding
``DejaVuSans.ttf`` and ``DejaVuSans-Bold.ttf``; callers may also pass explicit files.
"""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from printing.errors import FontNotFound

FONT_DIR_ENV = "AMTSSTUBE_FONT_DIR"
REGULAR_FILE_NAME = "DejaVuSans.ttf"
BOLD_FILE_NAME = "DejaVuSans-Bold.ttf"

#: Where the distributions put DejaVu (Debian/Ubuntu, Fedora, Arch, macOS user and system fonts, Windows).
DEFAULT_FONT_DIRS: tuple[Path, ...] = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu-sans-fonts"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/TTF"),
    Path("/usr/local/share/fonts"),
    Path.home() / "Library" / "Fonts",
    Path("/Library/Fonts"),
    Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts",
)

#: Letters a font must have to print German and DIN 91379 names; a font without them would print empty boxes.
REQUIRED_LETTERS = "ÄÖÜäöüßẞŁłŐőŞşĞğČčŘřŻżĄąȘșȚțễ€·–"


@dataclass(frozen=True)
class FontFiles:
    """The TrueType files of one typeface: regular and bold."""

    regular: Path
    bold: Path


@dataclass(frozen=True)
class LetterFonts:
    """reportlab names of the registered typeface, ready for ``canvas.setFont`` and paragraph styles."""

    regular: str
    bold: str


_lock = threading.Lock()
_registered: dict[FontFiles, LetterFonts] = {}


def _candidate_dirs() -> tuple[tuple[Path, ...], bool]:
    """The directories to search and whether they were configured explicitly (then there is no fallback)."""
    configured = os.environ.get(FONT_DIR_ENV)
    if configured:
        return (Path(configured).expanduser(),), True
    return DEFAULT_FONT_DIRS, False


def find_font_files(font_dir: Path | None = None) -> FontFiles:
    """The regular and bold font files: in ``font_dir``, else ``$AMTSSTUBE_FONT_DIR``, else the system dirs.

    Raises :class:`FontNotFound` listing the searched paths when no directory holds both files.
    """
    dirs = (font_dir,) if font_dir is not None else _candidate_dirs()[0]
    searched: list[str] = []
    for directory in dirs:
        regular = directory / REGULAR_FILE_NAME
        bold = directory / BOLD_FILE_NAME
        searched.append(str(directory))
        if regular.is_file() and bold.is_file():
            return FontFiles(regular=regular, bold=bold)
    hint = f"no directory holds {REGULAR_FILE_NAME} and {BOLD_FILE_NAME}"
    if sys.platform.startswith("linux"):
        hint += " (install the package fonts-dejavu-core or set " + FONT_DIR_ENV + ")"
    else:
        hint += f" (set {FONT_DIR_ENV})"
    raise FontNotFound(tuple(searched), hint)


def _load(path: Path, name: str) -> TTFont:
    try:
        font = TTFont(name, str(path))
    except (OSError, TTFError) as exc:
        raise FontNotFound((str(path),), f"{path} is not a usable TrueType font ({exc})") from exc
    missing = [ch for ch in REQUIRED_LETTERS if ord(ch) not in font.face.charToGlyph]
    if missing:
        raise FontNotFound((str(path),), f"{path} lacks the letters {''.join(missing)}")
    return font


def _free_name(stem: str) -> str:
    taken = set(pdfmetrics.getRegisteredFontNames())
    name = f"Amtsstube-{stem}"
    suffix = 2
    while name in taken:
        name = f"Amtsstube-{stem}-{suffix}"
        suffix += 1
    return name


def register_fonts(files: FontFiles | None = None) -> LetterFonts:
    """Register the typeface with reportlab once per process and return its names; later calls are cheap."""
    files = files or find_font_files()
    key = FontFiles(regular=files.regular.resolve(), bold=files.bold.resolve())
    with _lock:
        known = _registered.get(key)
        if known is not None:
            return known
        regular = _load(key.regular, _free_name(key.regular.stem))
        bold = _load(key.bold, _free_name(key.bold.stem))
        pdfmetrics.registerFont(regular)
        pdfmetrics.registerFont(bold)
        pdfmetrics.registerFontFamily(regular.fontName, normal=regular.fontName, bold=bold.fontName)
        fonts = LetterFonts(regular=regular.fontName, bold=bold.fontName)
        _registered[key] = fonts
        return fonts
