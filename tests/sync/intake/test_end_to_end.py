"""A dog registration travels from the portal through the delivery service into a case, by `amtsstube sync`."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import undefer

from models.cases import Attachment, Case
from models.db import Database
from sync.fitconnect.crypto import verify_set
from tests.support.memory_keyring import MemoryKeyring
from tests.sync.intake.helpers import ACCEPT, AMTSSTUBE, Destination, configure_workstation


def test_dog_registration_with_attachment_becomes_a_case_and_is_accepted(
    db: Database, destination: Destination, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    demo, sent = destination.send_demo("dog_registration", seed=7)
    assert demo.attachments, "the demo dog registration carries attachments"
    env = configure_workstation(destination, memory_keyring)

    run = subprocess.run(
        [AMTSSTUBE, "--database", db.url, "sync"], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert run.returncode == 0, run.stderr
    assert "1 neuer Vorgang" in run.stdout

    with db.read() as session:
        case = session.scalars(select(Case).where(Case.submission_id == sent.submission_id)).one()
        assert case.service.key == "dog_registration"
        assert case.form_data == json.loads(json.dumps(demo.form_data))
        applicant = demo.form_data["applicant"]
        assert case.applicant.family_name == applicant["familyName"]
        assert case.applicant.given_names == applicant["givenNames"]
        stored = session.scalars(
            select(Attachment).where(Attachment.case_id == case.id).options(undefer(Attachment.content))
        ).all()
    listed = sent.content.metadata["contentStructure"]["attachments"]
    metadata_hashes = {a["filename"]: a["hash"]["content"] for a in listed}
    assert sorted(a.filename for a in stored) == sorted(metadata_hashes)
    for attachment in stored:
        assert hashlib.sha512(attachment.content).hexdigest() == metadata_hashes[attachment.filename]
        assert attachment.sha512 == metadata_hashes[attachment.filename]

    (accepted,) = destination.decisions(ACCEPT)
    assert accepted.submission_id == sent.submission_id
    claims = verify_set(accepted.token, destination.keys.signing.public)
    tags = claims["events"][ACCEPT]["authenticationTags"]
    assert tags == sent.content.authentication_tags()
    assert claims["txn"] == f"case:{sent.case_id}"

    again = subprocess.run(
        [AMTSSTUBE, "--database", db.url, "sync"], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert again.returncode == 0, again.stderr
    assert "0 neue Vorgänge" in again.stdout
    assert len(destination.decisions(ACCEPT)) == 1
