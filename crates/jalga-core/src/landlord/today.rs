//! The landlord's home: what needs doing today, most urgent first, each
//! with the one action that resolves it and the explanation behind it.
//!
//! - open deadlines (overdue, or due within [`HORIZON_DAYS`]) with their
//!   fine, from the deadline engine (the rule lives there, not here): a
//!   registration or notice to make or to submit, a lease ending (renew or
//!   end it), a de-registration after a lease;
//! - from 1 Jul 2026, an immigrant's registration the owner must confirm
//!   (the engine's `foreigner-registration` deadline);
//! - consents waiting: a registration not yet granted that starts after
//!   the owner's consent became required and has none recorded;
//! - leases saved as drafts, and registrations submitted and not yet
//!   granted (to be marked registered);
//! - identity cards, passports and visas of the people housed that have
//!   expired or expire within [`HORIZON_DAYS`].

use std::collections::HashSet;

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use super::cycle::{NoticeStep, Step};
use crate::audit::facts::AuditRules;
use crate::domain::{Person, PersonKind, RegistrationStatus};
use crate::error::CoreError;
use crate::i18n::{Message, MessageArg};
use crate::rules::deadlines::{
    deadlines_builtin, Deadline, DeadlineInput, DeadlineKind, DeadlineStatus,
};
use crate::store::today_facts::{keyed_facts, KeyedFacts};
use crate::store::Store;

/// How far ahead the home looks: a deadline, a document's expiry or a
/// lease's end this many days away or nearer is shown. A choice of the
/// app (a month's notice), not a legal period.
pub const HORIZON_DAYS: i64 = 30;

/// What kind of thing needs doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum TodayKind {
    /// A registration, notice or de-registration deadline.
    Deadline,
    /// An immigrant's registration the owner is to confirm.
    Confirmation,
    /// The owner's consent to a registration is not recorded.
    Consent,
    /// A lease reaches its last day: renew it or end it.
    LeaseEnding,
    /// An identity document expires.
    Document,
    /// A lease saved as a draft.
    Draft,
    /// A registration submitted and not yet granted: mark it registered
    /// when eGov grants it.
    Pending,
}

/// Which identity document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentKind {
    IdCard,
    Passport,
    Visa,
}

impl DocumentKind {
    fn code(self) -> &'static str {
        match self {
            DocumentKind::IdCard => "id-card",
            DocumentKind::Passport => "passport",
            DocumentKind::Visa => "visa",
        }
    }
}

/// The one action that resolves an item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "do", rename_all = "kebab-case")]
#[ts(export)]
pub enum TodayAction {
    /// Make the registration (a citizen) or the arrival notice (a
    /// foreigner) from the lease.
    CreateFromLease {
        lease_id: String,
        person_id: String,
    },
    MarkRegistration {
        registration_id: String,
        step: Step,
    },
    MarkNotice {
        notice_id: String,
        step: NoticeStep,
    },
    RecordConsent {
        registration_id: String,
    },
    RenewOrEnd {
        lease_id: String,
        /// The last day of a one-year renewal, offered until the landlord
        /// types another ([`super::tenancy::one_year_renewal_until`]).
        #[ts(type = "string | null")]
        until: Option<NaiveDate>,
    },
    /// Finish the lease in the wizard.
    OpenLease {
        lease_id: String,
    },
    /// Update the person's documents.
    OpenPerson {
        person_id: String,
    },
}

/// One thing to do.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct TodayItem {
    pub kind: TodayKind,
    /// The day it is due (or was): a deadline, an expiry, a lease's end.
    #[ts(type = "string")]
    pub date: NaiveDate,
    /// Days from today to `date`; negative once it has passed.
    #[ts(type = "number")]
    pub days: i64,
    pub overdue: bool,
    /// Who or what: a person and the dwelling.
    pub subject: String,
    pub title: Message,
    /// Why, with the dates, the rule and its source (and a fine).
    pub explanation: Vec<Message>,
    /// The deadline behind it, with its fine, where there is one.
    pub deadline: Option<Deadline>,
    pub action: TodayAction,
}

/// The home's list.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Today {
    #[ts(type = "string")]
    pub on: NaiveDate,
    pub items: Vec<TodayItem>,
    pub overdue: u32,
}

fn days_between(on: NaiveDate, date: NaiveDate) -> i64 {
    (date - on).num_days()
}

/// Whether an engine's deadline belongs on the home today.
pub fn deadline_is_near(d: &Deadline) -> bool {
    match d.status {
        DeadlineStatus::Overdue { .. } => true,
        DeadlineStatus::Due { days_left } => i64::from(days_left) <= HORIZON_DAYS,
        DeadlineStatus::Done { .. } | DeadlineStatus::Exempt => false,
    }
}

