"""The wording of refused steps of a certificate order at the registry office: matching the order to the registers
and recording the applicant's eligibility (§ 62 PStG)."""

from __future__ import annotations

from desktop.core.catalogue import QT_TRANSLATE_NOOP

#: Invalid inputs of certificate orders, by (field, problem).
CERTIFICATE_ORDER_INVALID_INPUT = {
    ("certificate_order", "not_a_certificate_order"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "This case orders no certificate from a civil-status register. Register entries are matched only for orders "
        "of a birth, marriage, partnership or death certificate.",
    ),
    ("relationship", "unknown"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The applicant's relation to the entry is not one of § 62 PStG. Please choose the person concerned, spouse "
        "or partner, ancestor, descendant, sibling, another person with a legal interest or an authority.",
    ),
    ("applicant_age", "out_of_range"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The applicant's age is not plausible. Please check the date of birth."
    ),
    ("eligibility_reason", "too_long"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The reason is too long (at most 1000 characters). Please shorten it."
    ),
    ("eligibility_evidence", "too_long"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The description of the evidence is too long (at most 1000 characters). Please shorten it."
    ),
    ("eligibility_entry", "other_register"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The chosen entry is from another register than the certificate ordered. Please choose an entry of the "
        "order's register.",
    ),
    ("eligibility", "not_recorded"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The applicant's entitlement (§ 62 PStG) has not been checked yet. Please record the relation to the entry "
        "first; the certificates are printed from the entry chosen there.",
    ),
    ("eligibility", "refused"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The recorded decision refuses the certificate (§ 62 PStG). Please reject the order; the rejection letter "
        "names the rule. If the applicant has shown more, record the entitlement again.",
    ),
    ("certificates", "already_issued"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The certificates of this order have been printed already. A lost or spoilt certificate is reissued from "
        "the entry's view (Registry office → Search the registers, then Reissue), which revokes the earlier one.",
    ),
    ("certificates", "not_issued"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The certificates of this order have not been printed yet. Please print them first (Print certificates); "
        "the cover letter names each one.",
    ),
    ("certificate_printer", "not_set"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "No certificate printer is set up for this workstation. Please ask IT to name the printer with the security "
        "paper in the settings (printers.certificates); nothing was printed.",
    ),
    ("certificates", "entitlement_first"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "A certificate is printed only after the entitlement has been checked, so a certificate order cannot be "
        "completed at once. Please enter the order, take it over, check the entitlement (Ctrl+Shift+M) and print "
        "the certificates (Ctrl+Shift+W); nothing was stored.",
    ),
    ("printouts", "out_of_range"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "At most 10 certified register printouts go with one order. Please ask for more in a separate order.",
    ),
    ("reissue_reason", "missing"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Please give the reason for printing the certificate again (a correction, a lost or damaged certificate); "
        "nothing was printed.",
    ),
    ("reissue_reason", "too_long"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The reason may be at most 500 characters long. Please shorten it; nothing was printed."
    ),
    ("reissue_reason", "unstorable_character"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The reason contains an invisible control character (e.g. copied from another program). Please type it "
        "again; nothing was printed.",
    ),
}
