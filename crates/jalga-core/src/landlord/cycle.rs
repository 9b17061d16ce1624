//! The registration cycle of a tenancy: a registration (or a foreigner's
//! arrival notice) made from a lease, each step of it marked with its day,
//! and the lease renewed for a new term or ended early.
//!
//! Every change is one write through the store's unit (validated here,
//! upserted and change-logged there). A refused step comes back as
//! [`CoreError::Invalid`] with a `cycle-*` message that names the numbers.

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domain::{
    validate_record, ForeignerNotice, Lease, NoticeStatus, Occupant, Person, PersonKind,
    Registration, RegistrationKind, RegistrationStatus,
};
use crate::error::CoreError;
use crate::i18n::{Message, MessageArg};
use crate::rules::deadlines::DeadlineRules;
use crate::store::Store;

fn refuse(field: &str, message: Message) -> CoreError {
    CoreError::Invalid {
        field: field.to_owned(),
        message,
    }
}

fn not_found(kind: &str, id: &str) -> CoreError {
    CoreError::NotFound {
        kind: kind.to_owned(),
        id: id.to_owned(),
    }
}

/// A temporary registration's period from `from`: twelve months (eGov
/// grants 1 to 12), ending no later than the lease's last day; none when
/// less than a month remains.
pub fn registration_period(from: NaiveDate, lease_end: Option<NaiveDate>) -> Option<NaiveDate> {
    let year = from
        .checked_add_months(Months::new(12))
        .and_then(|d| d.pred_opt());
    let to = match (year, lease_end) {
        (Some(y), Some(end)) => Some(y.min(end)),
        (y, None) => y,
        (None, end) => end,
    };
    let month = from.checked_add_months(Months::new(1));
    match (to, month) {
        (Some(t), Some(m)) if t >= m => Some(t),
        _ => None,
    }
}

/// Whether someone born on `birth` is registered on `on`: children under
/// the age of the deadline rules are not.
pub fn registered_age(birth: NaiveDate, on: NaiveDate) -> bool {
    let age = DeadlineRules::builtin().children_not_registered.under_age;
    birth
        .checked_add_months(Months::new(12 * age))
        .is_some_and(|d| d <= on)
}

/// What [`create_from_lease`] made.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(tag = "made", rename_all = "kebab-case")]
#[ts(export)]
pub enum Created {
    Registration { id: String },
    Notice { id: String },
}

/// The lease and the person, refused unless the person lives under it.
fn lease_and_occupant(
    store: &Store,
    lease_id: &str,
    person_id: &str,
) -> Result<(Lease, Person), CoreError> {
    let lease = store
        .get::<Lease>(lease_id)?
        .ok_or_else(|| not_found("lease", lease_id))?;
    let person = store
        .get::<Person>(person_id)?
        .ok_or_else(|| not_found("person", person_id))?;
    let lives = lease.tenant_id == person.id
        || store
            .list_where::<Occupant>("lease_id", lease_id)?
            .iter()
            .any(|o| o.person_id == person.id);
    if !lives {
        return Err(refuse(
            "person_id",
            Message::new("cycle-not-occupant").arg("person", person.full_name()),
        ));
    }
    Ok((lease, person))
}

