//! Deadlines for the people at a dwelling: registration of citizens, the
//! foreigner-arrival notice and its successors from 1 Jul 2026, the end of a
//! temporary registration, the lease's end, de-registration after moving
//! out, and the EAEU stay limit. Periods, sources and fines are data in
//! `assets/deadlines/kz.json`; working days come from [`Calendar`].
//!
//! The engine takes plain input ([`DeadlineInput`]) so that it works on a
//! JSON file today and on the store's records later.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use chrono::{Datelike, Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domain::{RegistrationKind, RegistrationStatus};
use crate::error::CoreError;
use crate::i18n::Message;
use crate::limits;

use super::calendar::Calendar;
use super::date_text;
use super::fines::{FineExposure, FineRule, Penalty};
use super::stay::{self, Stay};

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
    pub confirmed: bool,
    pub source: String,
    #[serde(default)]
    pub source_ru: Option<String>,
    #[serde(default)]
    pub source_kk: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
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
    pub confirmed: bool,
    pub source: String,
    #[serde(default)]
    pub source_ru: Option<String>,
    #[serde(default)]
    pub source_kk: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ShortStayExemption {
    pub days: u32,
    pub countries: Vec<String>,
    pub confirmed: bool,
    pub source: String,
    #[serde(default)]
    pub source_ru: Option<String>,
    #[serde(default)]
    pub source_kk: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CountryList {
    pub countries: Vec<String>,
    pub confirmed: bool,
    pub source: String,
    #[serde(default)]
    pub source_ru: Option<String>,
    #[serde(default)]
    pub source_kk: Option<String>,
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
            super::builtin(
                "deadlines/kz.json",
                include_str!("../../../../assets/deadlines/kz.json"),
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

/// A registration as far as deadlines care.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RegistrationFacts {
    pub kind: RegistrationKind,
    pub status: RegistrationStatus,
    /// When it was submitted (the day that counts for the deadline).
    #[serde(default)]
    pub submitted_on: Option<NaiveDate>,
    #[serde(default)]
    pub from: Option<NaiveDate>,
    /// End of a temporary registration.
    #[serde(default)]
    pub until: Option<NaiveDate>,
}

/// What the engine needs to know about one person at one dwelling.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct PersonFacts {
    /// A name or number to show.
    pub name: String,
    /// ISO 3166-1 alpha-3; Kazakhstan's own citizens are `KAZ`.
    pub citizenship: String,
    /// The day the person moved in (for a foreigner: arrived at this address).
    #[serde(default)]
    pub moved_in: Option<NaiveDate>,
    /// A foreigner's date of entry into the country.
    #[serde(default)]
    pub entered_country: Option<NaiveDate>,
    /// The date of birth: children under 14 are not registered.
    #[serde(default)]
    pub birth_date: Option<NaiveDate>,
    /// The end of an EAEU worker's labour contract: the stay may last
    /// until then.
    #[serde(default)]
    pub labour_contract_end: Option<NaiveDate>,
    /// The move-in is a foreigner's change of address inside the country.
    #[serde(default)]
    pub address_changed: bool,
    #[serde(default)]
    pub registration: Option<RegistrationFacts>,
    /// The day the host's notice (or the foreigner's registration) was filed.
    #[serde(default)]
    pub notice_filed: Option<NaiveDate>,
    #[serde(default)]
    pub lease_end: Option<NaiveDate>,
    #[serde(default)]
    pub moved_out: Option<NaiveDate>,
    #[serde(default)]
    pub deregistered: Option<NaiveDate>,
    /// Stays in the country (for the EAEU 90-in-180 limit).
    #[serde(default)]
    pub stays: Vec<Stay>,
}

/// The deadlines input file: the people at one or more dwellings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct DeadlineInput {
    pub people: Vec<PersonFacts>,
}

impl DeadlineInput {
    /// Reads the input file; every date in it must lie within
    /// [`limits::FIRST_YEAR`]–[`limits::LAST_YEAR`].
    pub fn from_json(text: &str) -> Result<DeadlineInput, CoreError> {
        let input: DeadlineInput = super::from_json("input", text)?;
        input.check_dates()?;
        Ok(input)
    }

