//! The monthly calculation index (MRP) per year, and fines expressed in it.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct MrpFile {
    source: String,
    #[allow(dead_code)]
    url: Option<String>,
    #[allow(dead_code)]
    confirmed: bool,
    years: Vec<MrpYear>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct MrpYear {
    year: i32,
    tenge: u32,
    #[serde(default)]
    #[allow(dead_code)]
    source: Option<String>,
}

/// The MRP table compiled in from `assets/mrp/mrp.json`.
#[derive(Debug, Clone)]
pub struct MrpTable {
    pub source: String,
    by_year: BTreeMap<i32, u32>,
}

/// The MRP used for a year: the year's own value, or the latest known one
/// before it when that year's budget law is not in the data yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[ts(export)]
pub struct MrpValue {
    pub year: i32,
    pub tenge: u32,
    /// True when `year` is not the year asked for.
    pub substituted: bool,
}

impl MrpTable {
    pub fn builtin() -> &'static MrpTable {
        static TABLE: OnceLock<MrpTable> = OnceLock::new();
        TABLE.get_or_init(|| {
            let f: MrpFile =
                super::builtin("mrp.json", include_str!("../../../../assets/mrp/mrp.json"));
            MrpTable {
                source: f.source,
                by_year: f.years.into_iter().map(|y| (y.year, y.tenge)).collect(),
            }
        })
    }

    /// The MRP for `year`; `None` only before the first year in the table.
    pub fn for_year(&self, year: i32) -> Option<MrpValue> {
        if let Some(&tenge) = self.by_year.get(&year) {
            return Some(MrpValue {
                year,
                tenge,
                substituted: false,
            });
        }
        self.by_year
            .range(..year)
            .next_back()
            .map(|(&y, &tenge)| MrpValue {
                year: y,
                tenge,
                substituted: true,
            })
    }
}

/// An amount for those who are not individuals (officials, businesses),
/// kept for reference: the engine reckons an individual's exposure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct OtherFine {
    pub who: String,
    pub mrp: u32,
}

/// A fine as the data states it: one article, one liable party.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FineRule {
    /// The article of the Code of Administrative Offences.
    pub article: String,
    #[serde(default)]
    pub part: Option<String>,
    /// Who is liable: resident, owner, host, foreigner.
    pub who: String,
    /// A first offence by an individual draws a warning.
    #[serde(default)]
    pub warning: bool,
    /// The warning holds only while the offence has lasted at most this
    /// many months (art. 492: one month); after that, `mrp`.
    #[serde(default)]
    pub warning_up_to_months: Option<u32>,
    /// A first offence's amount in MRP (past any warning); `None` when a
    /// warning is all there is, or when the amount is not recorded.
    pub mrp: Option<u32>,
    /// A repeat within a year, in MRP.
    #[serde(default)]
    pub repeat_mrp: Option<u32>,
    pub confirmed: bool,
    #[serde(default)]
    pub repeat_confirmed: bool,
    #[serde(default)]
    pub others: Vec<OtherFine>,
    pub source: String,
    #[serde(default)]
    pub source_ru: Option<String>,
    #[serde(default)]
    pub source_kk: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
}

/// What a first offence draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[ts(export)]
pub enum Penalty {
    /// A warning, no money. `fine_from` is the first day a fine replaces it
    /// (art. 492 after a month), when there is one.
    Warning {
        #[ts(type = "string | null")]
        fine_from: Option<NaiveDate>,
    },
    /// A fine of `mrp` MRP.
    Fine { mrp: u32 },
    /// The amount is not recorded in the data.
    Unrecorded,
}

/// A fine's exposure for one offence, in tenge.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, TS)]
#[ts(export)]
pub struct FineExposure {
    pub article: String,
    pub part: Option<String>,
    pub who: String,
    pub penalty: Penalty,
    /// The amount now (`None` for a warning or an unrecorded amount).
    pub mrp: Option<u32>,
    pub mrp_value: Option<MrpValue>,
    pub tenge: Option<u64>,
    /// The amount a warning turns into later (art. 492), in tenge.
    pub later_mrp: Option<u32>,
    pub later_tenge: Option<u64>,
    pub repeat_mrp: Option<u32>,
    pub repeat_tenge: Option<u64>,
    pub confirmed: bool,
    pub repeat_confirmed: bool,
}

impl FineExposure {
    /// A short code: `492:warning`, `493:43250`, `517:?`.
    pub fn code(&self) -> String {
        let what = match self.penalty {
            Penalty::Warning { .. } => "warning".to_owned(),
            Penalty::Fine { .. } => self
                .tenge
                .map(|t| t.to_string())
                .unwrap_or_else(|| "?".into()),
            Penalty::Unrecorded => "?".to_owned(),
        };
        format!("{}:{what}", self.article)
    }
}

impl FineRule {
    /// The exposure for an offence in `year` that began on `began` and
    /// lasted until `until` (the day it ended or the day asked).
    pub fn exposure(&self, year: i32, began: NaiveDate, until: NaiveDate) -> FineExposure {
        let mrp_value = MrpTable::builtin().for_year(year);
        let tenge = |n: Option<u32>| match (n, mrp_value) {
            (Some(n), Some(v)) => Some(u64::from(n) * u64::from(v.tenge)),
            _ => None,
        };
        let fine_from = self
            .warning_up_to_months
            .and_then(|m| began.checked_add_months(Months::new(m)))
            .and_then(|d| d.succ_opt());
        let penalty = match (self.warning, fine_from, self.mrp) {
            (true, Some(from), Some(mrp)) if until >= from => Penalty::Fine { mrp },
            (true, from, _) => Penalty::Warning { fine_from: from },
            (false, _, Some(mrp)) => Penalty::Fine { mrp },
            (false, _, None) => Penalty::Unrecorded,
        };
        let now = match penalty {
            Penalty::Fine { mrp } => Some(mrp),
            _ => None,
        };
        let later = match penalty {
            Penalty::Warning { fine_from: Some(_) } => self.mrp,
            _ => None,
        };
        FineExposure {
            article: self.article.clone(),
            part: self.part.clone(),
            who: self.who.clone(),
            penalty,
            mrp: now,
            mrp_value,
            tenge: tenge(now),
            later_mrp: later,
            later_tenge: tenge(later),
            repeat_mrp: self.repeat_mrp,
            repeat_tenge: tenge(self.repeat_mrp),
            confirmed: self.confirmed,
            repeat_confirmed: self.repeat_confirmed,
        }
    }
}