/// A draft registration of a citizen (aged 14 or over), or a draft arrival
/// notice of a foreigner, from the lease they live under: the dwelling and
/// the parties from the lease, the period from the later of the lease's
/// first day and `on`, capped at the lease's last day.
pub fn create_from_lease(
    store: &mut Store,
    lease_id: &str,
    person_id: &str,
    on: NaiveDate,
) -> Result<Created, CoreError> {
    let (lease, person) = lease_and_occupant(store, lease_id, person_id)?;
    let from = lease.start_date.max(on);
    if let Some(end) = lease.end_date.filter(|e| *e < from) {
        return Err(refuse(
            "lease_id",
            Message::new("cycle-lease-over").arg("end", end),
        ));
    }
    if person.kind == PersonKind::Foreigner {
        let open = store
            .list_where::<ForeignerNotice>("person_id", &person.id)?
            .into_iter()
            .any(|n| n.property_id == lease.property_id && n.arrival_date >= lease.start_date);
        if open {
            return Err(refuse(
                "person_id",
                Message::new("cycle-notice-exists").arg("person", person.full_name()),
            ));
        }
        let notice = ForeignerNotice {
            id: super::new_id("notice"),
            person_id: person.id.clone(),
            property_id: lease.property_id.clone(),
            host_id: lease.landlord_id.clone(),
            arrival_date: lease.start_date,
            status: NoticeStatus::Draft,
            filed_on: None,
        };
        super::reject(validate_record("", &notice))?;
        let unit = store.write("save")?;
        unit.save(&notice)?;
        unit.commit()?;
        return Ok(Created::Notice { id: notice.id });
    }
    if !registered_age(person.birth_date, from) {
        return Err(refuse(
            "person_id",
            Message::new("cycle-child-not-registered")
                .arg("person", person.full_name())
                .arg(
                    "age",
                    DeadlineRules::builtin().children_not_registered.under_age,
                ),
        ));
    }
    let open = store
        .list_where::<Registration>("person_id", &person.id)?
        .into_iter()
        .any(|r| {
            r.lease_id.as_deref() == Some(lease.id.as_str())
                && r.status != RegistrationStatus::Ended
        });
    if open {
        return Err(refuse(
            "person_id",
            Message::new("cycle-registration-exists").arg("person", person.full_name()),
        ));
    }
    let Some(to) = registration_period(from, lease.end_date) else {
        return Err(refuse(
            "lease_id",
            Message::new("cycle-lease-too-short").arg("from", from).arg(
                "end",
                lease.end_date.map_or_else(|| "".into(), MessageArg::from),
            ),
        ));
    };
    let reg = Registration {
        id: super::new_id("reg"),
        person_id: person.id.clone(),
        property_id: lease.property_id.clone(),
        lease_id: Some(lease.id.clone()),
        kind: RegistrationKind::Temporary,
        status: RegistrationStatus::Draft,
        date_from: from,
        date_to: Some(to),
        consent_by: None,
        consent_date: None,
        submitted_on: None,
        reason: Some(crate::domain::RegistrationReason::Lease),
        signing_method: None,
        signing_phone: None,
    };
    super::reject(validate_record("", &reg))?;
    let unit = store.write("save")?;
    unit.save(&reg)?;
    unit.commit()?;
    Ok(Created::Registration { id: reg.id })
}

/// A step of a registration, each marked with its day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum Step {
    /// Submitted on eGov (the deadline counts to this day).
    Submitted,
    /// Granted: the registration runs from this day.
    Registered,
    /// De-registered: the registration ends on this day.
    Ended,
}

/// The status a step leads to, from the status it may follow; the order
/// is draft → submitted → registered → ended (a submitted one may also be
/// ended, e.g. refused or withdrawn).
pub fn next_status(now: RegistrationStatus, step: Step) -> Option<RegistrationStatus> {
    use RegistrationStatus as S;
    match (now, step) {
        (S::Draft, Step::Submitted) => Some(S::Submitted),
        (S::Submitted, Step::Registered) => Some(S::Registered),
        (S::Submitted | S::Registered, Step::Ended) => Some(S::Ended),
        _ => None,
    }
}

