//! Deadlines missed: citizens' registrations, foreigners' notices and the
//! EAEU stay limit. The candidates come from SQL; the verdict, its numbers
//! and its source come from the deadline engine
//! ([`crate::rules::deadlines::deadlines`]) run on each candidate.

use chrono::NaiveDate;
use jalga_store::query::Param;
use jalga_store::Snapshot;

use super::{get_date, get_odate, person_name, place, Ctx};
use crate::domain::{Code, RegistrationKind, RegistrationStatus};
use crate::error::CoreError;
use crate::i18n::Message;
use crate::rules::deadlines::{
    deadlines, Deadline, DeadlineKind, DeadlineRules, DeadlineStatus, PersonFacts,
    RegistrationFacts,
};
use crate::rules::stay::Stay;
use crate::{sql_pg, Finding, FindingKind, Severity, Subject, SubjectKind};

fn facts(name: String, citizenship: String) -> PersonFacts {
    PersonFacts {
        name,
        citizenship,
        moved_in: None,
        entered_country: None,
        birth_date: None,
        labour_contract_end: None,
        address_changed: false,
        registration: None,
        notice_filed: None,
        lease_end: None,
        moved_out: None,
        deregistered: None,
        stays: Vec::new(),
    }
}

/// The deadline of one of `kinds` the engine finds missed, with how late.
fn missed(
    ctx: &Ctx<'_>,
    person: PersonFacts,
    kinds: &[DeadlineKind],
) -> Option<(Deadline, u32, bool)> {
    let input = crate::rules::deadlines::DeadlineInput {
        people: vec![person],
    };
    deadlines(&input, ctx.today(), ctx.rules, ctx.calendar)
        .into_iter()
        .filter(|d| kinds.contains(&d.kind))
        .find_map(|d| match d.status {
            DeadlineStatus::Done { late_days, .. } if late_days > 0 => Some((d, late_days, true)),
            DeadlineStatus::Overdue { days } => Some((d, days, false)),
            _ => None,
        })
}

/// Who was late and under which articles (their parts and amounts are in
/// the fine notes that follow).
fn late_party(d: &Deadline) -> Message {
    let articles: Vec<&str> = d.fines.iter().map(|f| f.article.as_str()).collect();
    Message::new("audit-late-party")
        .arg("actor", d.actor.as_deref().unwrap_or("none"))
        .arg("articles", articles.join(", "))
}

fn explanation(summary: &Message, d: Deadline) -> Vec<Message> {
    let mut out = vec![summary.clone(), d.explanation];
    out.extend(d.notes.into_iter().map(std::sync::Arc::unwrap_or_clone));
    out
}

pub(crate) fn late_registration(conn: &Snapshot, ctx: &Ctx<'_>) -> Result<Vec<Finding>, CoreError> {
    struct Row {
        id: String,
        person: String,
        property: String,
        kind: RegistrationKind,
        status: RegistrationStatus,
        from: NaiveDate,
        to: Option<NaiveDate>,
        submitted: Option<NaiveDate>,
        birth: Option<NaiveDate>,
    }
    let days = ctx.rules.citizen_registration.days;
    let rows: Vec<Row> = conn.rows(
        &sql_pg::queries::LATE_REGISTRATION,
        &[
            (":days", Param::from(days)),
            (":today", Param::Text(&ctx.today_text())),
        ],
        |r| {
            let kind: String = r.get(3)?;
            let status: String = r.get(4)?;
            Ok(Row {
                id: r.get(0)?,
                person: r.get(1)?,
                property: r.get(2)?,
                kind: RegistrationKind::from_code(&kind).unwrap_or(RegistrationKind::Temporary),
                status: RegistrationStatus::from_code(&status).unwrap_or(RegistrationStatus::Draft),
                from: get_date(r, 5)?,
                to: get_odate(r, 6)?,
                submitted: get_odate(r, 7)?,
                birth: get_odate(r, 8)?,
            })
        },
    )?;
    let mut out = Vec::new();
    for row in rows {
        let name = person_name(conn, &row.person)?;
        let mut f = facts(name.clone(), ctx.rules.citizenship.clone());
        f.moved_in = Some(row.from);
        f.birth_date = row.birth;
        f.registration = Some(RegistrationFacts {
            kind: row.kind,
            status: row.status,
            submitted_on: row.submitted,
            from: Some(row.from),
            until: row.to,
        });
        let Some((deadline, late, done)) = missed(ctx, f, &[DeadlineKind::CitizenRegistration])
        else {
            continue;
        };
        let place = place(conn, &row.property)?;
        let summary = Message::new(if done {
            "audit-late-registration"
        } else {
            "audit-registration-not-submitted"
        })
        .arg("person", name.as_str())
        .arg("address", place.label.as_str())
        .arg("from", row.from)
        .arg("due", deadline.due)
        .arg("days", late);
        let severity = if !done {
            Severity::High
        } else if late > ctx.audit.late_medium_after_days {
            Severity::Medium
        } else {
            Severity::Low
        };
        out.push(Finding {
            kind: FindingKind::LateRegistration,
            severity,
            subject: Subject {
                kind: SubjectKind::Registration,
                id: row.id,
                label: format!("{name} — {}", place.label),
            },
            district: place.district,
            date: Some(row.from),
            explanation: {
                let party = late_party(&deadline);
                let mut e = explanation(&summary, deadline);
                e.insert(1, party);
                e
            },
            summary,
            score: f64::from(late),
            related: vec![row.person],
        });
    }
    Ok(out)
}