    /// Refuses a date out of bounds, naming where it is.
    pub fn check_dates(&self) -> Result<(), CoreError> {
        for (i, p) in self.people.iter().enumerate() {
            let reg = p.registration.as_ref();
            let dates = [
                ("moved_in", p.moved_in),
                ("entered_country", p.entered_country),
                ("notice_filed", p.notice_filed),
                ("lease_end", p.lease_end),
                ("moved_out", p.moved_out),
                ("deregistered", p.deregistered),
                (
                    "registration.submitted_on",
                    reg.and_then(|r| r.submitted_on),
                ),
                ("registration.from", reg.and_then(|r| r.from)),
                ("registration.until", reg.and_then(|r| r.until)),
            ];
            for (field, d) in dates {
                if let Some(d) = d {
                    limits::check_date(&format!("people[{i}].{field}"), d)?;
                }
            }
            for (j, s) in p.stays.iter().enumerate() {
                limits::check_date(&format!("people[{i}].stays[{j}].entered"), s.entered)?;
                if let Some(left) = s.left {
                    limits::check_date(&format!("people[{i}].stays[{j}].left"), left)?;
                }
            }
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum DeadlineKind {
    CitizenRegistration,
    ForeignerNotice,
    ForeignerRegistration,
    ForeignerAddressChange,
    ShortStayExemption,
    TemporaryRegistrationEnd,
    LeaseEnd,
    Deregistration,
    EaeuStay,
}

impl DeadlineKind {
    pub fn code(self) -> &'static str {
        match self {
            DeadlineKind::CitizenRegistration => "citizen-registration",
            DeadlineKind::ForeignerNotice => "foreigner-notice",
            DeadlineKind::ForeignerRegistration => "foreigner-registration",
            DeadlineKind::ForeignerAddressChange => "foreigner-address-change",
            DeadlineKind::ShortStayExemption => "short-stay-exemption",
            DeadlineKind::TemporaryRegistrationEnd => "temporary-registration-end",
            DeadlineKind::LeaseEnd => "lease-end",
            DeadlineKind::Deregistration => "deregistration",
            DeadlineKind::EaeuStay => "eaeu-stay",
        }
    }
}

/// Where a deadline stands on the day asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "state", rename_all = "kebab-case")]
#[ts(export)]
pub enum DeadlineStatus {
    /// Done on `on`, `late_days` after the due date (0 if in time).
    Done {
        on: NaiveDate,
        late_days: u32,
    },
    Due {
        days_left: u32,
    },
    Overdue {
        days: u32,
    },
    /// The duty does not arise (e.g. a short stay of a Russian citizen).
    Exempt,
}

impl DeadlineStatus {
    pub fn code(self) -> &'static str {
        match self {
            DeadlineStatus::Done { .. } => "done",
            DeadlineStatus::Due { .. } => "due",
            DeadlineStatus::Overdue { .. } => "overdue",
            DeadlineStatus::Exempt => "exempt",
        }
    }

    fn message(self) -> Message {
        match self {
            DeadlineStatus::Done { on, late_days } => Message::new("deadline-status-done")
                .arg("on", date_text(on))
                .arg("late", late_days),
            DeadlineStatus::Due { days_left } => {
                Message::new("deadline-status-due").arg("days", days_left)
            }
            DeadlineStatus::Overdue { days } => {
                Message::new("deadline-status-overdue").arg("days", days)
            }
            DeadlineStatus::Exempt => Message::new("deadline-status-exempt"),
        }
    }
}

/// One deadline with everything needed to act on it and to explain it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Deadline {
    pub person: String,
    pub kind: DeadlineKind,
    /// The day the period counts from.
    pub start: NaiveDate,
    pub due: NaiveDate,
    pub status: DeadlineStatus,
    /// The rule's id in the data: `<jurisdiction>.<kind>`.
    pub rule: String,
    pub source: String,
    /// Who must act: resident, owner, host, immigrant.
    pub actor: Option<String>,
    /// One exposure per liable party (e.g. the resident under art. 492 and
    /// the owner under art. 493).
    pub fines: Vec<FineExposure>,
    /// Working days were counted over confirmed calendar years only.
    pub calendar_confirmed: bool,
    pub rule_confirmed: bool,
    /// Every fact the deadline rests on (period, calendar, fines) is
    /// confirmed; otherwise the notes say which is not.
    pub all_confirmed: bool,
    /// The deadline in words.
    pub explanation: Message,
    /// Its status, fine and caveats in words.
    pub notes: Vec<Message>,
}

