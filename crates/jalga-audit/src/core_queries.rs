//! The audit's candidate queries with the parameters the checks give them
//! on a day, for running them outside Jalga: the benchmark runs each in the
//! database's own shell (`psql`) next to the full audit, on the same data.

use chrono::NaiveDate;
use jalga_store::query::Query;

use crate::facts::AuditRules;
use crate::rules::deadlines::DeadlineRules;
use crate::rules::norm::NormPreset;
use crate::sql::OvercrowdedParams;
use crate::sql_pg::queries as q;

/// A parameter's value as a shell sets it.
#[derive(Debug, Clone, PartialEq)]
pub enum ShellValue {
    Text(String),
    Int(i64),
    Real(f64),
}

impl ShellValue {
    /// The value as SQL text: a quoted literal or a number.
    pub fn literal(&self) -> String {
        match self {
            ShellValue::Text(s) => format!("'{}'", s.replace('\'', "''")),
            ShellValue::Int(n) => n.to_string(),
            ShellValue::Real(x) => format!("{x:?}"),
        }
    }
}

/// One candidate query as a check runs it.
#[derive(Debug, Clone)]
pub struct CoreQuery {
    /// The check's name (a finding kind's code, or `iins`).
    pub name: &'static str,
    pub query: Query,
    /// `(name, value)`, the names without their colon.
    pub params: Vec<(&'static str, ShellValue)>,
}

impl CoreQuery {
    /// `psql` lines that set the parameters as variables and run the
    /// PostgreSQL text (`None`: the query has none).
    pub fn psql_lines(&self) -> Option<Vec<String>> {
        let text = self.query.postgres_text()?;
        let mut lines: Vec<String> = self
            .params
            .iter()
            // A psql variable holds the literal, quotes and all (`''` is
            // one quote inside psql's single quotes).
            .map(|(name, v)| format!("\\set {name} '{}'", v.literal().replace('\'', "''")))
            .collect();
        lines.push(format!("{text};"));
        Some(lines)
    }
}

/// The ten checks' candidate queries on `today` with `preset`'s norm (the
/// overcrowding one only when the preset's norm is in force then).
pub fn core_queries(preset: &NormPreset, today: NaiveDate) -> Vec<CoreQuery> {
    let day = |d: NaiveDate| ShellValue::Text(d.format("%Y-%m-%d").to_string());
    let rules = DeadlineRules::builtin();
    let mut out = Vec::new();
    if let Some(p) = OvercrowdedParams::new(preset, today) {
        out.push(CoreQuery {
            name: "overcrowded",
            query: q::OVERCROWDED,
            params: vec![
                ("today", ShellValue::Text(p.today.clone())),
                ("m2", ShellValue::Real(p.m2)),
                ("basis", ShellValue::Text(p.basis.to_owned())),
                ("new_from", ShellValue::Text(p.new_from.clone())),
            ],
        });
    }
    let plain = |name, query| CoreQuery {
        name,
        query,
        params: Vec::new(),
    };
    out.push(plain("double-registration", q::DOUBLE));
    out.push(plain("no-lease", q::NO_LEASE));
    out.push(plain("outside-lease", q::OUTSIDE_LEASE));
    out.push(plain("iins", q::PEOPLE_IIN));
    out.push(CoreQuery {
        name: "late-registration",
        query: q::LATE_REGISTRATION,
        params: vec![
            (
                "days",
                ShellValue::Int(rules.citizen_registration.days.into()),
            ),
            ("today", day(today)),
        ],
    });
    out.push(CoreQuery {
        name: "late-notice",
        query: q::LATE_NOTICE,
        params: vec![
            (
                "days",
                ShellValue::Int(crate::checks::deadlines::notice_days(rules).into()),
            ),
            ("today", day(today)),
        ],
    });
    out.push(CoreQuery {
        name: "overstay",
        query: q::OVERSTAY,
        params: vec![
            ("days", ShellValue::Int(rules.eaeu_stay.days.into())),
            ("today", day(today)),
            (
                "countries",
                ShellValue::Text(serde_json::to_string(&rules.eaeu_countries).unwrap_or_default()),
            ),
        ],
    });
    out.push(CoreQuery {
        name: "no-consent",
        query: q::NO_CONSENT,
        params: vec![("since", day(AuditRules::builtin().consent_required_from))],
    });
    out.push(plain("duplicate-person", q::DUPLICATE_PERSON));
    out
}