/// The shortest period any notice rule gives: the late-notice candidates
/// are a superset of the late notices.
pub(crate) fn notice_days(rules: &DeadlineRules) -> u32 {
    [
        rules.foreigner_notice.days,
        rules.foreigner_registration.days,
        rules.foreigner_address_change.days,
        rules.short_stay_exemption.days,
    ]
    .into_iter()
    .min()
    .unwrap_or(0)
}

pub(crate) fn late_notice(conn: &Snapshot, ctx: &Ctx<'_>) -> Result<Vec<Finding>, CoreError> {
    struct Row {
        id: String,
        person: String,
        property: String,
        arrival: NaiveDate,
        filed: Option<NaiveDate>,
        citizenship: Option<String>,
        entry: Option<NaiveDate>,
        moved: bool,
    }
    let days = notice_days(ctx.rules);
    let rows: Vec<Row> = conn.rows(
        &sql_pg::queries::LATE_NOTICE,
        &[
            (":days", Param::from(days)),
            (":today", Param::Text(&ctx.today_text())),
        ],
        |r| {
            Ok(Row {
                id: r.get(0)?,
                person: r.get(1)?,
                property: r.get(2)?,
                arrival: get_date(r, 3)?,
                filed: get_odate(r, 5)?,
                citizenship: r.get(6)?,
                entry: get_odate(r, 7)?,
                moved: r.get::<i64>(8)? != 0,
            })
        },
    )?;
    let mut out = Vec::new();
    for row in rows {
        let name = person_name(conn, &row.person)?;
        let mut f = facts(name.clone(), row.citizenship.clone().unwrap_or_default());
        f.moved_in = Some(row.arrival);
        f.entered_country = row.entry;
        f.address_changed = row.moved;
        f.notice_filed = row.filed;
        let Some((deadline, late, done)) = missed(
            ctx,
            f,
            &[
                DeadlineKind::ForeignerNotice,
                DeadlineKind::ForeignerRegistration,
                DeadlineKind::ForeignerAddressChange,
                DeadlineKind::ShortStayExemption,
            ],
        ) else {
            continue;
        };
        let place = place(conn, &row.property)?;
        let party = late_party(&deadline);
        let summary = Message::new(if done {
            "audit-late-notice"
        } else {
            "audit-notice-not-filed"
        })
        .arg("person", name.as_str())
        .arg("address", place.label.as_str())
        .arg("arrival", row.arrival)
        .arg("due", deadline.due)
        .arg("days", late)
        .arg("actor", deadline.actor.as_deref().unwrap_or("none"));
        let severity = if !done || late > ctx.audit.late_medium_after_days {
            Severity::High
        } else {
            Severity::Medium
        };
        out.push(Finding {
            kind: FindingKind::LateNotice,
            severity,
            subject: Subject {
                kind: SubjectKind::Notice,
                id: row.id,
                label: format!("{name} — {}", place.label),
            },
            district: place.district,
            date: Some(row.arrival),
            explanation: {
                let mut e = explanation(&summary, deadline);
                e.insert(1, party);
                e
            },
            summary,
            score: f64::from(late),
            related: vec![row.person],
        });
    }
    Ok(out)
}

pub(crate) fn overstay(conn: &Snapshot, ctx: &Ctx<'_>) -> Result<Vec<Finding>, CoreError> {
    let rule = &ctx.rules.eaeu_stay;
    type Row = (String, Option<String>, NaiveDate, Option<NaiveDate>, String);
    let countries = serde_json::to_string(&ctx.rules.eaeu_countries).unwrap_or_default();
    let rows: Vec<Row> = conn.rows(
        &sql_pg::queries::OVERSTAY,
        &[
            (":days", Param::from(rule.days)),
            (":today", Param::Text(&ctx.today_text())),
            (":countries", Param::Text(&countries)),
        ],
        |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                get_date(r, 2)?,
                get_odate(r, 3)?,
                r.get(4)?,
            ))
        },
    )?;
    let mut out = Vec::new();
    for (person, citizenship, entry, contract_end, at) in rows {
        let name = person_name(conn, &person)?;
        let mut f = facts(name.clone(), citizenship.unwrap_or_default());
        f.entered_country = Some(entry);
        f.labour_contract_end = contract_end;
        f.stays = vec![Stay {
            entered: entry,
            left: None,
        }];
        let Some((deadline, days, _)) = missed(ctx, f, &[DeadlineKind::EaeuStay]) else {
            continue;
        };
        let place = place(conn, &at)?;
        let summary = Message::new("audit-overstay")
            .arg("person", name.as_str())
            .arg("address", place.label.as_str())
            .arg("entry", entry)
            .arg("due", deadline.due)
            .arg("days", days);
        let severity = if days > ctx.audit.overstay_critical_after_days {
            Severity::Critical
        } else {
            Severity::High
        };
        out.push(Finding {
            kind: FindingKind::Overstay,
            severity,
            subject: Subject {
                kind: SubjectKind::Person,
                id: person,
                label: name,
            },
            district: place.district,
            date: Some(entry),
            explanation: explanation(&summary, deadline),
            summary,
            score: f64::from(days),
            related: vec![at],
        });
    }
    Ok(out)
}
