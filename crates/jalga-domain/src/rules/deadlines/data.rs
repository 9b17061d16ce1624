//! The deadline rules as kept in the data (`assets/deadlines/kz.json`).

use std::collections::BTreeMap;
use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::rules::fines::FineRule;

/// Calendar or working days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum DayKind {
    Calendar,
    Working,
}

/// One period rule as kept in the data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PeriodRule {
    pub days: u32,
    #[serde(default)]
    pub window_days: Option<u32>,
    pub day_kind: DayKind,
    pub effective_from: Option<NaiveDate>,
    pub effective_to: Option<NaiveDate>,
    /// Whether it is confirmed, and its source (the same fields in the
    /// data as every sourced fact).
    #[serde(flatten)]
    #[ts(flatten)]
    pub fact: SourcedFact,
    /// Who must act: resident, owner, host, immigrant.
    #[serde(default)]
    pub actor: Option<String>,
    /// The fines a missed deadline exposes to, by id in
    /// [`DeadlineRules::fines`]; one per liable party.
    #[serde(default)]
    pub fines: Vec<String>,
}

/// A sourced fact with no period of its own.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SourcedFact {
    pub confirmed: bool,
    pub source: String,
    #[serde(default)]
    pub source_ru: Option<String>,
    #[serde(default)]
    pub source_kk: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
}

/// Children under an age are not registered at a place of residence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ChildrenRule {
    pub under_age: u32,
    #[serde(flatten)]
    #[ts(flatten)]
    pub fact: SourcedFact,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ShortStayExemption {
    pub days: u32,
    pub countries: Vec<String>,
    #[serde(flatten)]
    #[ts(flatten)]
    pub fact: SourcedFact,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CountryList {
    pub countries: Vec<String>,
    #[serde(flatten)]
    #[ts(flatten)]
    pub fact: SourcedFact,
}

/// The deadline rules of a jurisdiction.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct DeadlineRules {
    pub jurisdiction: String,
    pub version: u32,
    /// Fines by id, each with its article, liable party and source.
    pub fines: BTreeMap<String, FineRule>,
    pub citizen_registration: PeriodRule,
    pub foreigner_notice: PeriodRule,
    pub foreigner_registration: PeriodRule,
    pub foreigner_address_change: PeriodRule,
    pub temporary_registration_end: PeriodRule,
    pub lease_end: PeriodRule,
    pub deregistration: PeriodRule,
    pub eaeu_stay: PeriodRule,
    /// An EAEU worker may stay for the labour contract's term.
    pub eaeu_worker: SourcedFact,
    pub children_not_registered: ChildrenRule,
    pub short_stay_exemption: ShortStayExemption,
    pub eaeu_countries: Vec<String>,
    pub ninety_day_countries: CountryList,
    /// The country whose citizens are "citizens" here (ISO alpha-3).
    pub citizenship: String,
}

impl DeadlineRules {
    pub fn builtin() -> &'static DeadlineRules {
        static RULES: OnceLock<DeadlineRules> = OnceLock::new();
        RULES.get_or_init(|| {
            crate::rules::builtin(
                "deadlines/kz.json",
                include_str!("../../../../../assets/deadlines/kz.json"),
            )
        })
    }

    /// The fines a rule names; an unknown id is a data defect (the tests
    /// check every rule's ids).
    pub fn fines_of(&self, rule: &PeriodRule) -> Vec<&FineRule> {
        rule.fines
            .iter()
            .filter_map(|id| self.fines.get(id))
            .collect()
    }
}
