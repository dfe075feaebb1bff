"""The wording of refused dog registrations, dog-tax data and SEPA direct-debit mandates."""

from __future__ import annotations

from desktop.core.catalogue import QT_TRANSLATE_NOOP

#: Invalid inputs of the dog register, the dog tax and the SEPA mandate, by (field, problem).
DOG_INVALID_INPUT = {
    ("chip", "length"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The chip number must have exactly 15 digits (spaces between them are fine). Please copy it again from the "
        "pet passport or read the chip again.",
    ),
    ("chip", "not_digits"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The chip number consists of 15 digits only (0–9), without letters, dashes or other signs."
    ),
    ("chip", "prefix"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The chip number must begin with a country code (276 for Germany) or a manufacturer code from 900 to 998. "
        "Numbers beginning with 999 belong to test chips. Please check the first three digits.",
    ),
    ("deregistered_on", "before_acquired"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The date of deregistration lies before the date the dog was acquired. Please check both dates.",
    ),
    ("relief", "unknown"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The dog-tax statute knows no such exemption or reduction. Please choose one of the statute's reliefs.",
    ),
    ("relief", "not_for_dangerous_dog"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The dog-tax statute grants this reduction for no dangerous dog (§ 3 or § 10 LHundG NRW). Nothing was saved.",
    ),
    ("dog", "not_in_household"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "This dog is not registered for the household. Please refresh the view and choose the dog again.",
    ),
    ("tax_statute", "invalid"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The dog-tax statute of the town cannot be read (rates, reliefs or due dates are missing or wrong), so no "
        "tax can be computed. Please contact the IT.",
    ),
    ("iban", "iban_checksum"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The IBAN's check digits do not match: there is a typing error in it. Please compare it digit by digit with "
        "the bank card or the bank statement.",
    ),
    ("iban", "iban_format"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The IBAN has the wrong length or wrong characters for its country (a German IBAN has 22 characters: DE and "
        "20 digits). Please check it.",
    ),
    ("iban", "iban_country"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The IBAN does not begin with the code of a country that has IBANs (for example DE or AT). Please check the "
        "first two letters.",
    ),
    ("iban", "iban_not_sepa"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The account is in a country outside the SEPA area, so the tax cannot be collected by direct debit from it. "
        "Please give an account in the SEPA area or pay by transfer.",
    ),
    ("bic", "bic_format"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The BIC is not valid (8 or 11 characters, for example COBADEFFXXX). It may also be left empty.",
    ),
    ("creditor_id", "creditor_id_format"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The creditor identifier has the wrong form: a German one is DE, two check digits, three letters or digits "
        "(usually ZZZ) and 11 digits, for example DE98ZZZ09999999999.",
    ),
    ("creditor_id", "creditor_id_checksum"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The check digits of the creditor identifier do not match: there is a typing error in it. Please compare it "
        "with the letter of the Deutsche Bundesbank.",
    ),
    ("mandate_reference", "required"): QT_TRANSLATE_NOOP("ErrorMessages", "Please enter the mandate reference."),
    ("mandate_reference", "too_long"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The mandate reference is too long: at most 35 characters."
    ),
    ("mandate_reference", "not_sepa_characters"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The mandate reference may contain only letters A–Z and a–z without umlauts, digits, spaces and the signs "
        "/ - ? : ( ) . , ' +.",
    ),
    ("mandate_reference", "bad_slash"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The mandate reference must not begin or end with “/” nor contain “//”."
    ),
    ("creditor_name", "required"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The name of the creditor (the town) is missing. Please ask the IT to complete the town data."
    ),
    ("creditor_name", "too_long"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The name of the creditor is longer than the 70 characters a direct debit carries."
    ),
    ("creditor_address", "required"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The address of the creditor (the town) is missing. Please ask the IT to complete the town data.",
    ),
    ("debtor_name", "required"): QT_TRANSLATE_NOOP("ErrorMessages", "Please enter the name of the account holder."),
    ("debtor_name", "too_long"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The name of the account holder is too long: a direct debit carries at most 70 characters."
    ),
    ("debtor_address", "required"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "Please enter the address of the account holder."
    ),
    ("place", "required"): QT_TRANSLATE_NOOP("ErrorMessages", "Please enter the place where the mandate was signed."),
    ("signed_on", "in_future"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The date of signature lies in the future. Please enter the day the mandate was signed."
    ),
    ("keeper", "not_found"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The keeper is not in the resident register (family name, given names and date of birth as in the "
        "application). A dog can only be registered for a resident of the town: please check the names and the date "
        "of birth, or register the person first. Nothing was saved.",
    ),
    ("keeper", "ambiguous"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Several residents match the keeper's name. Please ask for the date of birth so that the keeper is found "
        "unambiguously. Nothing was saved.",
    ),
    ("keeper_born", "invalid_date"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The keeper's date of birth is not a valid date. Please correct it."
    ),
    ("permit", "required_dangerous"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "This is a dangerous dog (§ 3 LHundG NRW): it can only be registered with the permit of § 4 LHundG NRW. "
        "Please record the permit's reference and date first. Nothing was saved.",
    ),
    ("permit", "required_certain_breed"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "This dog is of a breed of § 10 LHundG NRW: it can only be registered with the permit (§ 10 with § 4 LHundG "
        "NRW). Please record the permit's reference and date first. Nothing was saved.",
    ),
    ("permit_date", "invalid_date"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The date of the permit is not a valid date. Please correct it."
    ),
    ("large_dog_report", "required"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "This is a large dog (at least 40 cm or 20 kg, § 11 LHundG NRW): it must be reported before it is registered. "
        "Please record the report (tick “large dog” in the application). Nothing was saved.",
    ),
    ("chip", "already_registered"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "A dog with this chip number is already registered. Please check the number, or deregister the other dog "
        "first. Nothing was saved.",
    ),
    ("tax_tag", "already_issued"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "This tax tag has already been issued (or was returned) and cannot be issued again. Please take another tag. "
        "Nothing was saved.",
    ),
    ("dog_born", "invalid_date"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The dog's date of birth is not a valid date. Please correct it."
    ),
    ("dog_born", "required"): QT_TRANSLATE_NOOP("ErrorMessages", "Please enter the dog's date of birth."),
    ("dog_sex", "required"): QT_TRANSLATE_NOOP("ErrorMessages", "Please say whether the dog is male or female."),
    ("acquired_on", "invalid_date"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The date since when the dog is kept is not a valid date. Please correct it."
    ),
    ("acquired_on", "required"): QT_TRANSLATE_NOOP("ErrorMessages", "Please enter since when the dog is kept."),
    ("acquired_on", "implausible"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The dates do not fit: the dog cannot be born in the future, nor be kept before its birth or more than a "
        "year ahead. Please check the date of birth and the date since when it is kept.",
    ),
    ("sepa_mandate", "required"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "Payment by direct debit was chosen, but the SEPA mandate is missing. Nothing was saved."
    ),
    ("signed_on", "required"): QT_TRANSLATE_NOOP("ErrorMessages", "Please enter the day the SEPA mandate was signed."),
    ("signed_on", "invalid_date"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The day the SEPA mandate was signed is not a valid date. Please correct it."
    ),
    ("dog", "required"): QT_TRANSLATE_NOOP("ErrorMessages", "The application names no dog."),
    ("dog", "not_registered"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "No registered dog of this keeper matches the tax tag, chip number or name given. Please check them. "
        "Nothing was saved.",
    ),
    ("dog", "ambiguous"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Several registered dogs of this keeper match. Please ask for the tax tag or the chip number. Nothing was "
        "saved.",
    ),
    ("deregistered_on", "required"): QT_TRANSLATE_NOOP("ErrorMessages", "Please enter the day of deregistration."),
    ("deregistered_on", "invalid_date"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The day of deregistration is not a valid date. Please correct it."
    ),
    ("deregistered_on", "implausible"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The day of deregistration lies more than a year in the past or in the future. Please check it.",
    ),
    ("deregistration_reason", "required"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "Please choose the reason of the deregistration."
    ),
    ("relief_evidence", "required"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "An exemption or reduction of the dog tax was claimed, but the evidence for it is missing (for example the "
        "severely disabled person's pass or the animal shelter's contract). Please record what was shown. Nothing "
        "was saved.",
    ),
    ("relief_evidence", "too_long"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "The evidence for the tax relief is too long: at most 200 characters."
    ),
}