/// The action that resolves deadline `d` of the person in `k`.
pub fn action_for(d: &Deadline, k: &KeyedFacts) -> TodayAction {
    let person = || TodayAction::OpenPerson {
        person_id: k.person.id.clone(),
    };
    let create = || match &k.lease {
        Some(l) => TodayAction::CreateFromLease {
            lease_id: l.id.clone(),
            person_id: k.person.id.clone(),
        },
        None => person(),
    };
    let renew = || match &k.lease {
        Some(l) => TodayAction::RenewOrEnd {
            lease_id: l.id.clone(),
            until: l.end_date.and_then(super::tenancy::one_year_renewal_until),
        },
        None => person(),
    };
    let reg = k.registration.as_ref();
    let mark = |step| match reg {
        Some(r) => TodayAction::MarkRegistration {
            registration_id: r.id.clone(),
            step,
        },
        None => create(),
    };
    let notice = |step| match &k.notice {
        Some(n)
            if k.lease
                .as_ref()
                .is_none_or(|l| n.arrival_date >= l.start_date) =>
        {
            TodayAction::MarkNotice {
                notice_id: n.id.clone(),
                step,
            }
        }
        _ => create(),
    };
    match d.kind {
        DeadlineKind::CitizenRegistration => match reg.map(|r| r.status) {
            Some(RegistrationStatus::Draft) => mark(Step::Submitted),
            _ => create(),
        },
        DeadlineKind::ForeignerNotice => notice(NoticeStep::Sent),
        DeadlineKind::ForeignerRegistration | DeadlineKind::ForeignerAddressChange => {
            notice(NoticeStep::Confirmed)
        }
        DeadlineKind::TemporaryRegistrationEnd | DeadlineKind::LeaseEnd => renew(),
        DeadlineKind::Deregistration => match reg.map(|r| r.status) {
            Some(RegistrationStatus::Submitted | RegistrationStatus::Registered) => {
                mark(Step::Ended)
            }
            _ => person(),
        },
        DeadlineKind::ShortStayExemption | DeadlineKind::EaeuStay => person(),
    }
}

fn kind_of(d: &Deadline) -> TodayKind {
    match d.kind {
        DeadlineKind::ForeignerRegistration | DeadlineKind::ForeignerAddressChange => {
            TodayKind::Confirmation
        }
        DeadlineKind::LeaseEnd | DeadlineKind::TemporaryRegistrationEnd => TodayKind::LeaseEnding,
        _ => TodayKind::Deadline,
    }
}

/// The open deadlines of one person at one dwelling that belong on the
/// home, from the deadline engine, each with its action.
pub fn deadline_items(k: &KeyedFacts, on: NaiveDate) -> Vec<TodayItem> {
    let input = DeadlineInput {
        people: vec![k.facts.clone()],
    };
    deadlines_builtin(&input, on)
        .into_iter()
        .filter(deadline_is_near)
        .map(|d| {
            let mut explanation = vec![d.explanation.clone()];
            explanation.extend(d.notes.iter().map(|m| Message::clone(m)));
            if kind_of(&d) == TodayKind::Confirmation {
                explanation.insert(1, Message::new("today-confirmation-explain"));
            }
            TodayItem {
                kind: kind_of(&d),
                date: d.due,
                days: days_between(on, d.due),
                overdue: matches!(d.status, DeadlineStatus::Overdue { .. }),
                subject: d.person.to_string(),
                title: Message::new(&format!("deadline-kind-{}", d.kind.code())),
                action: action_for(&d, k),
                explanation,
                deadline: Some(d),
            }
        })
        .collect()
}

/// A registration not yet granted that needs the owner's consent (it starts
/// on or after the day consent became required) and has none recorded.
pub fn consent_item(k: &KeyedFacts, on: NaiveDate, rules: &AuditRules) -> Option<TodayItem> {
    let r = k.registration.as_ref()?;
    let waiting = matches!(
        r.status,
        RegistrationStatus::Draft | RegistrationStatus::Submitted
    ) && r.date_from >= rules.consent_required_from
        && r.consent_date.is_none();
    if !waiting {
        return None;
    }
    // Needed before the registration is submitted: from its first day.
    let date = r.date_from.max(on);
    Some(TodayItem {
        kind: TodayKind::Consent,
        date,
        days: days_between(on, date),
        overdue: false,
        subject: k.facts.name.clone(),
        title: Message::new("today-consent"),
        explanation: vec![
            Message::new("today-consent-explain")
                .arg("from", r.date_from)
                .arg("required", rules.consent_required_from),
            crate::rules::source_message(
                &rules.consent_source,
                rules.consent_source_ru.as_deref(),
                rules.consent_source_kk.as_deref(),
            ),
        ],
        deadline: None,
        action: TodayAction::RecordConsent {
            registration_id: r.id.clone(),
        },
    })
}

