//! The monthly calculation index (MRP) per year, and fines expressed in it.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Deserialize)]
struct MrpFile {
    source: String,
    years: Vec<MrpYear>,
}

#[derive(Debug, Clone, Deserialize)]
struct MrpYear {
    year: i32,
    tenge: u32,
}

/// The MRP table compiled in from `assets/mrp/mrp.json`.
#[derive(Debug, Clone)]
pub struct MrpTable {
    pub source: String,
    by_year: BTreeMap<i32, u32>,
}

/// The MRP used for a year: the year's own value, or the latest known one
/// before it when that year's budget law is not in the data yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
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

/// A fine as the data states it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FineRule {
    pub article: String,
    /// Amount in MRP; `None` when the amount is not recorded yet.
    pub mrp: Option<u32>,
    /// Who pays: owner, host, foreigner.
    pub who: String,
    pub confirmed: bool,
}

/// A fine's exposure on a given date, in tenge.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct FineExposure {
    pub article: String,
    pub who: String,
    pub mrp: Option<u32>,
    pub mrp_value: Option<MrpValue>,
    pub tenge: Option<u64>,
    pub confirmed: bool,
}

impl FineRule {
    /// The exposure for an offence in `year`.
    pub fn exposure(&self, year: i32) -> FineExposure {
        let mrp_value = MrpTable::builtin().for_year(year);
        let tenge = match (self.mrp, mrp_value) {
            (Some(n), Some(v)) => Some(u64::from(n) * u64::from(v.tenge)),
            _ => None,
        };
        FineExposure {
            article: self.article.clone(),
            who: self.who.clone(),
            mrp: self.mrp,
            mrp_value,
            tenge,
            confirmed: self.confirmed,
        }
    }
}
