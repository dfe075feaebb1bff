"""Searching names in the work queue and the mail book: the same matches on SQLite and PostgreSQL, whatever the letters.

Every test here runs on both databases (the ``db`` fixture) with the same expected result sets.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import insert, select, text, update
from sqlalchemy.exc import DBAPIError

from models.actors import system_actor
from models.cases import Case, Channel
from models.db import Database
from models.mail_book import MailBookEntry
from models.migrate import alembic_config, upgrade
from models.operations.case_creation import NewCase, add_cases
from models.operations.mail_book import mail_book
from models.operations.mail_rows import MailBookFilter
from models.operations.outgoing_mail import print_documents
from models.operations.queue import MAX_PAGE_SIZE, QueueFilter, list_queue
from models.people import Person
from models.search_form import joined_search_form, search_form
from printing.batch import file_delivery
from tests.conftest import Staff
from tests.support.din91379_oracle import din91379_file
from tests.support.factories import GENERIC_FEE_SERVICE, applicant, confirmation_letters

APPLICANTS = {  # key: (given names, family name, birth name)
    "ayse": ("Ayşe", "Öztürk", None),
    "mehmet": ("Mehmet", "Öztürk", None),
    "emine": ("Emine", "Yıldız", "Öztürk"),  # née Öztürk
    "oezdemir": ("Kemal", "Özdemir", None),
    "lukasz": ("Łukasz", "Wiśniewski", None),
    "aeroe": ("Søren", "Ærø", None),
    "gross": ("Jürgen", "Groß", None),
    "strauss": ("Anneliese", "STRAUẞ", None),
    "khan": ("Amina", "K\u035fhan", None),  # K͟H, a sequence with a combining double macron below
    "nguyen": ("Thị Ánh", "Nguyễn", None),
    "dang": ("Văn", "Đặng", None),
    "obrien": ("Siobhán", "O’Brien", None),
}


def _add(db: Database, people: dict[str, tuple[str, str, str | None]]) -> dict[str, int]:
    batch = [
        NewCase(
            service_key=GENERIC_FEE_SERVICE,
            applicant=applicant(given_names=given, family_name=family, birth_name=birth, title=None),
            form_data={"anliegen": "Test"},
            channel=Channel.ONLINE,
        )
        for given, family, birth in people.values()
    ]
    with db.write() as session:
        cases = add_cases(session, system_actor("tests"), batch)
        session.flush()
        return dict(zip(people, (case.id for case in cases), strict=True))


def _found(db: Database, staff: Staff, query: str) -> set[int]:
    page = list_queue(db, staff.clerk, QueueFilter(text=query), limit=MAX_PAGE_SIZE)
    assert page.total == len(page.rows)
    return {row.id for row in page.rows}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Öztürk", {"ayse", "mehmet", "emine"}),  # the birth name counts
        ("öztürk", {"ayse", "mehmet", "emine"}),
        ("ÖZTÜRK", {"ayse", "mehmet", "emine"}),
        ("Oeztuerk", {"ayse", "mehmet", "emine"}),
        ("oeztürk", {"ayse", "mehmet", "emine"}),
        ("O\u0308ztu\u0308rk", {"ayse", "mehmet", "emine"}),  # typed in NFD
        ("ztürk", {"ayse", "mehmet", "emine"}),  # a part of the name
        ("ZTÜR", {"ayse", "mehmet", "emine"}),
        ("Öz", {"ayse", "mehmet", "emine", "oezdemir"}),
        ("Ayşe Öztürk", {"ayse"}),  # every word, in any order
        ("Öztürk, Ayse", {"ayse"}),
        ("Lukasz", {"lukasz"}),
        ("łukasz", {"lukasz"}),
        ("WIŚNIEWSKI", {"lukasz"}),
        ("Ærø", {"aeroe"}),
        ("aeroe", {"aeroe"}),
        ("ærø", {"aeroe"}),
        ("Soeren", {"aeroe"}),
        ("Groß", {"gross"}),
        ("GROSS", {"gross"}),
        ("Strauß", {"strauss"}),
        ("strauss", {"strauss"}),
        ("Khan", {"khan"}),
        ("k\u035fhan", {"khan"}),
        ("Nguyen", {"nguyen"}),
        ("nguyễn", {"nguyen"}),
        ("Anh", {"nguyen"}),
        ("Dang", {"dang"}),
        ("đặng", {"dang"}),
        ("O'Brien", {"obrien"}),  # the ASCII apostrophe finds the typographic one
        ("Siobhan", {"obrien"}),
        ("Müller", set()),
        ("100%_", set()),  # LIKE wildcards are literal
    ],
)
def test_queue_search_finds_names_whatever_the_letters(
    db: Database, staff: Staff, query: str, expected: set[str]
) -> None:
    ids = _add(db, APPLICANTS)
    assert _found(db, staff, query) == {ids[key] for key in expected}


def test_a_name_stored_in_nfd_is_found_by_its_nfc_query(db: Database, staff: Staff) -> None:
    ids = _add(db, {"ayse": APPLICANTS["ayse"]})
    with db.write() as session:  # data written before names were normalised at the door
        case = session.get(Case, ids["ayse"])
        assert case is not None
        case.applicant.family_name = unicodedata.normalize("NFD", "Öztürk")
    with db.read() as session:
        stored = session.scalars(select(Person.family_name)).one()
    assert stored != "Öztürk"  # really decomposed
    assert _found(db, staff, "Öztürk") == {ids["ayse"]}
    assert _found(db, staff, "ztürk") == {ids["ayse"]}


def test_the_reference_is_still_found(db: Database, staff: Staff) -> None:
    ids = _add(db, APPLICANTS)
    reference = list_queue(db, staff.clerk, QueueFilter(text="Łukasz")).rows[0].reference
    assert _found(db, staff, reference) == {ids["lukasz"]}
    assert _found(db, staff, f"{reference} Wiśniewski") == {ids["lukasz"]}
    assert _found(db, staff, f"{reference} Öztürk") == set()


def _official_letters() -> list[tuple[str, str]]:
    """Every letter and sequence of the norm's search-form list with its official search form, grouped by it."""
    lines = din91379_file("latin_list_search_form_1.3.txt").read_text(encoding="utf-8").splitlines()
    entries = []
    for line in lines:
        fields = [field.strip() for field in line.split(";")]
        entries.append(("".join(chr(int(code, 16)) for code in fields[2].split()), fields[6]))
    return sorted(entries, key=lambda entry: entry[1])


