//! The record validators: the cross-field rules of a dwelling, an owner,
//! a person, a lease and a registration (`#[validate(schema(...))]`).

use super::*;

pub fn property_areas(p: &Property) -> Result<(), ValidationError> {
    if p.useful_area > p.total_area {
        return Err(fail_at(
            "useful_area",
            "useful-over-total",
            Message::new("v-useful-over-total")
                .arg("useful", p.useful_area)
                .arg("total", p.total_area),
        ));
    }
    if p.living_area > p.useful_area {
        return Err(fail_at(
            "living_area",
            "living-over-useful",
            Message::new("v-living-over-useful")
                .arg("living", p.living_area)
                .arg("useful", p.useful_area),
        ));
    }
    Ok(())
}

pub fn owner(o: &Owner) -> Result<(), ValidationError> {
    let checked = match o.kind {
        OwnerKind::Person => check_iin(&o.iin_bin)
            .map(|_| ())
            .map_err(|r| r.to_message()),
        OwnerKind::Company => check_bin(&o.iin_bin)
            .map(|_| ())
            .map_err(|r| r.to_message()),
    };
    if let Err(m) = checked {
        let code = match o.kind {
            OwnerKind::Person => "iin",
            OwnerKind::Company => "bin",
        };
        return Err(fail_at("iin_bin", code, m));
    }
    if o.share_denominator == 0 || o.share_numerator == 0 || o.share_numerator > o.share_denominator
    {
        return Err(fail_at(
            "share_numerator",
            "share",
            Message::new("v-share")
                .arg("numerator", o.share_numerator)
                .arg("denominator", o.share_denominator),
        ));
    }
    Ok(())
}

pub fn person(p: &Person) -> Result<(), ValidationError> {
    match p.kind {
        PersonKind::Citizen => {
            let Some(iin) = &p.iin else {
                return Err(fail_at("iin", "required", Message::new("v-required")));
            };
            let info = check_iin(iin).map_err(|r| fail_at("iin", "iin", r.to_message()))?;
            if info.birth_date != p.birth_date {
                return Err(fail_at(
                    "birth_date",
                    "iin-birth-date",
                    Message::new("v-iin-birth-date")
                        .arg("iin", info.birth_date.to_string())
                        .arg("typed", p.birth_date.to_string()),
                ));
            }
            if info.sex != p.sex {
                return Err(fail_at("sex", "iin-sex", Message::new("v-iin-sex")));
            }
        }
        PersonKind::Foreigner => {
            if let Some(iin) = &p.iin {
                // Foreigners may hold an IIN; if given it must be valid.
                check_iin(iin).map_err(|r| fail_at("iin", "iin", r.to_message()))?;
            }
            if p.passport_number.is_none() {
                return Err(fail_at(
                    "passport_number",
                    "required",
                    Message::new("v-required"),
                ));
            }
            if p.citizenship.is_none() {
                return Err(fail_at(
                    "citizenship",
                    "required",
                    Message::new("v-required"),
                ));
            }
            if let Some(entry) = p.entry_date {
                if entry < p.birth_date {
                    return Err(dates_order("entry_date", p.birth_date, entry));
                }
                // A labour contract cannot end before its worker arrived.
                if let Some(end) = p.labour_contract_end.filter(|end| *end < entry) {
                    return Err(dates_order("labour_contract_end", entry, end));
                }
            }
        }
    }
    visa(p)
}

/// A visa is its number, type and validity together; it is valid for at
/// least a day, and not before its holder was born.
fn visa(p: &Person) -> Result<(), ValidationError> {
    let given = p.visa_type.is_some() || p.visa_valid_from.is_some() || p.visa_valid_to.is_some();
    if !given {
        return Ok(());
    }
    let missing = [
        ("visa_number", p.visa_number.is_none()),
        ("visa_type", p.visa_type.is_none()),
        ("visa_valid_from", p.visa_valid_from.is_none()),
        ("visa_valid_to", p.visa_valid_to.is_none()),
    ];
    if let Some((field, _)) = missing.iter().find(|(_, m)| *m) {
        return Err(fail_at(
            field,
            "visa-incomplete",
            Message::new("v-visa-incomplete"),
        ));
    }
    let (Some(from), Some(to)) = (p.visa_valid_from, p.visa_valid_to) else {
        return Ok(());
    };
    if from < p.birth_date {
        return Err(fail_at(
            "visa_valid_from",
            "visa-before-birth",
            Message::new("v-visa-before-birth")
                .arg("from", from)
                .arg("birth", p.birth_date),
        ));
    }
    if to <= from {
        return Err(fail_at(
            "visa_valid_to",
            "visa-dates",
            Message::new("v-visa-dates").arg("from", from).arg("to", to),
        ));
    }
    Ok(())
}

