//! IINs: each checked with [`crate::ident::check_iin`]; a valid one must
//! agree with the birth date and sex on the person's record.

use chrono::NaiveDate;
use jalga_store::Snapshot;

use super::{latest_place, parse_date, person_name, place, Ctx};
use crate::domain::Code;
use crate::error::CoreError;
use crate::i18n::{Message, ToMessage};
use crate::ident::{check_iin, Sex};
use crate::{sql_pg, Finding, FindingKind, Severity, Subject, SubjectKind};

/// What the audit says of one person's IIN: the finding's kind, its head
/// message and the reasons, or `None` when the IIN is the person's (or a
/// foreigner has none). The rule the office server's index of suspects
/// (`jalga_iin_suspect`, schema step 13) must never say less than.
pub fn iin_verdict(
    kind: &str,
    iin: Option<&str>,
    birth: NaiveDate,
    sex: &str,
) -> Option<(FindingKind, Message, Vec<Message>)> {
    let Some(iin) = iin else {
        return (kind == "citizen").then(|| {
            (
                FindingKind::InvalidIin,
                Message::new("audit-iin-missing"),
                vec![],
            )
        });
    };
    match check_iin(iin) {
        Err(reason) => Some((
            FindingKind::InvalidIin,
            Message::new("audit-invalid-iin").arg("iin", iin),
            vec![reason.to_message()],
        )),
        Ok(info) => {
            let mut why = Vec::new();
            if info.birth_date != birth {
                why.push(
                    Message::new("audit-iin-birth-differs")
                        .arg("iin_birth", info.birth_date)
                        .arg("recorded", birth),
                );
            }
            if Sex::from_code(sex) != Some(info.sex) {
                why.push(
                    Message::new("audit-iin-sex-differs")
                        .arg("iin_sex", info.sex.code())
                        .arg("recorded", sex),
                );
            }
            (!why.is_empty()).then(|| {
                (
                    FindingKind::IinMismatch,
                    Message::new("audit-iin-mismatch").arg("iin", iin),
                    why,
                )
            })
        }
    }
}

pub(crate) fn iins(conn: &Snapshot, ctx: &Ctx<'_>) -> Result<Vec<Finding>, CoreError> {
    // (person, the finding's kind, its messages)
    let mut hits: Vec<(String, FindingKind, Message, Vec<Message>)> = Vec::new();
    conn.each(&sql_pg::queries::PEOPLE_IIN, &[], |r| {
        let kind = r.text(1)?;
        let iin = r.opt_text(2)?;
        let birth = parse_date(r.text(3)?).map_err(|e| r.bad(3, e))?;
        if let Some((finding, head, why)) = iin_verdict(kind, iin, birth, r.text(4)?) {
            hits.push((r.get(0)?, finding, head, why));
        }
        Ok(())
    })?;
    let mut out = Vec::with_capacity(hits.len());
    for (id, kind, head, why) in hits {
        let name = person_name(conn, &id)?;
        let district = match latest_place(conn, &id)? {
            Some(p) => place(conn, &p)?.district,
            None => None,
        };
        let summary = Message::new(match kind {
            FindingKind::InvalidIin => "audit-invalid-iin-summary",
            _ => "audit-iin-mismatch-summary",
        })
        .arg("person", name.as_str());
        let mut explanation = vec![summary.clone(), head];
        explanation.extend(why);
        explanation.push(ctx.audit.iin_source());
        out.push(Finding {
            kind,
            severity: match kind {
                FindingKind::InvalidIin => Severity::High,
                _ => Severity::Medium,
            },
            subject: Subject {
                kind: SubjectKind::Person,
                id,
                label: name,
            },
            district,
            date: None,
            summary,
            explanation,
            score: 1.0,
            related: Vec::new(),
        });
    }
    Ok(out)
}

/// Person records that share an IIN: one person entered twice. The finding
/// is about the first record (by id) and names the others.
pub(crate) fn duplicates(conn: &Snapshot, ctx: &Ctx<'_>) -> Result<Vec<Finding>, CoreError> {
    let groups: Vec<(String, String, u32)> =
        conn.rows(&sql_pg::queries::DUPLICATE_PERSON, &[], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?;
    let mut out = Vec::with_capacity(groups.len());
    for (iin, ids, count) in groups {
        let mut ids: Vec<String> = ids.split(',').map(str::to_owned).collect();
        ids.sort();
        let first = ids.remove(0);
        let name = person_name(conn, &first)?;
        let district = match latest_place(conn, &first)? {
            Some(p) => place(conn, &p)?.district,
            None => None,
        };
        let summary = Message::new("audit-duplicate-person")
            .arg("person", name.as_str())
            .arg("iin", iin.as_str())
            .arg("count", count);
        let mut explanation = vec![summary.clone()];
        for id in std::iter::once(&first).chain(&ids) {
            explanation.push(
                Message::new("audit-duplicate-record")
                    .arg("id", id.as_str())
                    .arg("person", person_name(conn, id)?.as_str()),
            );
        }
        explanation.push(ctx.audit.duplicate_source());
        out.push(Finding {
            kind: FindingKind::DuplicatePerson,
            severity: Severity::Medium,
            subject: Subject {
                kind: SubjectKind::Person,
                id: first,
                label: name,
            },
            district,
            date: None,
            summary,
            explanation,
            score: f64::from(count),
            related: ids,
        });
    }
    Ok(out)
}