fn status_of(due: NaiveDate, done: Option<NaiveDate>, on: NaiveDate) -> DeadlineStatus {
    match done {
        Some(d) => DeadlineStatus::Done {
            on: d,
            late_days: (d - due).num_days().max(0) as u32,
        },
        None if on <= due => DeadlineStatus::Due {
            days_left: (due - on).num_days() as u32,
        },
        None => DeadlineStatus::Overdue {
            days: (on - due).num_days() as u32,
        },
    }
}

/// A fine in words: who is liable under which article, and for what.
pub fn fine_notes(f: &FineExposure) -> Vec<Message> {
    let base = |id: &str| {
        Message::new(id)
            .arg("article", f.article.as_str())
            .arg("part", f.part.as_deref().unwrap_or("none"))
            .arg("who", f.who.as_str())
    };
    let mrp_year = |m: Message| match f.mrp_value {
        Some(v) => m.arg("mrp_tenge", v.tenge).arg("year", v.year.to_string()),
        None => m.arg("mrp_tenge", 0u32).arg("year", "—"),
    };
    let mut out = Vec::new();
    match f.penalty {
        Penalty::Fine { mrp } => out.push(mrp_year(
            base("deadline-fine")
                .arg("mrp", mrp)
                .arg("tenge", f.tenge.unwrap_or(0) as f64),
        )),
        Penalty::Warning {
            fine_from: Some(from),
        } => out.push(
            base("deadline-fine-warning-then")
                .arg("from", date_text(from))
                .arg("mrp", f.later_mrp.unwrap_or(0))
                .arg("tenge", f.later_tenge.unwrap_or(0) as f64),
        ),
        Penalty::Warning { fine_from: None } => out.push(base("deadline-fine-warning")),
        Penalty::Unrecorded => out.push(base("deadline-fine-unrecorded")),
    }
    if let (Some(mrp), Some(tenge)) = (f.repeat_mrp, f.repeat_tenge) {
        out.push(
            base("deadline-fine-repeat")
                .arg("mrp", mrp)
                .arg("tenge", tenge as f64)
                .arg("confirmed", if f.repeat_confirmed { "yes" } else { "no" }),
        );
    }
    if !f.confirmed {
        out.push(base("deadline-fine-unconfirmed"));
    }
    out
}

/// `n` days after `d`, or the last day chrono knows if that is further
/// (validation keeps real input far from it; a due date there is simply
/// never reached).
fn plus_days(d: NaiveDate, n: u32) -> NaiveDate {
    d.checked_add_days(Days::new(u64::from(n)))
        .unwrap_or(NaiveDate::MAX)
}

struct Ctx<'a> {
    rules: &'a DeadlineRules,
    cal: &'a Calendar,
    on: NaiveDate,
    out: Vec<Deadline>,
}