def test_every_letter_of_the_norm_finds_its_name(db: Database, staff: Staff) -> None:
    entries = _official_letters()
    chunks = [entries[start : start + 20] for start in range(0, len(entries), 20)]
    names = ["".join(letter for letter, _ in chunk) for chunk in chunks]
    assert max(len(name) for name in names) <= 120
    ids = _add(db, {name: ("Probe", name, None) for name in names})
    folded = {ids[name]: joined_search_form("Probe", name) for name in names}
    for name, chunk in zip(names, chunks, strict=True):
        official = "".join(form for _, form in chunk)  # the name spelt in the norm's search form, from its list
        for query in (*(letter for letter, _ in chunk), official, official.lower()):
            found = _found(db, staff, query)
            assert ids[name] in found, f"{query!r} did not find {name!r}"
            assert found == {case for case, form in folded.items() if search_form(query) in form}


def test_the_search_name_follows_every_change_of_a_name(db: Database, staff: Staff) -> None:
    ids = _add(db, {"ayse": APPLICANTS["ayse"]})
    with db.write() as session:
        case = session.get(Case, ids["ayse"])
        assert case is not None
        case.applicant.family_name = "Şahin"
        case.applicant.name_prefix = "de"
    assert _found(db, staff, "Öztürk") == set()
    assert _found(db, staff, "Sahin") == {ids["ayse"]}
    assert _found(db, staff, "Ayşe de Şahin") == {ids["ayse"]}
    with db.write() as session:  # rows written without the ORM (bulk loads) get theirs from the column default
        session.execute(insert(Person), [{"given_names": "Bülent", "family_name": "Çelik", "country": "DE"}])
        stored = session.scalars(select(Person.search_name).where(Person.family_name == "Çelik")).one()
    assert stored == "BUELENT CELIK"


def _print_letters_to(db: Database, staff: Staff, tmp_path: Path, names: list[tuple[str, str]]) -> None:
    actor = system_actor("tests")
    batch = [
        NewCase(
            service_key=GENERIC_FEE_SERVICE,
            applicant=applicant(given_names=given, family_name=family),
            form_data={"anliegen": "Test"},
            channel=Channel.COUNTER,
        )
        for given, family in names
    ]
    with db.write() as session:
        case_ids = [case.id for case in add_cases(session, actor, batch)]
    confirmation_letters(db, actor, case_ids)
    print_documents(db, staff.clerk, file_delivery(tmp_path / "letters.pdf"))


