//! Overcrowded dwellings: the area norm of the chosen preset, evaluated by
//! [`crate::rules::norm::evaluate`] for every dwelling the core query puts
//! forward.

use chrono::NaiveDate;
use jalga_store::Snapshot;

use super::{get_date, place, Ctx};
use crate::domain::{Code, Relation};
use crate::error::CoreError;
use crate::i18n::Message;
use crate::rules::norm::{evaluate, DwellingAreas, NormPerson, NormVerdict};
use crate::{sql, sql_pg, Finding, FindingKind, Severity, Subject, SubjectKind};

/// People of one relation at a dwelling, registered before the norm or not.
struct Group {
    relation: Relation,
    registered: bool,
    n: u32,
}

pub(crate) fn overcrowded(conn: &Snapshot, ctx: &Ctx<'_>) -> Result<Vec<Finding>, CoreError> {
    let Some(params) = sql::OvercrowdedParams::new(ctx.preset, ctx.today()) else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    let mut current: Option<Candidate> = None;
    conn.each(&sql_pg::queries::OVERCROWDED, &params.named(), |r| {
        let id: String = r.get(0)?;
        let relation_text: String = r.get(1)?;
        let group = Group {
            relation: Relation::from_code(&relation_text).unwrap_or(Relation::Unrelated),
            registered: r.get::<i64>(2)? != 0,
            n: r.get(3)?,
        };
        let latest = get_date(r, 4)?;
        match &mut current {
            Some(c) if c.id == id => {
                c.groups.push(group);
                c.latest = c.latest.max(latest);
            }
            _ => {
                if let Some(c) = current.take() {
                    out.extend(judge(conn, ctx, c)?);
                }
                current = Some(Candidate {
                    id,
                    groups: vec![group],
                    latest,
                    areas: DwellingAreas {
                        useful: Some(r.get(5)?),
                        living: Some(r.get(6)?),
                        total: Some(r.get(7)?),
                    },
                });
            }
        }
        Ok(())
    })?;
    if let Some(c) = current.take() {
        out.extend(judge(conn, ctx, c)?);
    }
    Ok(out)
}

/// A dwelling the core query put forward.
struct Candidate {
    id: String,
    groups: Vec<Group>,
    latest: NaiveDate,
    areas: DwellingAreas,
}

fn judge(conn: &Snapshot, ctx: &Ctx<'_>, c: Candidate) -> Result<Option<Finding>, CoreError> {
    let Candidate {
        id: property,
        groups,
        latest,
        areas,
    } = c;
    let people: Vec<NormPerson> = groups
        .iter()
        .flat_map(|g| {
            std::iter::repeat_n(
                NormPerson {
                    label: None,
                    relation: g.relation,
                    registered: g.registered,
                },
                g.n as usize,
            )
        })
        .collect();
    let result = evaluate(ctx.preset, &areas, &people, ctx.today());
    if result.verdict != NormVerdict::NotAllowed {
        return Ok(None);
    }
    // Named only when found: most candidates are families within the norm.
    let place = place(conn, &property)?;
    let capacity = result.capacity.unwrap_or(0);
    let area = result.area_m2.unwrap_or(0.0);
    let m2 = ctx.preset.m2_per_person.unwrap_or(0.0);
    let rules = ctx.audit;
    let ratio = if capacity == 0 {
        f64::INFINITY
    } else {
        f64::from(result.counted) / f64::from(capacity)
    };
    let severity = if ratio >= rules.overcrowded_critical_ratio {
        Severity::Critical
    } else if ratio >= rules.overcrowded_high_ratio {
        Severity::High
    } else {
        Severity::Medium
    };
    // Counted people per person the area allows, continuous even when the
    // area allows nobody.
    let score = if area > 0.0 {
        f64::from(result.counted) * m2 / area
    } else {
        f64::from(result.counted)
    };
    let summary = Message::new("audit-overcrowded")
        .arg("address", place.label.as_str())
        .arg("people", result.people)
        .arg("counted", result.counted)
        .arg("capacity", capacity)
        .arg("area", area)
        .arg("m2", m2)
        .arg("preset", ctx.preset.id.as_str());
    let mut explanation = vec![summary.clone()];
    explanation.extend(result.explanation);
    Ok(Some(Finding {
        kind: FindingKind::Overcrowded,
        severity,
        subject: Subject {
            kind: SubjectKind::Property,
            id: property,
            label: place.label,
        },
        district: place.district,
        date: Some(latest),
        summary,
        explanation,
        score: (score * 100.0).round() / 100.0,
        related: Vec::new(),
    }))
}
