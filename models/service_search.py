"""Finding a service of the catalogue as the clerk types (counter dialog): in memory, built once, no database.

The catalogue is small (about 130 services) and read once per dialog, so every keystroke searches the prepared
search forms in Python instead of asking the database. A service matches when every typed word (DIN 91379 search
form, so "sperrmull", "Sperrmüll" and "SPERRMUELL" are the same) is the start of a word of its name or of one of its
keywords, or a part of its name. Ranked by how well the weakest word matches:

0. the name starts with the word ("sperr" → "Sperrmüllabholung anmelden");
1. a word of the name starts with it ("anm" → "Hund anmelden");
2. a word of a keyword starts with it ("sofa" → the bulky-waste pickup);
3. the name contains it ("müll" → "Sperrmüllabholung anmelden").

Ties go to the better sum over all words, then by name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from models.fees import Fee
from models.roles import Role
from models.search_form import search_form, search_terms

#: Ranks of a word's match (lower is better); ``None`` when the word does not match at all.
NAME_PREFIX, NAME_WORD_PREFIX, KEYWORD_PREFIX, NAME_PART = range(4)

#: A word of a search form: letters and digits; spaces, dashes ("Elektroschrott-Abholung"), slashes, brackets and
#: other punctuation separate words.
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class ServiceChoice:
    """A service as the counter dialog offers it (active, one the clerk may work on)."""

    key: str
    name: str
    department: str
    keywords: tuple[str, ...]
    fee_cents: int
    schema_uri: str | None
    handling_role: Role
    tariff: Fee | None = None  # a fee the clerk sets by tariff: its range and reference (None: any other rule)


@dataclass(frozen=True)
class _Prepared:
    service: ServiceChoice
    name_form: str
    name_words: tuple[str, ...]
    keyword_words: tuple[str, ...]


def _words(form: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(_WORD.findall(form)))


class ServiceIndex:
    """The search forms of every service's name and keywords, prepared once for :meth:`find`."""

    def __init__(self, services: Sequence[ServiceChoice]) -> None:
        prepared = []
        for service in services:
            name_form = search_form(service.name)
            keyword_words = tuple(dict.fromkeys(w for k in service.keywords for w in _words(search_form(k))))
            prepared.append(_Prepared(service, name_form, _words(name_form), keyword_words))
        self._services = tuple(sorted(prepared, key=lambda p: (p.name_form, p.service.name, p.service.key)))

    def __len__(self) -> int:
        return len(self._services)

    def find(self, text: str, limit: int = 20) -> tuple[ServiceChoice, ...]:
        """The best ``limit`` services for the typed ``text`` (every word must match); all by name for no words."""
        terms = tuple(dict.fromkeys(search_terms(text)))
        limit = max(0, limit)
        if not terms:
            return tuple(p.service for p in self._services[:limit])
        ranked: list[tuple[int, int, int]] = []
        for position, service in enumerate(self._services):
            ranks = []
            for term in terms:
                rank = _rank(service, term)
                if rank is None:
                    break
                ranks.append(rank)
            else:
                ranked.append((max(ranks), sum(ranks), position))  # position: the services are sorted by name
        ranked.sort()
        return tuple(self._services[position].service for _, _, position in ranked[:limit])


def _rank(service: _Prepared, term: str) -> int | None:
    if service.name_form.startswith(term):
        return NAME_PREFIX
    if any(word.startswith(term) for word in service.name_words):
        return NAME_WORD_PREFIX
    if any(word.startswith(term) for word in service.keyword_words):
        return KEYWORD_PREFIX
    if term in service.name_form:
        return NAME_PART
    return None
