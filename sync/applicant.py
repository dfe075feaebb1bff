"""Who applied: the applicant of an online submission, taken from the form data.

Our form schemas carry the applicant as an ``applicant`` object (name parts, date of birth, ``address``, e-mail,
phone). Forms of other portals may name it differently or leave it out; then the identification report of the
citizen's login (``authenticationInformation`` in the metadata) and finally the reply address stand in, so that
every submission still becomes a case a clerk can work. :class:`ApplicantSource` remembers where each value came
from, so that a value the intake refuses (DIN 91379, too long) is named in the rejection as the sender wrote it.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from models.operations.case_creation import ApplicantInput
from sync.strict_json import JsonRefused, parse_strict

_APPLICANT_KEYS = ("applicant", "antragsteller", "keeper", "halter", "requester", "owner")
#: The family name of a case whose submission names nobody (only a reply address); DIN 91379 data type A itself.
UNKNOWN_FAMILY_NAME = "Name unbekannt"
#: ``ApplicantInput`` field → the key it is read from, below the person (``address/…`` below its address).
_SOURCE_KEYS = {
    "given_names": "givenNames",
    "family_name": "familyName",
    "title": "title",
    "name_prefix": "namePrefix",
    "birth_name": "birthName",
    "date_of_birth": "dateOfBirth",
    "street": "address/street",
    "house_number": "address/houseNumber",
    "postcode": "address/postcode",
    "city": "address/city",
    "country": "address/country",
    "address_addition": "address/addition",
    "email": "email",
    "phone": "phone",
}


@dataclass(frozen=True)
class ApplicantSource:
    """The applicant and where in the submission it was found (``instance`` ``data`` or ``metadata``)."""

    applicant: ApplicantInput
    instance: str
    prefix: str  # e.g. "applicant" or "authenticationInformation/0/content"
    renamed: dict[str, str] = field(default_factory=dict)

    def path(self, applicant_field: str) -> str:
        key = self.renamed.get(applicant_field, _SOURCE_KEYS.get(applicant_field, applicant_field))
        if key.startswith("/"):  # found outside the person (the reply address)
            return key[1:]
        return f"{self.prefix}/{key}" if self.prefix else key


def applicant_from(form_data: dict[str, Any], metadata: dict[str, Any]) -> ApplicantSource:
    reply_email = _reply_email(metadata)
    for key in _APPLICANT_KEYS:
        candidate = form_data.get(key)
        if isinstance(candidate, dict) and (_text(candidate.get("familyName")) or _text(candidate.get("givenNames"))):
            return _from_person(candidate, reply_email, "data", key)
    index, report = _identification_report(metadata)
    if _text(report.get("familyName")) or _text(report.get("givenNames")):
        return _from_person(report, reply_email, "metadata", f"authenticationInformation/{index}/content")
    applicant = ApplicantInput(given_names="", family_name=UNKNOWN_FAMILY_NAME, email=reply_email)
    return ApplicantSource(applicant, "metadata", "", {"email": "replyChannel/eMail/address"})


def _from_person(person: dict[str, Any], reply_email: str | None, instance: str, prefix: str) -> ApplicantSource:
    address = person.get("address") if isinstance(person.get("address"), dict) else {}
    assert isinstance(address, dict)
    renamed: dict[str, str] = {}
    if not _text(person.get("title")) and _text(person.get("doctoralDegree")):
        renamed["title"] = "doctoralDegree"
    if not _text(address.get("postcode")) and _text(address.get("postalCode")):
        renamed["postcode"] = "address/postalCode"
    email = _text(person.get("email"))
    if email is None and reply_email is not None:
        renamed["email"] = "/replyChannel/eMail/address"
    applicant = ApplicantInput(
        given_names=_text(person.get("givenNames")) or "",
        family_name=_text(person.get("familyName")) or "",  # given names without a family name: refused later
        title=_text(person.get("title")) or _text(person.get("doctoralDegree")),
        name_prefix=_text(person.get("namePrefix")),
        birth_name=_text(person.get("birthName")),
        date_of_birth=_date(person.get("dateOfBirth")),
        street=_text(address.get("street")),
        house_number=_text(address.get("houseNumber")),
        postcode=_text(address.get("postcode")) or _text(address.get("postalCode")),
        city=_text(address.get("city")),
        country=_country(_text(address.get("country"))),
        address_addition=_text(address.get("addition")),
        email=email or reply_email,
        phone=_text(person.get("phone")),
    )
    return ApplicantSource(applicant, instance, prefix, renamed)


def _country(value: Any) -> Any:
    if value is None:
        return "DE"
    return value[:2].upper() if isinstance(value, str) else value


def _reply_email(metadata: dict[str, Any]) -> str | None:
    channel = metadata.get("replyChannel")
    if isinstance(channel, dict):
        email = channel.get("eMail")
        if isinstance(email, dict):
            return _text(email.get("address"))
    return None


def _identification_report(metadata: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    """The first readable identification report and its index; a report that is no JSON object is ignored."""
    for index, entry in enumerate(metadata.get("authenticationInformation") or []):
        if not isinstance(entry, dict) or entry.get("type") != "identificationReport":
            continue
        content = str(entry.get("content", ""))
        try:
            report = parse_strict(base64.urlsafe_b64decode(content + "=" * (-len(content) % 4)))
        except (JsonRefused, binascii.Error, ValueError):
            continue
        if isinstance(report, dict):
            return index, report
    return -1, {}


def _text(value: object) -> Any:
    """A text value, stripped; numbers become text (a house number sent as 12); ``None`` for nothing.

    Anything else (a list, an object, a boolean) is handed on as it is, so that ``checked_applicant`` refuses it
    with the field named — a name is never quietly dropped or turned into ``"['…']"``.
    """
    if value is None:
        return None
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return str(value).strip() or None
    return value


def _date(value: object) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None
