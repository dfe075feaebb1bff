"""The demo's issued certificates: a box of security paper in the demo registry office's certificate printer, and
a handful of certificates of every kind from the demo registers, one of them revoked by a reissue after a
correction, so that ``amtsstube certificates`` and ``amtsstube verify`` have something to answer."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from models.actors import Actor
from models.db import Database
from models.operations.certificates import CertificateRequest, IssuedKind, RenderCertificate, issue_certificates
from models.operations.civil_status import annotate_civil_entry
from models.operations.security_paper import load_paper
from models.registers.civil_status.entries import AnnotationKind, CivilEntry, RegisterKind

#: The demo registry office's workstation and the serials of the box of security paper in its printer.
DEMO_CERTIFICATE_WORKSTATION = "Standesamt 1"
DEMO_PAPER = (100_001, 100_250)
#: A box for the workstation the demo runs on (``make run``), when its name is not the demo registry office's.
LOCAL_PAPER = (200_001, 200_250)


def load_local_paper(db: Database, officer: Actor, workstation: str) -> None:
    """Security paper in the demo workstation's own certificate printer, so that the demo officer can print."""
    if workstation != DEMO_CERTIFICATE_WORKSTATION:
        load_paper(db, officer, workstation, *LOCAL_PAPER)


def _latest_entries(db: Database) -> dict[RegisterKind, int]:
    """The most recently recorded entry of each register."""
    found: dict[RegisterKind, int] = {}
    with db.read() as session:
        for kind in RegisterKind:
            entry_id = session.scalar(
                select(CivilEntry.id)
                .where(CivilEntry.kind == kind, CivilEntry.restricted.is_(False))
                .order_by(CivilEntry.recorded_on.desc(), CivilEntry.id.desc())
                .limit(1)
            )
            if entry_id is not None:
                found[kind] = entry_id
    return found


def seed_certificates(db: Database, officer: Actor, render: RenderCertificate, today: dt.date) -> int:
    """Load the demo paper and issue certificates of every kind (by ``officer``); how many were issued."""
    load_paper(db, officer, DEMO_CERTIFICATE_WORKSTATION, *DEMO_PAPER)
    entries = _latest_entries(db)
    requests = [CertificateRequest(IssuedKind(kind.value), entry_id) for kind, entry_id in entries.items()]
    if RegisterKind.BIRTH in entries:
        birth = entries[RegisterKind.BIRTH]
        requests += [
            CertificateRequest(IssuedKind.BIRTH, birth, copies=2),
            CertificateRequest(IssuedKind.REGISTER_PRINTOUT, birth),
        ]
    if not requests:
        return 0
    issued = issue_certificates(db, officer, requests, DEMO_CERTIFICATE_WORKSTATION, render, today=today)
    count = len(issued)
    if RegisterKind.DEATH in entries:  # a correction, and the certificate issued before it is replaced
        death = entries[RegisterKind.DEATH]
        first = next(row for row in issued if row.kind is IssuedKind.DEATH)
        annotate_civil_entry(
            db, officer, death, AnnotationKind.CORRECTION, today, "Der Sterbeort wurde berichtigt (§ 47 PStG)."
        )
        again = CertificateRequest(IssuedKind.DEATH, death, replaces_code=first.verification_code)
        count += len(issue_certificates(db, officer, [again], DEMO_CERTIFICATE_WORKSTATION, render, today=today))
    return count