def test_mail_book_search_finds_recipients_whatever_the_letters(db: Database, staff: Staff, tmp_path: Path) -> None:
    _print_letters_to(db, staff, tmp_path, [("Ayşe", "Öztürk"), ("Søren", "Ærø"), ("Jürgen", "Groß")])

    def recipients(query: str) -> set[str]:
        return {row.recipient[0] for row in mail_book(db, staff.supervisor, MailBookFilter(text=query))}

    for query in ("Öztürk", "ÖZTÜRK", "oeztuerk", "ztürk", "Ayse Öztürk"):
        assert recipients(query) == {"Dr. Ayşe Öztürk"}, query
    assert recipients("aeroe") == {"Dr. Søren Ærø"}
    assert recipients("GROSS") == {"Dr. Jürgen Groß"}
    assert recipients("Lindenbrueck") == {"Dr. Ayşe Öztürk", "Dr. Søren Ærø", "Dr. Jürgen Groß"}  # the address
    entry = mail_book(db, staff.supervisor, MailBookFilter(text="Groß"))[0]
    title_word = max(entry.document_title.split(), key=len)  # "Meldebescheinigung"
    assert recipients(f"{title_word.lower()} Öztürk") == {"Dr. Ayşe Öztürk"}  # and the title
    assert recipients(entry.case_reference) == {"Dr. Jürgen Groß"}


NOW = dt.datetime(2026, 11, 1, 10, tzinfo=dt.UTC)


def _downgrade(db: Database, revision: str) -> None:
    config = alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def test_migration_fills_the_search_forms_of_existing_rows(db: Database) -> None:
    _downgrade(db, "0003")  # the database as it was before the search forms
    people = 2500  # more than one batch of the migration
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO people (given_names, family_name, birth_name, country)"
                " VALUES (:given, :family, :birth, 'DE')"
            ),
            [{"given": "Ayşe", "family": f"Öztürk-{n}", "birth": "Groß" if n % 2 else None} for n in range(people)],
        )
        conn.execute(
            text(
                "INSERT INTO cases (reference, service_id, applicant_id, form_data, channel, status, received_at,"
                " due_date, updated_at, fee_cents, version) SELECT '2026-000001', min(s.id), min(p.id), :form,"
                " 'online', 'received', :now, '2026-12-01', :now, 0, 1 FROM public_services s, people p"
            ),
            {"now": NOW, "form": "{}"},
        )
        conn.execute(
            text(
                "INSERT INTO outgoing_documents (case_id, kind, title, recipient, status, pages, pdf, created_at,"
                " created_by) SELECT id, 'confirmation_letter', 'Eingangsbestätigung', '-', 'printed', 1, :pdf, :now,"
                " 'tests' FROM cases"
            ),
            {"pdf": b"%PDF-", "now": NOW},
        )
        conn.execute(
            text(
                "INSERT INTO mail_book (printed_at, document_id, case_id, case_reference, recipient, document_kind,"
                " document_title, pages, sheets, postage_class, printed_by, printed_by_name, printer, pdf_sha256)"
                " SELECT :now, d.id, d.case_id, '2026-000001', :recipient, 'confirmation_letter',"
                " 'Eingangsbestätigung', 1, 1, 'standard', 'anna', 'Anna', 'PDF', 'x' FROM outgoing_documents d"
            ),
            {"now": NOW, "recipient": "Frau\nAyşe Öztürk-0\nLindenweg 4a\n59999 Lindenbrück"},
        )
    upgrade(db)
    with db.read() as session:
        forms = session.execute(select(Person.family_name, Person.search_name).order_by(Person.id)).all()
        book = session.scalars(select(MailBookEntry.search_text)).one()
    assert len(forms) == people
    assert forms[0] == ("Öztürk-0", "AYSE OEZTUERK-0")
    assert forms[1] == ("Öztürk-1", "AYSE OEZTUERK-1 GROSS")
    assert forms[-1] == (f"Öztürk-{people - 1}", f"AYSE OEZTUERK-{people - 1} GROSS")
    assert book == "FRAU AYSE OEZTUERK-0 LINDENWEG 4A 59999 LINDENBRUECK EINGANGSBESTAETIGUNG"
    # the book is still append-only after its derived column was filled
    for statement in (update(MailBookEntry).values(printer="anderer"), text("DELETE FROM mail_book")):
        with pytest.raises(DBAPIError, match="append-only"), db.write() as session:
            session.execute(statement)