impl Ctx<'_> {
    /// The due date of `rule` counted from `start`, and whether the calendar
    /// behind it is confirmed.
    fn due(&self, rule: &PeriodRule, start: NaiveDate) -> (NaiveDate, bool) {
        match rule.day_kind {
            DayKind::Calendar => (plus_days(start, rule.days), true),
            DayKind::Working => self.cal.add_working_days(start, rule.days),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        person: &PersonFacts,
        kind: DeadlineKind,
        rule: &PeriodRule,
        start: NaiveDate,
        due: NaiveDate,
        calendar_confirmed: bool,
        status: DeadlineStatus,
        explanation: Message,
    ) {
        let mut notes = vec![status.message()];
        // The offence begins the day after the due date (living
        // unregistered: on moving in) and lasts until it was put right or
        // until the day asked.
        let year = plus_days(due, 1).year();
        let began = if kind == DeadlineKind::CitizenRegistration {
            start
        } else {
            plus_days(due, 1)
        };
        let until = match status {
            DeadlineStatus::Done { on, .. } => on,
            _ => self.on,
        };
        let fines: Vec<FineExposure> = self
            .rules
            .fines_of(rule)
            .into_iter()
            .map(|f| f.exposure(year, began, until))
            .collect();
        if fines.is_empty() {
            notes.push(Message::new("deadline-no-fine"));
        }
        let mut unconfirmed = !rule.confirmed;
        for f in &fines {
            notes.extend(fine_notes(f));
            unconfirmed |= !f.confirmed;
        }
        if let Some(v) = fines
            .iter()
            .find_map(|f| f.mrp_value)
            .filter(|v| v.substituted)
        {
            notes.push(
                Message::new("deadline-mrp-substituted")
                    .arg("year", v.year.to_string())
                    .arg("wanted", year.to_string()),
            );
        }
        if !calendar_confirmed {
            notes.push(Message::new("deadline-calendar-unconfirmed"));
        }
        if !rule.confirmed {
            notes.push(Message::new("deadline-rule-unconfirmed"));
        }
        notes.push(super::source_message(
            &rule.source,
            rule.source_ru.as_deref(),
            rule.source_kk.as_deref(),
        ));
        for f in self.rules.fines_of(rule) {
            notes.push(super::source_message(
                &f.source,
                f.source_ru.as_deref(),
                f.source_kk.as_deref(),
            ));
        }
        self.out.push(Deadline {
            person: person.name.clone(),
            kind,
            start,
            due,
            status,
            rule: format!(
                "{}.{}",
                self.rules.jurisdiction.to_ascii_lowercase(),
                kind.code()
            ),
            source: rule.source.clone(),
            actor: rule.actor.clone(),
            fines,
            calendar_confirmed,
            rule_confirmed: rule.confirmed,
            all_confirmed: !unconfirmed && calendar_confirmed,
            explanation,
            notes,
        });
    }

    fn person(&mut self, p: &PersonFacts) {
        let rules = self.rules;
        let citizen = p.citizenship.eq_ignore_ascii_case(&rules.citizenship);
        let reg_done = p.registration.as_ref().and_then(|r| match r.status {
            RegistrationStatus::Draft => None,
            _ => r.submitted_on.or(r.from),
        });
        if citizen {
            if let Some(moved_in) = p.moved_in {
                let rule = &rules.citizen_registration;
                // A child is not registered before the age: the period
                // runs from that birthday if it falls after moving in.
                let children = &rules.children_not_registered;
                let of_age = p
                    .birth_date
                    .and_then(|b| b.checked_add_months(Months::new(12 * children.under_age)));
                if let Some(of_age) = of_age.filter(|d| *d > self.on && *d > moved_in) {
                    self.child_exempt(p, moved_in, of_age);
                    self.registration_end(p);
                    self.lease_end(p);
                    self.deregistration(p);
                    return;
                }
                let start = of_age.map_or(moved_in, |d| d.max(moved_in));
                let (due, conf) = self.due(rule, start);
                let status = status_of(due, reg_done, self.on);
                let msg = Message::new("deadline-citizen-registration")
                    .arg("person", p.name.as_str())
                    .arg("days", rule.days)
                    .arg("start", date_text(start))
                    .arg("due", date_text(due));
                self.push(
                    p,
                    DeadlineKind::CitizenRegistration,
                    rule,
                    start,
                    due,
                    conf,
                    status,
                    msg,
                );
            }
        } else {
            self.foreigner(p, p.notice_filed.or(reg_done));
        }
        self.registration_end(p);
        self.lease_end(p);
        self.deregistration(p);
        if !citizen {
            self.eaeu_stay(p);
        }
    }

    /// A child under the age: no registration is expected yet.
    fn child_exempt(&mut self, p: &PersonFacts, moved_in: NaiveDate, of_age: NaiveDate) {
        let children = &self.rules.children_not_registered;
        let rule = PeriodRule {
            days: 0,
            window_days: None,
            day_kind: DayKind::Calendar,
            effective_from: None,
            effective_to: None,
            confirmed: children.confirmed,
            source: children.source.clone(),
            source_ru: children.source_ru.clone(),
            source_kk: children.source_kk.clone(),
            url: children.url.clone(),
            actor: None,
            fines: Vec::new(),
        };
        let msg = Message::new("deadline-child-not-registered")
            .arg("person", p.name.as_str())
            .arg("age", children.under_age)
            .arg(
                "birth",
                p.birth_date.map(date_text).unwrap_or_default().as_str(),
            )
            .arg("due", date_text(of_age));
        self.push(
            p,
            DeadlineKind::CitizenRegistration,
            &rule,
            moved_in,
            of_age,
            true,
            DeadlineStatus::Exempt,
            msg,
        );
    }

    fn foreigner(&mut self, p: &PersonFacts, done: Option<NaiveDate>) {
        let rules = self.rules;
        let country = p.citizenship.to_ascii_uppercase();
        let Some(arrival) = p.moved_in.or(p.entered_country) else {
            return;
        };
        let entry = p.entered_country.unwrap_or(arrival);
        let ex = &rules.short_stay_exemption;
        let new_rules_from = rules.foreigner_registration.effective_from;
        let new_rules = new_rules_from.is_some_and(|f| arrival >= f);
        // Who acts, and who is liable, for a stay past the exemption: the
        // host's notice before 1 Jul 2026, the immigrant's registration from then.
        let regime = if new_rules {
            &rules.foreigner_registration
        } else {
            &rules.foreigner_notice
        };
        if !p.address_changed && ex.countries.contains(&country) {
            // Citizens of Russia and Kyrgyzstan need no registration for a
            // stay up to the exemption's length; past it, they register.
            let due = plus_days(entry, ex.days);
            let left_in_time = p.moved_out.is_some_and(|d| d <= due);
            let status = if left_in_time && done.is_none() {
                DeadlineStatus::Exempt
            } else {
                status_of(due, done, self.on)
            };
            let rule = PeriodRule {
                days: ex.days,
                window_days: None,
                day_kind: DayKind::Calendar,
                effective_from: None,
                effective_to: None,
                confirmed: ex.confirmed,
                source: ex.source.clone(),
                source_ru: ex.source_ru.clone(),
                source_kk: ex.source_kk.clone(),
                url: None,
                actor: regime.actor.clone(),
                fines: regime.fines.clone(),
            };
            let msg = Message::new("deadline-short-stay")
                .arg("person", p.name.as_str())
                .arg("country", country.as_str())
                .arg("days", ex.days)
                .arg("start", date_text(entry))
                .arg("due", date_text(due));
            self.push(
                p,
                DeadlineKind::ShortStayExemption,
                &rule,
                entry,
                due,
                true,
                status,
                msg,
            );
            return;
        }
        let (kind, rule, start, msg_id) = if new_rules && p.address_changed {
            (
                DeadlineKind::ForeignerAddressChange,
                &rules.foreigner_address_change,
                arrival,
                "deadline-foreigner-address-change",
            )
        } else if new_rules && rules.ninety_day_countries.countries.contains(&country) {
            (
                DeadlineKind::ForeignerRegistration,
                &rules.foreigner_registration,
                entry,
                "deadline-foreigner-registration",
            )
        } else {
            (
                DeadlineKind::ForeignerNotice,
                &rules.foreigner_notice,
                arrival,
                "deadline-foreigner-notice",
            )
        };
        let (due, conf) = self.due(rule, start);
        let status = status_of(due, done, self.on);
        let msg = Message::new(msg_id)
            .arg("person", p.name.as_str())
            .arg("country", country.as_str())
            .arg("days", rule.days)
            .arg("start", date_text(start))
            .arg("due", date_text(due));
        // Which countries have the 90-day stay is itself unconfirmed: a
        // deadline chosen by that list says so.
        let rule = PeriodRule {
            confirmed: rule.confirmed
                && (kind != DeadlineKind::ForeignerRegistration
                    || rules.ninety_day_countries.confirmed),
            ..rule.clone()
        };
        self.push(p, kind, &rule, start, due, conf, status, msg);
    }

    fn registration_end(&mut self, p: &PersonFacts) {
        let Some(r) = &p.registration else { return };
        let (RegistrationKind::Temporary, Some(until)) = (r.kind, r.until) else {
            return;
        };
        if matches!(r.status, RegistrationStatus::Draft) {
            return;
        }
        let rule = &self.rules.temporary_registration_end;
        // Done when the registration ended, or when the person left (late
        // if they lived on past its end).
        let done = match (r.status, p.moved_out) {
            (RegistrationStatus::Ended, out) => Some(out.unwrap_or(until).min(until)),
            (_, Some(out)) => Some(out),
            _ => None,
        };
        let status = status_of(until, done, self.on);
        let msg = Message::new("deadline-registration-end")
            .arg("person", p.name.as_str())
            .arg("due", date_text(until));
        let start = r.from.unwrap_or(until);
        self.push(
            p,
            DeadlineKind::TemporaryRegistrationEnd,
            rule,
            start,
            until,
            true,
            status,
            msg,
        );
    }

    fn lease_end(&mut self, p: &PersonFacts) {
        let Some(end) = p.lease_end else { return };
        let rule = &self.rules.lease_end;
        let done = p.moved_out.filter(|d| *d <= end);
        let status = status_of(end, done, self.on);
        let msg = Message::new("deadline-lease-end")
            .arg("person", p.name.as_str())
            .arg("due", date_text(end));
        self.push(
            p,
            DeadlineKind::LeaseEnd,
            rule,
            p.moved_in.unwrap_or(end),
            end,
            true,
            status,
            msg,
        );
    }

    fn deregistration(&mut self, p: &PersonFacts) {
        let Some(out) = p.moved_out else { return };
        let Some(r) = &p.registration else { return };
        if matches!(r.status, RegistrationStatus::Draft) {
            return;
        }
        // A temporary registration that ran out by the move-out ends itself.
        if r.kind == RegistrationKind::Temporary && r.until.is_some_and(|u| u <= out) {
            return;
        }
        let rule = &self.rules.deregistration;
        let (due, conf) = self.due(rule, out);
        let done = p.deregistered.or(match r.status {
            RegistrationStatus::Ended => Some(out),
            _ => None,
        });
        let status = status_of(due, done, self.on);
        let msg = Message::new("deadline-deregistration")
            .arg("person", p.name.as_str())
            .arg("days", rule.days)
            .arg("start", date_text(out))
            .arg("due", date_text(due));
        self.push(
            p,
            DeadlineKind::Deregistration,
            rule,
            out,
            due,
            conf,
            status,
            msg,
        );
    }

    fn eaeu_stay(&mut self, p: &PersonFacts) {
        let rules = self.rules;
        let country = p.citizenship.to_ascii_uppercase();
        if !rules.eaeu_countries.contains(&country) || p.stays.is_empty() {
            return;
        }
        let rule = &rules.eaeu_stay;
        let window = rule.window_days.unwrap_or(180);
        let Some(last) = stay::last_allowed_day(&p.stays, rule.days, window) else {
            return;
        };
        let start = p
            .stays
            .iter()
            .filter(|s| s.left.is_none())
            .map(|s| s.entered)
            .max()
            .unwrap_or(last);
        // A worker with a labour contract stays for its term: no overstay
        // is counted before the contract ends.
        if let Some(end) = p.labour_contract_end.filter(|end| *end > last) {
            let worker = &rules.eaeu_worker;
            let rule = PeriodRule {
                confirmed: worker.confirmed,
                source: worker.source.clone(),
                source_ru: worker.source_ru.clone(),
                source_kk: worker.source_kk.clone(),
                url: worker.url.clone(),
                ..rule.clone()
            };
            let status = status_of(end, None, self.on);
            let msg = Message::new("deadline-eaeu-worker")
                .arg("person", p.name.as_str())
                .arg("limit", rule.days)
                .arg("window", window)
                .arg("last", date_text(last))
                .arg("due", date_text(end));
            self.push(
                p,
                DeadlineKind::EaeuStay,
                &rule,
                start,
                end,
                true,
                status,
                msg,
            );
            return;
        }
        let status = status_of(last, None, self.on);
        let present = stay::days_in_window(&p.stays, self.on.max(start), window);
        let msg = Message::new("deadline-eaeu-stay")
            .arg("person", p.name.as_str())
            .arg("limit", rule.days)
            .arg("window", window)
            .arg("present", present)
            .arg("on", date_text(self.on.max(start)))
            .arg("due", date_text(last));
        self.push(
            p,
            DeadlineKind::EaeuStay,
            rule,
            start,
            last,
            true,
            status,
            msg,
        );
    }
}

/// Every deadline for the people in `input`, as they stand on `on`, sorted
/// by due date.
pub fn deadlines(
    input: &DeadlineInput,
    on: NaiveDate,
    rules: &DeadlineRules,
    cal: &Calendar,
) -> Vec<Deadline> {
    let mut ctx = Ctx {
        rules,
        cal,
        on,
        out: Vec::new(),
    };
    for p in &input.people {
        ctx.person(p);
    }
    let mut out = ctx.out;
    out.sort_by(|a, b| {
        a.due
            .cmp(&b.due)
            .then_with(|| a.person.cmp(&b.person))
            .then(a.kind.cmp(&b.kind))
    });
    out
}

/// [`deadlines`] with the built-in rules and calendar.
pub fn deadlines_builtin(input: &DeadlineInput, on: NaiveDate) -> Vec<Deadline> {
    deadlines(input, on, DeadlineRules::builtin(), Calendar::builtin())
}
