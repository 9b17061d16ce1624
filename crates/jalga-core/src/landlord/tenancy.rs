//! A lease's term: renewed for a new term with the same parties and terms,
//! or ended early. Each is one write through the store's unit, logged.

use chrono::{Days, Months, NaiveDate};

use crate::domain::{validate_record, Lease, Occupant};
use crate::error::CoreError;
use crate::i18n::Message;
use crate::store::Store;

fn refuse(field: &str, message: Message) -> CoreError {
    CoreError::Invalid {
        field: field.to_owned(),
        message,
    }
}

fn lease(store: &Store, id: &str) -> Result<Lease, CoreError> {
    store.get::<Lease>(id)?.ok_or_else(|| CoreError::NotFound {
        kind: "lease".into(),
        id: id.into(),
    })
}

/// The last day of a one-year renewal of a lease whose last day is `end`:
/// the same day a year later, or the month's last day where that month has
/// no such day (a lease ending on 29 February 2028 renews through
/// 28 February 2029).
pub fn one_year_renewal_until(end: NaiveDate) -> Option<NaiveDate> {
    end.checked_add_months(Months::new(12))
}

/// The lease that follows `old` for a new term through `until`: a new
/// record (the old one stays as it was signed), the same dwelling, parties
/// and terms, from the day after the old one's last day. A lease without a
/// last day runs on and is not renewed.
pub fn renewal_of(old: &Lease, until: NaiveDate, id: String) -> Result<Lease, CoreError> {
    let Some(end) = old.end_date else {
        return Err(refuse("lease_id", Message::new("cycle-renew-open-ended")));
    };
    let start = end
        .checked_add_days(Days::new(1))
        .ok_or_else(|| refuse("until", Message::new("cycle-renew-open-ended")))?;
    if until < start {
        return Err(refuse(
            "until",
            Message::new("cycle-date-before")
                .arg("on", until)
                .arg("earliest", start),
        ));
    }
    Ok(Lease {
        id,
        start_date: start,
        end_date: Some(until),
        signed_on: None,
        ..old.clone()
    })
}

/// Renews lease `id` through `until`, with the same occupants; returns the
/// new lease.
pub fn renew_lease(store: &mut Store, id: &str, until: NaiveDate) -> Result<Lease, CoreError> {
    let old = lease(store, id)?;
    let new = renewal_of(&old, until, super::new_id("lease"))?;
    super::reject(validate_record("", &new))?;
    let occupants: Vec<Occupant> = store
        .list_where::<Occupant>("lease_id", id)?
        .into_iter()
        .map(|o| Occupant {
            lease_id: new.id.clone(),
            ..o
        })
        .collect();
    let unit = store.write("save")?;
    unit.save(&new)?;
    for o in &occupants {
        unit.save(o)?;
    }
    unit.commit()?;
    Ok(new)
}

/// Lease `old` ended early on `on`: not before its first day, not after
/// the last day it already has.
pub fn ended_on(old: &Lease, on: NaiveDate) -> Result<Lease, CoreError> {
    if on < old.start_date {
        return Err(refuse(
            "on",
            Message::new("cycle-date-before")
                .arg("on", on)
                .arg("earliest", old.start_date),
        ));
    }
    if let Some(end) = old.end_date.filter(|e| on > *e) {
        return Err(refuse(
            "on",
            Message::new("cycle-date-after")
                .arg("on", on)
                .arg("latest", end),
        ));
    }
    Ok(Lease {
        end_date: Some(on),
        ..old.clone()
    })
}

/// Ends lease `id` early on `on`; its registrations are then de-registered
/// (the home and the dashboard count the period from this day).
pub fn end_lease(store: &mut Store, id: &str, on: NaiveDate) -> Result<Lease, CoreError> {
    let next = ended_on(&lease(store, id)?, on)?;
    super::reject(validate_record("", &next))?;
    let unit = store.write("save")?;
    unit.save(&next)?;
    unit.commit()?;
    Ok(next)
}

#[cfg(test)]
mod tests {
    use super::one_year_renewal_until;

    #[test]
    fn a_one_year_renewal_ends_on_the_same_day_a_year_later() {
        // the old last day, the renewal's last day
        let cases = [
            ("2026-12-31", "2027-12-31"),
            ("2027-01-30", "2028-01-30"),
            ("2027-01-31", "2028-01-31"),
            ("2027-02-28", "2028-02-28"),
            ("2028-02-28", "2029-02-28"),
            ("2028-02-29", "2029-02-28"),
            ("2027-03-31", "2028-03-31"),
            ("2027-04-30", "2028-04-30"),
        ];
        for (end, want) in cases {
            let got = one_year_renewal_until(end.parse().unwrap()).unwrap();
            assert_eq!(got.to_string(), want, "{end}");
        }
    }
}
