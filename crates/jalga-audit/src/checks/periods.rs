//! Checks on registration periods: the same person at two dwellings at
//! once, temporary registrations with no lease or outside its term, and
//! registrations made without the owner's consent once it became required.

use chrono::NaiveDate;
use jalga_store::query::Param;
use jalga_store::Snapshot;

use super::{date_text, get_date, get_odate, person_name, place, Ctx};
use crate::error::CoreError;
use crate::i18n::{Message, MessageArg};
use crate::{sql_pg, Finding, FindingKind, Severity, Subject, SubjectKind};

fn open_end(d: Option<NaiveDate>) -> MessageArg {
    d.map_or_else(|| "open".into(), MessageArg::from)
}

pub(crate) fn double(conn: &Snapshot, ctx: &Ctx<'_>) -> Result<Vec<Finding>, CoreError> {
    struct Pair {
        person: String,
        a: (String, String, NaiveDate, Option<NaiveDate>),
        b: (String, String, NaiveDate, Option<NaiveDate>),
        kind: String,
        other_person: String,
    }
    let pairs: Vec<Pair> = conn.rows(&sql_pg::queries::DOUBLE, &[], |r| {
        Ok(Pair {
            person: r.get(0)?,
            a: (r.get(1)?, r.get(2)?, get_date(r, 3)?, get_odate(r, 4)?),
            b: (r.get(5)?, r.get(6)?, get_date(r, 7)?, get_odate(r, 8)?),
            kind: r.get(9)?,
            other_person: r.get(10)?,
        })
    })?;
    let today = ctx.today();
    let mut out = Vec::with_capacity(pairs.len());
    for p in pairs {
        // The earlier registration first.
        let (first, second) = if (p.a.2, &p.a.0) <= (p.b.2, &p.b.0) {
            (p.a, p.b)
        } else {
            (p.b, p.a)
        };
        let start = first.2.max(second.2);
        let end = match (first.3, second.3) {
            (Some(x), Some(y)) => Some(x.min(y)),
            (x, y) => x.or(y),
        };
        let counted_to = end.unwrap_or(today).max(start);
        let days = ((counted_to - start).num_days().max(1)) as u32;
        let active_now = end.is_none_or(|e| e >= today) && start <= today;
        let severity = if active_now || days > ctx.audit.double_high_after_days {
            Severity::High
        } else {
            Severity::Medium
        };
        let name = person_name(conn, &p.person)?;
        let place_a = place(conn, &first.1)?;
        let place_b = place(conn, &second.1)?;
        let summary = Message::new("audit-double-registration")
            .arg("person", name.as_str())
            .arg("first", place_a.label.as_str())
            .arg("second", place_b.label.as_str())
            .arg("from", start)
            .arg("to", open_end(end))
            .arg("days", days)
            .arg("kind", p.kind.as_str());
        let mut explanation = vec![
            summary.clone(),
            Message::new("audit-registration-period")
                .arg("registration", first.0.as_str())
                .arg("address", place_a.label.as_str())
                .arg("from", first.2)
                .arg("to", open_end(first.3)),
            Message::new("audit-registration-period")
                .arg("registration", second.0.as_str())
                .arg("address", place_b.label.as_str())
                .arg("from", second.2)
                .arg("to", open_end(second.3)),
            ctx.audit.double_source(),
        ];
        let mut related = vec![first.0, second.0];
        if p.other_person != p.person {
            // Two records of one person (one IIN): say so, and name both.
            explanation.insert(
                1,
                Message::new("audit-double-same-iin")
                    .arg("first", p.person.as_str())
                    .arg("second", p.other_person.as_str()),
            );
            related.push(p.other_person);
        }
        out.push(Finding {
            kind: FindingKind::DoubleRegistration,
            severity,
            subject: Subject {
                kind: SubjectKind::Person,
                id: p.person,
                label: name,
            },
            district: place_b.district,
            date: Some(start),
            summary,
            explanation,
            score: f64::from(days),
            related,
        });
    }
    Ok(out)
}

