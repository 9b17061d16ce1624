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

/// The last day of a visa-free stay that began on `entered` under `rule`'s
/// "N days in any M" (the EAEU's 90 in any 180, read from
/// `assets/deadlines/`): the one place the documents, the deadline engine
/// and the audit take that day from.
pub fn visa_free_last_day(entered: NaiveDate, rule: &super::deadlines::PeriodRule) -> NaiveDate {
    let stays = [Stay {
        entered,
        left: None,
    }];
    last_allowed_day(&stays, rule.days, stay_window(rule)).unwrap_or(NaiveDate::MAX)
}

/// The window of a stay rule, in days (180 where the data gives none).
pub fn stay_window(rule: &super::deadlines::PeriodRule) -> u32 {
    rule.window_days.unwrap_or(180)
}

#[cfg(test)]
mod visa_free_tests {
    use super::*;
    use crate::rules::deadlines::DeadlineRules;

    #[test]
    fn a_visa_free_stay_ends_on_the_rules_last_day() {
        let rule = &DeadlineRules::builtin().eaeu_stay;
        let day = |s: &str| s.parse::<NaiveDate>().unwrap();
        // 90 days in any 180: the entry day is the first of the 90.
        let cases = [("2026-03-01", "2026-05-29"), ("2026-12-15", "2027-03-14")];
        for (entered, last) in cases {
            assert_eq!(
                visa_free_last_day(day(entered), rule),
                day(last),
                "{entered}"
            );
        }
    }
}
