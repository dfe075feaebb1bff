"""The DIN 91379 search form (Suchform) of names and other text: what the work queue and the mail book search in.

Every Latin letter and base+diacritic sequence of the norm maps to its search form in A–Z, as the norm's list says
(``Ö`` → ``OE``, ``ß`` → ``SS``, ``Ł`` → ``L``, ``Å`` → ``AA``, ``a`` → ``A``). The stored search columns and the
typed query both go through :func:`search_form`, so "Öztürk", "ÖZTÜRK", "Oeztuerk" and "oeztürk" are the same text,
and the search form of a part of a name ("ztürk") is a part of the search form of the name.

The project's copy of the norm's list is ``search_form_din91379.txt`` (source and licence in its header). Text
outside the list, decided here because the norm maps only its Latin letters:

- the text is NFC-normalised first (an NFD "Öztürk" is the NFC one);
- other letters and digits (Greek, Cyrillic, ligatures, full-width forms, ``²``): compatibility decomposition
  (NFKD) without combining marks, then the list again or upper case (``ﬁ`` → ``FI``, ``ё`` → ``Е``,
  ``σ``/``ς`` → ``Σ``);
- apostrophe-like marks (``’ ‘ ʼ ` ´ ʹ ′``) become ``'`` and dashes (``‐ ‑ ‒ – — −``) become ``-``, so
  "O’Brien" typed as "O'Brien" matches;
- any run of white space is one space; control and format characters (zero-width, bidi controls), surrogates and
  combining marks that belong to no listed sequence are dropped;
- everything else (punctuation, symbols) stays as it is.

Changing these rules changes what is stored: a migration then has to recompute the search columns.
"""

from __future__ import annotations

import re
import unicodedata
from importlib import resources

DATA_FILE = "search_form_din91379.txt"

APOSTROPHES = "'’‘ʼ`´ʹ′"
DASHES = "-‐‑‒–—−"
_DROPPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Mn", "Mc", "Me"})


def load_search_forms() -> dict[str, str]:
    """The norm's letters and sequences (NFC strings) with their search form, from the shipped data file."""
    forms: dict[str, str] = {}
    text = resources.files("models").joinpath(DATA_FILE).read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        code_points, form = line.split("\t")
        forms["".join(chr(int(c, 16)) for c in code_points.split())] = form
    return forms


_FORMS = load_search_forms()
_SEQUENCES = {k: v for k, v in _FORMS.items() if len(k) > 1}
_SEQUENCE_LENGTHS = sorted({len(k) for k in _SEQUENCES}, reverse=True)
_SEQUENCE_MARKS = re.compile(
    "[" + "".join(sorted({c for k in _SEQUENCES for c in k[1:] if unicodedata.combining(c)})) + "]"
)


def _fold_other(char: str) -> str:
    """The search form of one character that is no letter of the norm's list (see the module's rules)."""
    if char.isspace():
        return " "
    if char in APOSTROPHES:
        return "'"
    if char in DASHES:
        return "-"
    category = unicodedata.category(char)
    if category in _DROPPED_CATEGORIES:
        return ""
    if category[0] in "LN":
        base = (c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        return "".join(_FORMS.get(c) or c.upper() for c in base)
    return char


class _FoldTable(dict[int, str]):
    """``str.translate`` table: the norm's letters, everything else computed once by :func:`_fold_other`."""

    def __missing__(self, code_point: int) -> str:
        folded = _fold_other(chr(code_point))
        self[code_point] = folded
        return folded


_TABLE = _FoldTable({ord(k): v for k, v in _FORMS.items() if len(k) == 1})


def _replace_sequences(text: str) -> str:
    """Each listed base+diacritic sequence by its search form, longest first, left to right."""
    pieces: list[str] = []
    position = 0
    while position < len(text):
        for length in _SEQUENCE_LENGTHS:
            form = _SEQUENCES.get(text[position : position + length])
            if form is not None:
                pieces.append(form)
                position += length
                break
        else:
            pieces.append(text[position])
            position += 1
    return "".join(pieces)


def search_form(text: str) -> str:
    """``text`` in the DIN 91379 search form (A–Z for the norm's letters), white space collapsed and trimmed."""
    text = unicodedata.normalize("NFC", text)
    if _SEQUENCE_MARKS.search(text):
        text = _replace_sequences(text)
    return " ".join(text.translate(_TABLE).split())


def joined_search_form(*parts: str | None) -> str:
    """The search form of several fields (e.g. the parts of a name) as one text, separated by spaces."""
    return search_form(" ".join(p for p in parts if p))


def search_terms(query: str) -> tuple[str, ...]:
    """The words of a typed query in search form: each must occur in a match (in any order). Commas separate too,
    so "Öztürk, Ayşe" finds Ayşe Öztürk."""
    return tuple(term for term in search_form(query).replace(",", " ").split(" ") if term)