pub(crate) fn no_lease(conn: &Snapshot, ctx: &Ctx<'_>) -> Result<Vec<Finding>, CoreError> {
    let rows: Vec<(String, String, String, NaiveDate, Option<NaiveDate>)> =
        conn.rows(&sql_pg::queries::NO_LEASE, &[], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                get_date(r, 3)?,
                get_odate(r, 4)?,
            ))
        })?;
    let mut out = Vec::with_capacity(rows.len());
    for (id, person, property, from, to) in rows {
        let name = person_name(conn, &person)?;
        let place = place(conn, &property)?;
        let summary = Message::new("audit-no-lease")
            .arg("person", name.as_str())
            .arg("address", place.label.as_str())
            .arg("from", from)
            .arg("to", open_end(to));
        out.push(Finding {
            kind: FindingKind::NoLease,
            severity: Severity::Low,
            subject: Subject {
                kind: SubjectKind::Registration,
                id,
                label: format!("{name} — {}", place.label),
            },
            district: place.district,
            date: Some(from),
            summary: summary.clone(),
            explanation: vec![
                summary,
                Message::new("audit-no-lease-owner-checked"),
                ctx.audit.lease_source(),
            ],
            score: 1.0,
            related: vec![person, property],
        });
    }
    Ok(out)
}

pub(crate) fn outside_lease(conn: &Snapshot, ctx: &Ctx<'_>) -> Result<Vec<Finding>, CoreError> {
    struct Row {
        id: String,
        person: String,
        property: String,
        from: NaiveDate,
        to: Option<NaiveDate>,
        lease: String,
        start: NaiveDate,
        end: Option<NaiveDate>,
    }
    let rows: Vec<Row> = conn.rows(&sql_pg::queries::OUTSIDE_LEASE, &[], |r| {
        Ok(Row {
            id: r.get(0)?,
            person: r.get(1)?,
            property: r.get(2)?,
            from: get_date(r, 3)?,
            to: get_odate(r, 4)?,
            lease: r.get(5)?,
            start: get_date(r, 6)?,
            end: get_odate(r, 7)?,
        })
    })?;
    let today = ctx.today();
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let before = (row.start - row.from).num_days().max(0) as u32;
        let after = match row.end {
            Some(end) => (row.to.unwrap_or(today.max(end)) - end).num_days().max(0) as u32,
            None => 0,
        };
        let days = before + after;
        let still_on = row.end.is_some_and(|e| e < today) && row.to.is_none_or(|t| t >= today);
        let severity = if still_on {
            Severity::High
        } else {
            Severity::Medium
        };
        let name = person_name(conn, &row.person)?;
        let place = place(conn, &row.property)?;
        let summary = Message::new("audit-outside-lease")
            .arg("person", name.as_str())
            .arg("address", place.label.as_str())
            .arg("from", row.from)
            .arg("to", open_end(row.to))
            .arg("lease", row.lease.as_str())
            .arg("start", row.start)
            .arg("end", open_end(row.end))
            .arg("days", days);
        let mut explanation = vec![summary.clone()];
        if before > 0 {
            explanation.push(Message::new("audit-outside-lease-before").arg("days", before));
        }
        if after > 0 {
            explanation.push(Message::new("audit-outside-lease-after").arg("days", after));
        }
        explanation.push(ctx.audit.lease_source());
        out.push(Finding {
            kind: FindingKind::OutsideLease,
            severity,
            subject: Subject {
                kind: SubjectKind::Registration,
                id: row.id,
                label: format!("{name} — {}", place.label),
            },
            district: place.district,
            date: Some(row.from),
            summary,
            explanation,
            score: f64::from(days),
            related: vec![row.lease, row.person],
        });
    }
    Ok(out)
}

pub(crate) fn no_consent(conn: &Snapshot, ctx: &Ctx<'_>) -> Result<Vec<Finding>, CoreError> {
    let since = ctx.audit.consent_required_from;
    let rows: Vec<(String, String, NaiveDate)> = conn.rows(
        &sql_pg::queries::NO_CONSENT,
        &[(":since", Param::Text(&date_text(since)))],
        |r| Ok((r.get(0)?, r.get(1)?, get_date(r, 2)?)),
    )?;
    let mut out: Vec<Finding> = Vec::new();
    let mut i = 0;
    while i < rows.len() {
        let property = rows[i].0.clone();
        let mut j = i;
        while j < rows.len() && rows[j].0 == property {
            j += 1;
        }
        let group = &rows[i..j];
        let first = group[0].2;
        let ids: Vec<String> = group.iter().map(|r| r.1.clone()).collect();
        let place = place(conn, &property)?;
        let count = ids.len() as u32;
        let summary = Message::new("audit-no-consent")
            .arg("address", place.label.as_str())
            .arg("count", count)
            .arg("first", first)
            .arg("since", since);
        out.push(Finding {
            kind: FindingKind::NoConsent,
            severity: Severity::High,
            subject: Subject {
                kind: SubjectKind::Property,
                id: property,
                label: place.label,
            },
            district: place.district,
            date: Some(first),
            summary: summary.clone(),
            explanation: vec![summary, ctx.audit.consent_source()],
            score: f64::from(count),
            related: ids,
        });
        i = j;
    }
    Ok(out)
}
