//! Kazakhstan's working-day calendar, one data file per year in
//! `assets/calendar/`: holidays, whether each moves when it falls on a day
//! off (Law "On Holidays", art. 5), the government's transfers for the year,
//! and whether the year is confirmed.
//!
//! For a confirmed year the published transfers are used as they are; for an
//! unconfirmed year (or one with no file) the transfers are derived by the
//! rule and every answer that touches such a year says so.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Holiday {
    pub date: NaiveDate,
    pub name: String,
    /// Moves to the next working day when it falls on a day off.
    pub moves: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Transfer {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// One year's calendar file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct CalendarYear {
    pub year: i32,
    pub confirmed: bool,
    pub source: String,
    pub holidays: Vec<Holiday>,
    /// Days off moved from a holiday on a weekend, as published; `None` when
    /// the year is not published and the rule derives them.
    pub transfers: Option<Vec<Transfer>>,
    /// Working days the government made days off.
    pub extra_days_off: Vec<NaiveDate>,
    /// Weekend days the government made working days.
    pub working_weekends: Vec<NaiveDate>,
    /// The published count of working days, where known.
    pub working_days: Option<u32>,
    /// A holiday set by the lunar calendar (Kurban Ait) is not yet published.
    pub lunar_pending: bool,
}

impl CalendarYear {
    /// The transfers the rule gives: each movable holiday on a Saturday or
    /// Sunday moves, in date order, to the next weekday that is neither a
    /// holiday nor already taken by an earlier transfer.
    pub fn derived_transfers(&self) -> Vec<Transfer> {
        let holidays: BTreeSet<NaiveDate> = self.holidays.iter().map(|h| h.date).collect();
        let mut taken = BTreeSet::new();
        let mut out = Vec::new();
        let mut sorted: Vec<&Holiday> = self.holidays.iter().collect();
        sorted.sort_by_key(|h| h.date);
        for h in sorted {
            if !h.moves || !is_weekend(h.date) {
                continue;
            }
            let mut d = h.date;
            while let Some(next) = d.succ_opt() {
                d = next;
                if !is_weekend(d) && !holidays.contains(&d) && !taken.contains(&d) {
                    break;
                }
            }
            taken.insert(d);
            out.push(Transfer {
                from: h.date,
                to: d,
            });
        }
        out
    }

    fn days_off(&self) -> (BTreeSet<NaiveDate>, BTreeSet<NaiveDate>) {
        let transfers = self
            .transfers
            .clone()
            .unwrap_or_else(|| self.derived_transfers());
        let mut off: BTreeSet<NaiveDate> = self.holidays.iter().map(|h| h.date).collect();
        off.extend(transfers.iter().map(|t| t.to));
        off.extend(self.extra_days_off.iter().copied());
        let worked: BTreeSet<NaiveDate> = self.working_weekends.iter().copied().collect();
        (off, worked)
    }
}

fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

const YEARS: [(&str, &str); 3] = [
    (
        "2025.json",
        include_str!("../../../../assets/calendar/2025.json"),
    ),
    (
        "2026.json",
        include_str!("../../../../assets/calendar/2026.json"),
    ),
    (
        "2027.json",
        include_str!("../../../../assets/calendar/2027.json"),
    ),
];

struct YearDays {
    confirmed: bool,
    off: BTreeSet<NaiveDate>,
    worked: BTreeSet<NaiveDate>,
}

/// The calendar over all years with a data file; years without one are
/// derived from the latest file's fixed-date holidays and marked unconfirmed.
pub struct Calendar {
    files: BTreeMap<i32, CalendarYear>,
    years: BTreeMap<i32, YearDays>,
}

impl Calendar {
    pub fn builtin() -> &'static Calendar {
        static CAL: OnceLock<Calendar> = OnceLock::new();
        CAL.get_or_init(|| {
            Calendar::from_years(
                YEARS
                    .iter()
                    .map(|(name, text)| super::builtin::<CalendarYear>(name, text))
                    .collect(),
            )
        })
    }

    pub fn from_years(years: Vec<CalendarYear>) -> Calendar {
        let mut files = BTreeMap::new();
        for y in years {
            files.insert(y.year, y);
        }
        let mut cal = Calendar {
            files,
            years: BTreeMap::new(),
        };
        let known: Vec<i32> = cal.files.keys().copied().collect();
        for y in known {
            let f = &cal.files[&y];
            let (off, worked) = f.days_off();
            cal.years.insert(
                y,
                YearDays {
                    confirmed: f.confirmed,
                    off,
                    worked,
                },
            );
        }
        cal
    }

    pub fn year(&self, year: i32) -> Option<&CalendarYear> {
        self.files.get(&year)
    }

    /// A year with no file, derived from the latest file's holidays that are
    /// fixed to a calendar date (lunar ones are left out).
    fn derive_year(&self, year: i32) -> Option<YearDays> {
        let template = self.files.values().next_back()?;
        let holidays = template
            .holidays
            .iter()
            .filter(|h| h.name != "kurban-ait")
            .filter_map(|h| {
                NaiveDate::from_ymd_opt(year, h.date.month(), h.date.day()).map(|date| Holiday {
                    date,
                    name: h.name.clone(),
                    moves: h.moves,
                })
            })
            .collect();
        let f = CalendarYear {
            year,
            confirmed: false,
            source: template.source.clone(),
            holidays,
            transfers: None,
            extra_days_off: Vec::new(),
            working_weekends: Vec::new(),
            working_days: None,
            lunar_pending: true,
        };
        let (off, worked) = f.days_off();
        Some(YearDays {
            confirmed: false,
            off,
            worked,
        })
    }

    /// Whether `d` is a working day, and whether that answer comes from a
    /// confirmed year.
    pub fn is_working_day(&self, d: NaiveDate) -> (bool, bool) {
        let derived;
        let yd = match self.years.get(&d.year()) {
            Some(y) => y,
            None => match self.derive_year(d.year()) {
                Some(y) => {
                    derived = y;
                    &derived
                }
                None => return (!is_weekend(d), false),
            },
        };
        let working = if yd.worked.contains(&d) {
            true
        } else {
            !is_weekend(d) && !yd.off.contains(&d)
        };
        (working, yd.confirmed)
    }

    /// The `n`th working day after `start` (day 1 is the first working day
    /// after it), and whether every day looked at is in a confirmed year.
    pub fn add_working_days(&self, start: NaiveDate, n: u32) -> (NaiveDate, bool) {
        let mut d = start;
        let mut left = n;
        let mut confirmed = true;
        while left > 0 {
            // Past the last day chrono knows nothing is a working day; the
            // answer is that day, unconfirmed (validation keeps real input
            // far from it).
            let Some(next) = d.succ_opt() else {
                return (d, false);
            };
            d = next;
            let (working, conf) = self.is_working_day(d);
            confirmed &= conf;
            if working {
                left -= 1;
            }
        }
        (d, confirmed)
    }

    /// Working days in a year, counted from the calendar.
    pub fn working_days_in(&self, year: i32) -> u32 {
        let mut n = 0;
        let mut day = NaiveDate::from_ymd_opt(year, 1, 1);
        while let Some(d) = day.filter(|d| d.year() == year) {
            if self.is_working_day(d).0 {
                n += 1;
            }
            day = d.succ_opt();
        }
        n
    }
}
