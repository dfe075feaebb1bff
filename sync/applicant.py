"""Who applied: the applicant of an online submission, taken from the form data.

Our form schemas carry the applicant as an ``applicant`` object (name parts, date of birth, ``address``, e-mail,
phone). Forms of other portals may name it differently or leave it out; then the identification report of the
citizen's login (``authenticationInformation`` in the metadata) and finally the reply address stand in, so that
every submission still becomes a case a clerk can work.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from typing import Any

from models.operations.case_creation import ApplicantInput

_APPLICANT_KEYS = ("applicant", "antragsteller", "keeper", "halter", "requester", "owner")
UNKNOWN_FAMILY_NAME = "(ohne Namen)"


def applicant_from(form_data: dict[str, Any], metadata: dict[str, Any]) -> ApplicantInput:
    for key in _APPLICANT_KEYS:
        candidate = form_data.get(key)
        if isinstance(candidate, dict) and (candidate.get("familyName") or candidate.get("givenNames")):
            return _from_person(candidate, _reply_email(metadata))
    report = _identification_report(metadata)
    if report.get("familyName") or report.get("givenNames"):
        return _from_person(report, _reply_email(metadata))
    return ApplicantInput(given_names="", family_name=UNKNOWN_FAMILY_NAME, email=_reply_email(metadata))


def _from_person(person: dict[str, Any], reply_email: str | None) -> ApplicantInput:
    address = person.get("address") if isinstance(person.get("address"), dict) else {}
    assert isinstance(address, dict)
    return ApplicantInput(
        given_names=_text(person.get("givenNames")) or "",
        family_name=_text(person.get("familyName")) or UNKNOWN_FAMILY_NAME,
        title=_text(person.get("title") or person.get("doctoralDegree")),
        name_prefix=_text(person.get("namePrefix")),
        birth_name=_text(person.get("birthName")),
        date_of_birth=_date(person.get("dateOfBirth")),
        street=_text(address.get("street")),
        house_number=_text(address.get("houseNumber")),
        postcode=_text(address.get("postcode") or address.get("postalCode")),
        city=_text(address.get("city")),
        country=(_text(address.get("country")) or "DE")[:2].upper(),
        address_addition=_text(address.get("addition")),
        email=_text(person.get("email")) or reply_email,
        phone=_text(person.get("phone")),
    )


def _reply_email(metadata: dict[str, Any]) -> str | None:
    channel = metadata.get("replyChannel")
    if isinstance(channel, dict):
        email = channel.get("eMail")
        if isinstance(email, dict):
            return _text(email.get("address"))
    return None


def _identification_report(metadata: dict[str, Any]) -> dict[str, Any]:
    for entry in metadata.get("authenticationInformation") or []:
        if not isinstance(entry, dict) or entry.get("type") != "identificationReport":
            continue
        content = str(entry.get("content", ""))
        try:
            raw = base64.urlsafe_b64decode(content + "=" * (-len(content) % 4))
            report = json.loads(raw)
        except (ValueError, UnicodeDecodeError):
            continue
        if isinstance(report, dict):
            return report
    return {}


def _text(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _date(value: object) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None