fn dates_order(field: &str, from: NaiveDate, to: NaiveDate) -> ValidationError {
    fail_at(
        field,
        "dates-order",
        Message::new("v-dates-order")
            .arg("from", from)
            .arg("to", to),
    )
}

pub fn lease(l: &Lease) -> Result<(), ValidationError> {
    if let Some(end) = l.end_date {
        if end <= l.start_date {
            return Err(dates_order("end_date", l.start_date, end));
        }
    }
    if l.landlord_id == l.tenant_id {
        return Err(fail_at(
            "tenant_id",
            "tenant-is-landlord",
            Message::new("v-tenant-is-landlord"),
        ));
    }
    if let (Some(signed), Some(end)) = (l.signed_on, l.end_date) {
        if signed > end {
            return Err(fail_at(
                "signed_on",
                "signed-after-end",
                Message::new("v-signed-after-end")
                    .arg("signed", signed)
                    .arg("end", end),
            ));
        }
    }
    if l.payment_method == Some(PaymentMethod::BankTransfer) && l.bank_iban.is_none() {
        return Err(fail_at(
            "bank_iban",
            "iban-required",
            Message::new("v-iban-required"),
        ));
    }
    let bank = [
        ("bank_iban", l.bank_iban.is_none()),
        ("bank_name", l.bank_name.is_none()),
        ("bank_bic", l.bank_bic.is_none()),
    ];
    if bank.iter().any(|(_, m)| !m) {
        if let Some((field, _)) = bank.iter().find(|(_, m)| *m) {
            return Err(fail_at(
                field,
                "bank-incomplete",
                Message::new("v-bank-incomplete"),
            ));
        }
    }
    let poa = [
        ("poa_number", l.poa_number.is_none()),
        ("poa_date", l.poa_date.is_none()),
        ("poa_notary", l.poa_notary.is_none()),
    ];
    if poa.iter().any(|(_, m)| !m) {
        if let Some((field, _)) = poa.iter().find(|(_, m)| *m) {
            return Err(fail_at(
                field,
                "poa-incomplete",
                Message::new("v-poa-incomplete"),
            ));
        }
    }
    if let (Some(poa), Some(signed)) = (l.poa_date, l.signed_on) {
        if poa > signed {
            return Err(fail_at(
                "poa_date",
                "poa-after-signing",
                Message::new("v-poa-after-signing")
                    .arg("poa", poa)
                    .arg("signed", signed),
            ));
        }
    }
    Ok(())
}

pub fn registration(r: &Registration) -> Result<(), ValidationError> {
    if let Some(to) = r.date_to {
        if to <= r.date_from {
            return Err(dates_order("date_to", r.date_from, to));
        }
    }
    if r.kind == RegistrationKind::Temporary {
        let Some(to) = r.date_to else {
            return Err(fail_at("date_to", "required", Message::new("v-required")));
        };
        let min = r.date_from.checked_add_months(Months::new(1));
        let max = r.date_from.checked_add_months(Months::new(12));
        let within = matches!((min, max), (Some(min), Some(max)) if to >= min && to <= max);
        if !within {
            return Err(fail_at(
                "date_to",
                "temporary-period",
                Message::new("v-temporary-period")
                    .arg("from", r.date_from)
                    .arg("to", to),
            ));
        }
    }
    if r.consent_by.is_some() != r.consent_date.is_some() {
        return Err(fail_at(
            "consent_date",
            "consent-incomplete",
            Message::new("v-consent-incomplete"),
        ));
    }
    if r.signing_method == Some(SigningMethod::Sms) && r.signing_phone.is_none() {
        return Err(fail_at(
            "signing_phone",
            "sms-needs-phone",
            Message::new("v-sms-needs-phone"),
        ));
    }
    Ok(())
}
