"""The hostile corpus through the real `amtsstube sync`: each submission one case or one reject, nothing stops.

Every entry of :mod:`tests.sync.intake.hostile_corpus` and a dozen valid demo applications between them are sent
through the local delivery service's sender side; one `amtsstube sync` run (a real process, real HTTP, RSA-4096)
must exit 0 and leave each hostile submission as exactly the case or the rejection its entry names, and every
valid one as a case. A second run changes nothing.
"""

from __future__ import annotations

import random
import subprocess
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from models.cases import Case
from models.db import Database
from sync.fitconnect.crypto import verify_set
from sync.fitconnect.problems import PROBLEM_BASE
from sync.portal_demo.submissions import SPECIALISED_DEMO_SERVICES, demo_submission
from tests.support.memory_keyring import MemoryKeyring
from tests.sync.intake.helpers import ACCEPT, AMTSSTUBE, REJECT, Destination, configure_workstation
from tests.sync.intake.hostile_corpus import CASE, CORPUS, PDF, Forge, Hostile
from tests.sync.sandbox.helpers import START

VALID_BESIDE = 12


def test_the_corpus_is_large_and_varied() -> None:
    outcomes = defaultdict(int)
    for entry in CORPUS:
        outcomes[entry.expected] += 1
    assert len(CORPUS) >= 60
    assert outcomes[CASE] >= 15
    assert len({entry.name for entry in CORPUS}) == len(CORPUS)
    for problem in (
        "data-schema-violation",
        "metadata-schema-violation",
        "data-json-syntax-violation",
        "metadata-json-syntax-violation",
        "encryption-issue",
        "missing-data",
        "unsupported-data-format",
        "attachment-too-large",
    ):
        assert outcomes[problem] >= 1, problem


def _send(destination: Destination, forge: Forge, entry: Hostile, seed: int) -> str:
    with destination.sender() as sender:
        if entry.defect is None:
            return forge.send(sender, entry.build(forge))
        demo = demo_submission(random.Random(seed), "dog_registration", today=START.date())
        return sender.send(
            destination.setup.destination_id,
            demo.service_identifier,
            demo.form_data,
            demo.attachments,
            schema_uri=demo.schema_uri,
            defect=entry.defect,
        ).submission_id


@pytest.mark.timeout(600)
def test_every_hostile_submission_ends_as_one_case_or_one_reject(
    db: Database, destination: Destination, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    forge = Forge(destination)
    hostile: dict[str, Hostile] = {}
    valid: list[str] = []
    services = sorted(SPECIALISED_DEMO_SERVICES)
    for index, entry in enumerate(CORPUS):
        hostile[_send(destination, forge, entry, index)] = entry
        if index % (len(CORPUS) // VALID_BESIDE) == 0 and len(valid) < VALID_BESIDE:
            _, sent = destination.send_demo(services[len(valid) % len(services)], seed=100 + index)
            valid.append(sent.submission_id)
    assert len(valid) == VALID_BESIDE

    env = configure_workstation(destination, memory_keyring)
    run = subprocess.run(
        [AMTSSTUBE, "--database", db.url, "sync"], capture_output=True, text=True, env=env, timeout=500, check=False
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert "Traceback" not in run.stderr

    decisions = _decisions(destination)
    with db.read() as session:
        cases = {
            case.submission_id: case for case in session.scalars(select(Case).options(selectinload(Case.attachments)))
        }
    for submission_id in valid:
        assert [event for event, _ in decisions[submission_id]] == [ACCEPT]
        assert submission_id in cases
    wrong: list[str] = []
    for submission_id, entry in hostile.items():
        wrong.extend(_wrong_outcome(entry, decisions[submission_id], cases.get(submission_id)))
    assert not wrong, "\n".join(wrong)
    cases_expected = VALID_BESIDE + sum(1 for entry in hostile.values() if entry.expected == CASE)
    rejects_expected = len(hostile) + VALID_BESIDE - cases_expected
    assert f"{cases_expected} neue Vorgänge, {rejects_expected} abgelehnt" in run.stdout, run.stdout
    assert len(cases) == cases_expected

    _check_what_the_valid_ones_carry(hostile, cases)

    again = subprocess.run(
        [AMTSSTUBE, "--database", db.url, "sync"], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert again.returncode == 0, again.stderr[-3000:]
    assert "0 neue Vorgänge, 0 abgelehnt" in again.stdout
    assert sum(len(events) for events in _decisions(destination).values()) == len(hostile) + VALID_BESIDE


def _decisions(destination: Destination) -> dict[str, list[tuple[str, dict[str, Any]]]]:
    """Per submission: every accept/reject we sent, with its verified claims."""
    found: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for event in destination.state.all_events():
        if event.issuer == destination.setup.destination_id and event.event in (ACCEPT, REJECT):
            found[event.submission_id].append((event.event, verify_set(event.token, destination.keys.signing.public)))
    return found


def _wrong_outcome(entry: Hostile, decisions: list[tuple[str, dict[str, Any]]], case: Case | None) -> list[str]:
    if len(decisions) != 1:
        return [f"{entry.name}: {len(decisions)} decisions"]
    event, claims = decisions[0]
    if entry.expected == CASE:
        if event != ACCEPT or case is None:
            problems = claims["events"].get(REJECT, {}).get("problems")
            return [f"{entry.name}: expected a case, got {event} {problems}"]
        return []
    if event != REJECT or case is not None:
        return [f"{entry.name}: expected {entry.expected}, got {event} (case {case is not None})"]
    (problem,) = claims["events"][REJECT]["problems"]
    if problem["type"] != PROBLEM_BASE + entry.expected:
        return [f"{entry.name}: expected {entry.expected}, got {problem['type']}: {problem['detail']}"]
    if entry.detail not in problem["detail"]:
        return [f"{entry.name}: detail {problem['detail']!r} lacks {entry.detail!r}"]
    return []


def _check_what_the_valid_ones_carry(hostile: dict[str, Hostile], cases: dict[str | None, Case]) -> None:
    by_name = {entry.name: cases[submission_id] for submission_id, entry in hostile.items() if entry.expected == CASE}
    nfd = by_name["names sent decomposed (NFD)"].applicant
    assert (nfd.given_names, nfd.family_name, nfd.city) == ("Ömer", "Güler", "Köln")
    spaced = by_name["whitespace around names"].applicant
    assert (spaced.given_names, spaced.family_name) == ("Jürgen", "Gößmann")
    assert by_name["the login names the citizen"].applicant.family_name == "Öztürk"
    markup = by_name["markup in free text"].form_data["anliegen"]
    assert markup == "<script>alert('x')</script><b>fett</b> &amp; {{ 7*7 }}"
    assert [a.filename for a in by_name["attachment file name with folders (../../)"].attachments] == ["passwd.pdf"]
    shown = by_name["attachment file name with bidi and zero-width codes"].attachments[0].filename
    assert shown == "Nachweisfdp.exe.pdf"
    (sdk_attachment,) = by_name[
        "sdk-style: zip DEF, cty application/json everywhere, thumbprint kid, submissionDate"
    ].attachments
    assert sdk_attachment.filename.endswith(".bin")
    assert sdk_attachment.size == len(PDF)
    assert by_name["a name of exactly 120 letters"].applicant.family_name == "Ä" * 120
    assert by_name["names with Ł Ż Ø ő and a three-part sequence"].applicant.family_name == "Żółć-Øvergård K\u035fhan"