/// The registration after `step` on `on`, or why not.
pub fn apply_step(r: &Registration, step: Step, on: NaiveDate) -> Result<Registration, CoreError> {
    let status = next_status(r.status, step).ok_or_else(|| {
        let from: &'static str = r.status.into();
        refuse(
            "step",
            Message::new("cycle-step-out-of-order")
                .arg("from", from)
                .arg("step", step_code(step)),
        )
    })?;
    let before = |earliest: NaiveDate| {
        refuse(
            "on",
            Message::new("cycle-date-before")
                .arg("on", on)
                .arg("earliest", earliest),
        )
    };
    let mut next = r.clone();
    next.status = status;
    match step {
        Step::Submitted => next.submitted_on = Some(on),
        Step::Registered => {
            if let Some(s) = r.submitted_on.filter(|s| on < *s) {
                return Err(before(s));
            }
            if r.date_to.is_some_and(|to| on > to) {
                return Err(refuse(
                    "on",
                    Message::new("cycle-date-after").arg("on", on).arg(
                        "latest",
                        r.date_to.map_or_else(|| "".into(), MessageArg::from),
                    ),
                ));
            }
            next.date_from = on;
        }
        Step::Ended => {
            if on < r.date_from {
                return Err(before(r.date_from));
            }
            next.date_to = Some(r.date_to.map_or(on, |to| to.min(on)));
        }
    }
    Ok(next)
}

fn step_code(step: Step) -> &'static str {
    match step {
        Step::Submitted => "submitted",
        Step::Registered => "registered",
        Step::Ended => "ended",
    }
}

/// Marks registration `id` with `step` on `on`.
pub fn mark_registration(
    store: &mut Store,
    id: &str,
    step: Step,
    on: NaiveDate,
) -> Result<Registration, CoreError> {
    let r = store
        .get::<Registration>(id)?
        .ok_or_else(|| not_found("registration", id))?;
    let next = apply_step(&r, step, on)?;
    super::reject(validate_record("", &next))?;
    let unit = store.write("save")?;
    unit.save(&next)?;
    unit.commit()?;
    Ok(next)
}

/// Records the owner's consent to registration `id`: who gave it, and when.
pub fn record_consent(
    store: &mut Store,
    id: &str,
    by: &str,
    on: NaiveDate,
) -> Result<Registration, CoreError> {
    let r = store
        .get::<Registration>(id)?
        .ok_or_else(|| not_found("registration", id))?;
    if by.trim().is_empty() {
        return Err(refuse("consent_by", Message::new("cycle-consent-who")));
    }
    let next = Registration {
        consent_by: Some(by.trim().to_owned()),
        consent_date: Some(on),
        ..r
    };
    super::reject(validate_record("", &next))?;
    let unit = store.write("save")?;
    unit.save(&next)?;
    unit.commit()?;
    Ok(next)
}

/// A step of a foreigner's arrival notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum NoticeStep {
    /// Filed with the migration police (or, from 1 Jul 2026, the
    /// immigrant's application the owner is to confirm).
    Sent,
    /// Confirmed (by the police, or by the owner in the app).
    Confirmed,
}

/// Marks notice `id` with `step` on `on` (a notice's filing day is the
/// day it was sent).
pub fn mark_notice(
    store: &mut Store,
    id: &str,
    step: NoticeStep,
    on: NaiveDate,
) -> Result<ForeignerNotice, CoreError> {
    let n = store
        .get::<ForeignerNotice>(id)?
        .ok_or_else(|| not_found("notice", id))?;
    let status = match (n.status, step) {
        (NoticeStatus::Draft, NoticeStep::Sent) => NoticeStatus::Sent,
        (NoticeStatus::Draft | NoticeStatus::Sent, NoticeStep::Confirmed) => {
            NoticeStatus::Confirmed
        }
        (from, _) => {
            let from: &'static str = from.into();
            return Err(refuse(
                "step",
                Message::new("cycle-step-out-of-order")
                    .arg("from", from)
                    .arg(
                        "step",
                        match step {
                            NoticeStep::Sent => "sent",
                            NoticeStep::Confirmed => "confirmed",
                        },
                    ),
            ));
        }
    };
    if on < n.arrival_date {
        return Err(refuse(
            "on",
            Message::new("cycle-date-before")
                .arg("on", on)
                .arg("earliest", n.arrival_date),
        ));
    }
    let next = ForeignerNotice {
        status,
        filed_on: n.filed_on.or(Some(on)),
        ..n
    };
    super::reject(validate_record("", &next))?;
    let unit = store.write("save")?;
    unit.save(&next)?;
    unit.commit()?;
    Ok(next)
}
