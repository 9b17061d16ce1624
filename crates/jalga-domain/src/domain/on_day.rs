//! Small facts every part of Jalga states the same way: a dwelling's
//! address as one line, and whether a registration or a lease counts on a
//! given day. The audit's SQL states the same day rule in `audit::sql`
//! (`active!`), tested against [`registered_on`].

use chrono::NaiveDate;

use super::{Lease, Property, Registration, RegistrationStatus};

/// A dwelling's address as one line: `city, street building, flat`.
pub fn address_label(city: &str, street: &str, building: &str, flat: Option<&str>) -> String {
    let mut out = String::new();
    push_address_label(&mut out, city, street, building, flat);
    out
}

/// [`address_label`] written at the end of `out` (a caller that puts it in
/// a longer text makes one string instead of two).
pub fn push_address_label(
    out: &mut String,
    city: &str,
    street: &str,
    building: &str,
    flat: Option<&str>,
) {
    let flat = flat.filter(|f| !f.trim().is_empty());
    out.reserve(city.len() + street.len() + building.len() + 3 + flat.map_or(0, |f| f.len() + 2));
    for part in [city, ", ", street, " ", building] {
        out.push_str(part);
    }
    if let Some(f) = flat {
        out.push_str(", ");
        out.push_str(f);
    }
}

impl Property {
    /// [`address_label`] of this dwelling.
    pub fn label(&self) -> String {
        address_label(
            &self.city,
            &self.street,
            &self.building,
            self.flat.as_deref(),
        )
    }
}

/// Registered on `day`: submitted or registered, begun on or before `day`
/// and not ended before it (the last day counts).
pub fn registered_on(r: &Registration, day: NaiveDate) -> bool {
    matches!(
        r.status,
        RegistrationStatus::Registered | RegistrationStatus::Submitted
    ) && r.date_from <= day
        && r.date_to.is_none_or(|t| t >= day)
}

/// A lease runs on `day`: begun, and its last day not yet past.
pub fn lease_runs_on(l: &Lease, day: NaiveDate) -> bool {
    l.start_date <= day && l.end_date.is_none_or(|e| e >= day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn address_lines() {
        let cases: &[(Option<&str>, &str)] = &[
            (Some("12"), "Астана, Абай 5, 12"),
            (None, "Астана, Абай 5"),
            (Some(" "), "Астана, Абай 5"),
        ];
        for (flat, want) in cases {
            assert_eq!(address_label("Астана", "Абай", "5", *flat), *want);
        }
    }
}
