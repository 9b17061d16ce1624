//! Stay limits of the "N days in any M" kind (EAEU: 90 in any 180).

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One stay in the country; both the day of entry and the day of exit count
/// as days present. `left: None` means the person is still there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Stay {
    pub entered: NaiveDate,
    #[serde(default)]
    pub left: Option<NaiveDate>,
}

/// Days present in the `window` days ending with `end` (inclusive), if each
/// open stay lasts at least until `end`.
pub fn days_in_window(stays: &[Stay], end: NaiveDate, window: u32) -> u32 {
    let start = end
        .checked_sub_days(Days::new(u64::from(window.saturating_sub(1))))
        .unwrap_or(NaiveDate::MIN);
    stays
        .iter()
        .map(|s| {
            let from = s.entered.max(start);
            let to = s.left.unwrap_or(end).min(end);
            if to < from {
                0
            } else {
                (to - from).num_days() as u32 + 1
            }
        })
        .sum()
}

/// For the open stay (the one with no exit), the last day the person may
/// still be in the country without going over `limit` days in any `window`;
/// `None` when no stay is open. A day before the entry means the limit was
/// already used up on arrival.
pub fn last_allowed_day(stays: &[Stay], limit: u32, window: u32) -> Option<NaiveDate> {
    let open = stays
        .iter()
        .filter(|s| s.left.is_none())
        .map(|s| s.entered)
        .max()?;
    // Presence grows by at most one a day, so the first day over the limit
    // comes within `window` days of the entry.
    let mut d = open;
    for _ in 0..=window {
        if days_in_window(stays, d, window) > limit {
            return d.pred_opt();
        }
        d = d.succ_opt()?;
    }
    // Never over: the limit cannot bind (limit ≥ window).
    None
}
