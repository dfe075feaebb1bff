"""Reissuing a certificate: after a correction of the entry, or for a certificate lost or spoilt by its holder,
the registry officer prints it again from the entry as it stands now. The new certificate is of the same kind, from
the same entry and for the same case; the one it replaces is revoked, so that ``verify`` of its code answers
"revoked". The reason is required and kept in the audit log (``certificate.reissued``, beside the
``certificate.issued`` record of the new sheet).
"""

from __future__ import annotations

import datetime as dt

from models.actors import Actor
from models.db import Database
from models.errors import InvalidInput
from models.operations.audit_trail import record
from models.operations.certificates import CertificateRequest, IssuedRow, RenderCertificate, issue_in_session
from models.operations.reasons import stated_reason
from models.operations.rights import operation
from models.permissions import Action
from models.print_jobs import Deliver
from models.registers.civil_status.issued import by_code

MAX_REASON_LENGTH = 500


@operation
def reissue_certificate(
    db: Database,
    actor: Actor,
    code: str,
    workstation: str,
    render: RenderCertificate,
    *,
    reason: str,
    without_parents: bool = False,
    deliver: Deliver | None = None,
    today: dt.date | None = None,
) -> IssuedRow:
    """Print the certificate with verification code ``code`` again on ``workstation``'s next sheet (and with
    ``deliver`` on the certificate printer) and revoke it. Refused for a mistyped code (``verification_code``), an
    unknown one (:class:`~models.errors.NotFound`), one revoked already (``replaced_certificate``:
    ``not_replaceable``) and without a reason (``reissue_reason``: ``missing``). All or nothing, as
    :func:`~models.operations.certificates.issue_certificates`."""
    actor.require(Action.ISSUE_CERTIFICATES)
    text = stated_reason(reason, "reissue_reason", max_length=MAX_REASON_LENGTH)
    with db.write() as session:
        old = by_code(session, code)
        if old.revoked_on is not None:
            raise InvalidInput("replaced_certificate", "not_replaceable")
        request = CertificateRequest(old.kind, old.entry_id, 1, old.case_id, old.verification_code, without_parents)
        (row,) = issue_in_session(session, actor, [request], workstation, render, today=today, deliver=deliver)
        record(session, actor, "certificate.reissued", "issued_certificate", old.id,
               replaced=old.verification_code, by=row.verification_code, reason=text)  # fmt: skip
        return row
