"""What the user reads when FIT-Connect synchronisation or its settings fail (see :mod:`.error_messages`).

The sync runs in the background, so the texts say whether anything was lost (it never is: what was not fetched is
fetched by the next pass) and who can fix what: most causes are for the IT administration, which finds the
settings under "Extras → FIT-Connect-Verbindung".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.core.catalogue import QT_TRANSLATE_NOOP, translate
from desktop.core.user_message import UserMessage
from models.errors import AmtsstubeError
from sync.errors import CredentialsMissing, KeyringUnavailable, SyncNotConfigured
from sync.fitconnect.errors import (
    CredentialsRejected,
    DeliveryServiceRefused,
    DeliveryServiceUnreachable,
    EventRejected,
    PayloadTooLarge,
    UnexpectedAnswer,
)

# The keyring items of sync.credentials, as an administrator knows them from the self-service portal.
_CREDENTIAL_ITEMS = {
    "client_id": QT_TRANSLATE_NOOP("SyncErrorMessages", "the client ID"),
    "client_secret": QT_TRANSLATE_NOOP("SyncErrorMessages", "the client secret"),
    "decryption_keys": QT_TRANSLATE_NOOP("SyncErrorMessages", "the private decryption key"),
    "signing_key": QT_TRANSLATE_NOOP("SyncErrorMessages", "the private signing key"),
}


def _not_configured(_error: SyncNotConfigured) -> UserMessage:
    return UserMessage(
        translate("SyncErrorMessages", "FIT-Connect not set up"),
        translate(
            "SyncErrorMessages",
            "The connection to FIT-Connect is not set up on this workstation yet, so no online applications can be "
            "fetched. Please ask the IT administration to enter it under “Extras → FIT-Connect connection”.",
        ),
    )


def _keyring_unavailable(error: KeyringUnavailable) -> UserMessage:
    return UserMessage(
        translate("SyncErrorMessages", "No keyring available"),
        translate(
            "SyncErrorMessages",
            "This computer has no usable keyring, so the FIT-Connect client secret and private keys can neither be "
            "stored nor read. On a workstation, please start the desktop's keyring service (for example GNOME "
            "Keyring or KWallet). On a server without a desktop, the environment variable PYTHON_KEYRING_BACKEND "
            "selects an available backend, for example the encrypted file of keyrings.alt "
            "(keyrings.alt.file.EncryptedKeyring) or a Secret Service such as gnome-keyring. The IT finds the "
            "steps in docs/admin.md.",
        ),
        error.detail,
    )


def _credentials_missing(error: CredentialsMissing) -> UserMessage:
    item = _CREDENTIAL_ITEMS.get(error.item)
    return UserMessage(
        translate("SyncErrorMessages", "Access data missing"),
        translate(
            "SyncErrorMessages",
            "The keyring of this computer does not hold {item} for FIT-Connect. Please ask the IT administration "
            "to save the connection again under “Extras → FIT-Connect connection”.",
        ).format(item=translate("SyncErrorMessages", item) if item else error.item),
    )


def _unreachable(error: DeliveryServiceUnreachable) -> UserMessage:
    details = error.detail or None
    if error.tls:
        return UserMessage(
            translate("SyncErrorMessages", "Secure connection failed"),
            translate(
                "SyncErrorMessages",
                "The secure connection (TLS) to the delivery service {host} failed: this computer does not trust "
                "its certificate. If the town uses its own certificate authority, the IT administration must enter "
                "the file with the municipal CA certificate in the connection settings (“Extras → FIT-Connect "
                "connection”, “CA certificate”). Nothing was lost; the applications are fetched once the "
                "connection works.",
            ).format(host=error.host),
            details,
        )
    if error.reason == "timeout":
        text = translate(
            "SyncErrorMessages",
            "The delivery service {host} did not answer in time (%n attempt(s)). Nothing was lost; the applications "
            "are fetched by the next synchronisation. If this persists, please check the network connection or "
            "contact the IT.",
            None,
            error.attempts,
        )
    else:
        text = translate(
            "SyncErrorMessages",
            "The delivery service {host} cannot be reached (%n attempt(s)). Nothing was lost; the applications are "
            "fetched by the next synchronisation. Please check the network connection; if it works, please "
            "contact the IT (the address in the connection settings may be wrong).",
            None,
            error.attempts,
        )
    return UserMessage(
        translate("SyncErrorMessages", "Delivery service not reachable"), text.format(host=error.host), details
    )


def _credentials_rejected(error: CredentialsRejected) -> UserMessage:
    detail = (
        f"HTTP {error.status}"
        + (f", {error.error}" if error.error else "")
        + (f": {error.detail}" if error.detail else "")
    )
    return UserMessage(
        translate("SyncErrorMessages", "Access data rejected"),
        translate(
            "SyncErrorMessages",
            "The delivery service rejected the client ID or the client secret. Please ask the IT administration to "
            "check them under “Extras → FIT-Connect connection” (was the secret renewed in the self-service "
            "portal?).",
        ),
        detail,
    )


def _refused_details(error: DeliveryServiceRefused) -> str:
    where = f"{error.method} {error.path}".strip()
    parts = [f"{where}: HTTP {error.status}" if where else f"HTTP {error.status}"]
    parts += [part for part in (error.problem_type, error.title, error.detail) if part]
    return "\n".join(parts)


def _event_rejected(error: EventRejected) -> UserMessage:
    return UserMessage(
        translate("SyncErrorMessages", "Confirmation refused"),
        translate(
            "SyncErrorMessages",
            "The delivery service refused our confirmation of an application as invalid. The case has been "
            "created; the confirmation is sent again by the next synchronisation. If this persists, please ask "
            "the IT administration to check the signing key in the connection settings.",
        ),
        _refused_details(error),
    )


def _refused(error: DeliveryServiceRefused) -> UserMessage:
    title = translate("SyncErrorMessages", "Delivery service refused")
    if error.status in (401, 403):
        text = translate(
            "SyncErrorMessages",
            "The delivery service refuses access to the destination. Please ask the IT administration to check "
            "the destination ID and whether the client is approved for this destination.",
        )
    elif error.status == 404:
        text = translate(
            "SyncErrorMessages",
            "The delivery service does not know the destination or the address. Please ask the IT administration to "
            "check the destination ID and the submission API address in the connection settings.",
        )
    elif error.status == 429:
        text = translate(
            "SyncErrorMessages",
            "The delivery service reports too many requests (rate limit). Nothing was lost; the next "
            "synchronisation continues where this one stopped.",
        )
    elif error.status >= 500:
        text = translate(
            "SyncErrorMessages",
            "The delivery service reports a fault (HTTP {status}). Nothing was lost; the applications are fetched "
            "by the next synchronisation. If this persists for hours, please contact the IT.",
        ).format(status=error.status)
    else:
        text = translate(
            "SyncErrorMessages",
            "The delivery service refused a request (HTTP {status}). Nothing was lost. Please contact the IT; the "
            "details say what the delivery service reported.",
        ).format(status=error.status)
    return UserMessage(title, text, _refused_details(error))


def _payload_too_large(error: PayloadTooLarge) -> UserMessage:
    megabytes = max(1, round(error.limit / (1024 * 1024)))
    return UserMessage(
        translate("SyncErrorMessages", "Application too large"),
        translate(
            "SyncErrorMessages",
            "An answer of the delivery service (for example an attachment) is larger than the %n MB Amtsstube "
            "accepts, so it was not fetched. Please contact the IT.",
            None,
            megabytes,
        ),
        str(error),
    )


def _unexpected_answer(error: UnexpectedAnswer) -> UserMessage:
    return UserMessage(
        translate("SyncErrorMessages", "Unexpected answer"),
        translate(
            "SyncErrorMessages",
            "The delivery service answered in an unexpected way. Is the submission API address in the connection "
            "settings right? Nothing was lost. If this persists, please contact the IT.",
        ),
        f"{error.path}: {error.detail}",
    )


# Most specific first: EventRejected is a DeliveryServiceRefused.
SYNC_DESCRIBERS: tuple[tuple[type[AmtsstubeError], Callable[[Any], UserMessage]], ...] = (
    (SyncNotConfigured, _not_configured),
    (KeyringUnavailable, _keyring_unavailable),
    (CredentialsMissing, _credentials_missing),
    (DeliveryServiceUnreachable, _unreachable),
    (CredentialsRejected, _credentials_rejected),
    (EventRejected, _event_rejected),
    (DeliveryServiceRefused, _refused),
    (PayloadTooLarge, _payload_too_large),
    (UnexpectedAnswer, _unexpected_answer),
)