/// A submitted registration waiting for eGov's answer.
pub fn pending_item(k: &KeyedFacts, on: NaiveDate) -> Option<TodayItem> {
    let r = k
        .registration
        .as_ref()
        .filter(|r| r.status == RegistrationStatus::Submitted)?;
    let submitted = r.submitted_on.unwrap_or(r.date_from);
    Some(TodayItem {
        kind: TodayKind::Pending,
        date: on,
        days: 0,
        overdue: false,
        subject: k.facts.name.clone(),
        title: Message::new("today-pending"),
        explanation: vec![Message::new("today-pending-explain")
            .arg("submitted", submitted)
            .arg("from", r.date_from)
            .arg("to", r.date_to.map_or_else(|| "".into(), MessageArg::from))],
        deadline: None,
        action: TodayAction::MarkRegistration {
            registration_id: r.id.clone(),
            step: Step::Registered,
        },
    })
}

/// The documents of `p` that have expired or expire within the horizon.
pub fn document_items(p: &Person, subject: &str, on: NaiveDate) -> Vec<TodayItem> {
    let citizen = p.kind == PersonKind::Citizen;
    let docs = [
        (
            DocumentKind::IdCard,
            p.id_document_expires.filter(|_| citizen),
        ),
        (DocumentKind::Passport, p.passport_expires),
        (DocumentKind::Visa, p.visa_valid_to.filter(|_| !citizen)),
    ];
    docs.into_iter()
        .filter_map(|(kind, expires)| {
            let date = expires?;
            let days = days_between(on, date);
            (days <= HORIZON_DAYS).then(|| {
                let id = if days < 0 {
                    "today-document-expired"
                } else {
                    "today-document-expires"
                };
                TodayItem {
                    kind: TodayKind::Document,
                    date,
                    days,
                    overdue: days < 0,
                    subject: subject.to_owned(),
                    title: Message::new(&format!("today-document-{}", kind.code())),
                    explanation: vec![Message::new(id)
                        .arg("document", kind.code())
                        .arg("date", date)
                        .arg(
                            "days",
                            u32::try_from(days.unsigned_abs()).unwrap_or(u32::MAX),
                        )],
                    deadline: None,
                    action: TodayAction::OpenPerson {
                        person_id: p.id.clone(),
                    },
                }
            })
        })
        .collect()
}

/// Most urgent first: the earliest day, then deadlines before the rest.
pub fn sort_items(items: &mut [TodayItem]) {
    items.sort_by(|a, b| (a.days, a.kind, &a.subject).cmp(&(b.days, b.kind, &b.subject)));
}

/// Everything on the home for the people in `keyed`, as of `on`.
pub fn items_of(keyed: &[KeyedFacts], on: NaiveDate) -> Vec<TodayItem> {
    let rules = AuditRules::builtin();
    let mut items = Vec::new();
    let mut people_seen = HashSet::new();
    for k in keyed {
        items.extend(deadline_items(k, on));
        items.extend(consent_item(k, on, rules));
        items.extend(pending_item(k, on));
        // The documents of the people housed now (or until lately).
        let housed = k.lease.as_ref().is_some_and(|l| {
            l.end_date
                .is_none_or(|e| days_between(on, e) >= -HORIZON_DAYS)
        });
        if housed && people_seen.insert(k.person.id.clone()) {
            let subject = format!("{} {}", k.person.surname, k.person.given_name);
            items.extend(document_items(&k.person, &subject, on));
        }
    }
    sort_items(&mut items);
    items
}

/// The home on `on`: the store's people and leases through the rules above,
/// and the leases left as drafts.
pub fn today(store: &Store, on: NaiveDate) -> Result<Today, CoreError> {
    let keyed = keyed_facts(store)?;
    let mut items = items_of(&keyed, on);
    for row in super::lease::list_leases(store, "", 2000)? {
        let draft = store
            .lease_state(&row.id)?
            .is_some_and(|s| s.state == "draft");
        if !draft {
            continue;
        }
        let Some(lease) = store.get::<crate::domain::Lease>(&row.id)? else {
            continue;
        };
        items.push(TodayItem {
            kind: TodayKind::Draft,
            date: lease.start_date,
            days: days_between(on, lease.start_date),
            overdue: false,
            subject: row.tenant.clone(),
            title: Message::new("today-draft-lease"),
            explanation: vec![
                Message::new("today-draft-lease-explain").arg("start", lease.start_date)
            ],
            deadline: None,
            action: TodayAction::OpenLease { lease_id: lease.id },
        });
    }
    sort_items(&mut items);
    let overdue = items.iter().filter(|i| i.overdue).count() as u32;
    Ok(Today { on, items, overdue })
}
